import { describe, expect, it } from 'vitest';
import { sentences, words } from '../../lib/analysis/text';

const split = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['Hi Kenji,\n\nThanks. See you Friday!', ['Hi Kenji,', 'Thanks.', 'See you Friday!']],
    ['Mr. Tanaka arrived at 10 a.m. Sunday. It rained.', ['Mr. Tanaka arrived at 10 a.m. Sunday.', 'It rained.']],
    ['He works for the U.S. Army in Yuma.', ['He works for the U.S. Army in Yuma.']],
    ['1. Go to the printers panel.', ['1. Go to the printers panel.']],
    ['Once logged in, you will see your Yahoo! account.', ['Once logged in, you will see your Yahoo! account.']],
    ['Really?! Yes. . .', ['Really?!', 'Yes. . .']],
    ['資料を確認しました。明日送ります。', ['資料を確認しました。', '明日送ります。']],
    ['Version 3.5 is out. Great!', ['Version 3.5 is out.', 'Great!']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
  it('returns trimmed, ordered, non-overlapping spans', () => {
    const t = '  One.  Two!\n\n Three?  ';
    const s = sentences(t);
    for (let i = 0; i < s.length; i++) {
      expect(t.slice(s[i].start, s[i].end)).toBe(t.slice(s[i].start, s[i].end).trim());
      if (i) expect(s[i].start).toBeGreaterThanOrEqual(s[i - 1].end);
    }
  });
});

describe('words', () => {
  it('keeps contractions and accents whole, with offsets', () => {
    const w = words("We're señor Müller's", 5);
    expect(w.map((x) => x.lower)).toEqual(["we're", 'señor', "müller's"]);
    expect(w[1]).toMatchObject({ start: 11, end: 16 });
  });
});
