import { describe, expect, it, vi } from 'vitest';
import {
  detectOnDevice,
  rewriteOnDevice,
  rewritePrompt,
  rewriteStatus,
  translateWithBack,
  translationStatus,
  wordDiff,
  type LanguageModelFactory,
  type TranslatorFactory,
} from '../../lib/ondevice/index';

// A fake with the Translator API's shape: a tiny dictionary per language pair.
function fakeTranslator(dict: Record<string, Record<string, string>>, availability: 'available' | 'downloadable' = 'available') {
  const created: string[] = [];
  const destroyed: string[] = [];
  const T: TranslatorFactory = {
    availability: vi.fn(async ({ sourceLanguage, targetLanguage }) => (dict[`${sourceLanguage}>${targetLanguage}`] ? availability : 'unavailable')),
    create: vi.fn(async ({ sourceLanguage, targetLanguage, monitor }) => {
      const key = `${sourceLanguage}>${targetLanguage}`;
      created.push(key);
      if (availability === 'downloadable' && monitor) {
        monitor({ addEventListener: (_t: string, l: (e: { loaded: number }) => void) => l({ loaded: 1 }) });
      }
      return {
        translate: async (text: string) => dict[key][text] ?? `[${key}] ${text}`,
        destroy: () => destroyed.push(key),
      };
    }),
  };
  return { T, created, destroyed };
}

describe('feature detection', () => {
  it('finds the APIs only when they have the right shape; absent in Firefox-like scopes', () => {
    const { T } = fakeTranslator({});
    expect(detectOnDevice({ Translator: T }).translator).toBe(T);
    expect(detectOnDevice({}).translator).toBeNull();
    expect(detectOnDevice({ Translator: {} }).translator).toBeNull();
    expect(detectOnDevice(undefined).languageModel).toBeNull();
  });
  it('reports absent, same language, or the pair\'s availability', async () => {
    const { T } = fakeTranslator({ 'en>ja': {} });
    expect(await translationStatus(null, 'en', 'ja')).toBe('absent');
    expect(await translationStatus(T, 'en-US', 'en-GB')).toBe('same');
    expect(await translationStatus(T, 'en', 'ja-JP')).toBe('available');
    expect(await translationStatus(T, 'en', 'xx')).toBe('unavailable');
    const throwing = { availability: async () => { throw new Error('boom'); }, create: async () => { throw new Error(); } } as unknown as TranslatorFactory;
    expect(await translationStatus(throwing, 'en', 'ja')).toBe('unavailable');
  });
});

describe('translateWithBack', () => {
  it('translates paragraph by paragraph, back-translates, reports download progress, and frees the sessions', async () => {
    const { T, created, destroyed } = fakeTranslator(
      {
        'en>de': { 'Hi Hans,': 'Hallo Hans,', 'Thanks for the offer.': 'Danke für das Angebot.' },
        'de>en': { 'Hallo Hans,': 'Hello Hans,', 'Danke für das Angebot.': 'Thank you for the offer.' },
      },
      'downloadable',
    );
    const progress: number[] = [];
    const r = await translateWithBack(T, 'Hi Hans,\n\nThanks for the offer.', 'en', 'de-DE', (l) => progress.push(l));
    expect(r.translation).toBe('Hallo Hans,\n\nDanke für das Angebot.');
    expect(r.back).toBe('Hello Hans,\n\nThank you for the offer.');
    expect(created).toEqual(['en>de', 'de>en']);
    expect(destroyed.sort()).toEqual(['de>en', 'en>de']);
    expect(progress.length).toBeGreaterThan(0);
  });
  it('asks for both sessions at once, inside the click that needs the user activation, and frees one when the other fails', async () => {
    const calls: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const destroyed: string[] = [];
    const T: TranslatorFactory = {
      availability: async () => 'downloadable',
      create: async ({ sourceLanguage, targetLanguage }) => {
        calls.push(`${sourceLanguage}>${targetLanguage}`);
        await gate;
        if (sourceLanguage === 'de') throw new Error('download refused');
        return { translate: async (x: string) => x, destroy: () => destroyed.push(`${sourceLanguage}>${targetLanguage}`) };
      },
    };
    const p = translateWithBack(T, 'Hi', 'en', 'de');
    // Both were asked for before either answered (a model download can outlast the activation).
    expect(calls).toEqual(['en>de', 'de>en']);
    release();
    await expect(p).rejects.toThrow('download refused');
    expect(destroyed).toEqual(['en>de']);
  });
  it('refuses a huge draft with a clear error', async () => {
    const { T } = fakeTranslator({ 'en>de': {}, 'de>en': {} });
    await expect(translateWithBack(T, 'x'.repeat(9000), 'en', 'de')).rejects.toThrow(/longer than/);
  });
});

describe('on-device rewrite', () => {
  it('constrains the model by the active suggestions and keeps facts', () => {
    const p = rewritePrompt({ draft: 'hey Kenji, send it asap', country: 'Japan', lang: 'en', constraints: [{ title: 'Use a formal greeting', before: 'hey Kenji,', after: 'Dear Mr. Tanaka,' }] });
    expect(p.system).toMatch(/Keep every fact, name, number, date/);
    expect(p.user).toContain('1. Use a formal greeting ("hey Kenji," → "Dear Mr. Tanaka,")');
    expect(p.user.endsWith('hey Kenji, send it asap')).toBe(true);
  });
  it('runs the prompt in a session with the system prompt and frees it', async () => {
    const seen: unknown[] = [];
    let destroyed = false;
    const LM: LanguageModelFactory = {
      availability: async () => 'available',
      create: async (o) => {
        seen.push(o);
        return { prompt: async () => '  Dear Mr. Tanaka, could you send it by Friday?  ', destroy: () => (destroyed = true) };
      },
    };
    const out = await rewriteOnDevice(LM, { draft: 'hey Kenji, send it asap', country: 'Japan', lang: 'en', constraints: [] });
    expect(out).toBe('Dear Mr. Tanaka, could you send it by Friday?');
    expect(JSON.stringify(seen[0])).toContain('system');
    expect(destroyed).toBe(true);
  });
  it('asks availability for the language it will write in, as the session is created', async () => {
    const asked: unknown[] = [];
    const created: unknown[] = [];
    const LM: LanguageModelFactory = {
      availability: async (o) => (asked.push(o), (o as { expectedOutputs: { languages: string[] }[] }).expectedOutputs[0].languages[0] === 'en' ? 'available' : 'unavailable'),
      create: async (o) => (created.push(o), { prompt: async () => 'ok' }),
    };
    expect(await rewriteStatus(null, 'en')).toBe('absent');
    expect(await rewriteStatus(LM, 'en-GB')).toBe('available');
    expect(await rewriteStatus(LM, 'de')).toBe('unavailable');
    expect(await rewriteStatus(LM, 'und')).toBe('unavailable');
    await rewriteOnDevice(LM, { draft: 'hey', country: 'Japan', lang: 'en-GB', constraints: [] });
    const { expectedInputs, expectedOutputs } = created[0] as Record<string, unknown>;
    expect({ expectedInputs, expectedOutputs }).toEqual(asked[0]);
  });
  it('shows a rewrite as a word diff', () => {
    const d = wordDiff('hey Kenji, send it', 'Dear Kenji, please send it');
    expect(d.filter((p) => p.op === 'remove').map((p) => p.text.trim())).toContain('hey');
    expect(d.filter((p) => p.op === 'add').map((p) => p.text).join('')).toMatch(/Dear.*please/s);
    expect(d.filter((p) => p.op !== 'add').map((p) => p.text).join('')).toBe('hey Kenji, send it');
  });
});
