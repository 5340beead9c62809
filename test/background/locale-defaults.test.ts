import { describe, expect, it } from 'vitest';
import { localeDefaults } from '../../lib/service/locale-defaults';

describe('localeDefaults', () => {
  it.each([
    ['de-AT', 'AT', 'de'],
    ['en-GB', 'GB', 'en'],
    ['ja', 'JP', 'ja'],
    ['pt-BR', 'BR', 'pt'],
    ['zh-CN', 'CN', 'zh'],
  ])('%s → %s, %s', (loc, cc, lang) => {
    expect(localeDefaults(loc)).toEqual({ homeCountry: cc, homeLanguage: lang });
  });
  it('gives nothing for a missing or broken locale', () => {
    expect(localeDefaults(undefined)).toEqual({ homeCountry: null, homeLanguage: null });
    expect(localeDefaults('not a locale!!')).toEqual({ homeCountry: null, homeLanguage: null });
  });
});
