// The one CSV reader every import, build script and bench shares.
import { describe, expect, it } from 'vitest';
import { csvField, csvRecords, parseCsv } from '../lib/csv';

describe('csv', () => {
  it('reads quoted separators, doubled quotes and line breaks; skips blank records; drops a BOM', () => {
    expect(parseCsv('\uFEFFa;b\r\n\r\n"x;y";"say ""hi"""\n"two\nlines";z\n', ';')).toEqual([
      ['a', 'b'],
      ['x;y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });
  it('keeps a quote inside a bare field as text', () => {
    expect(parseCsv('a,5" disk,c')).toEqual([['a', '5" disk', 'c']]);
  });
  it('gives the line each record starts on, counting blank lines and breaks inside quotes', () => {
    expect(csvRecords('h\n\n"a\nb"\r\nc\n').map((r) => r.line)).toEqual([1, 3, 5]);
  });
  it('round-trips fields through csvField', () => {
    const row = ['plain', 'with, comma', 'with "quote"', 'multi\nline'];
    expect(parseCsv(row.map(csvField).join(','))).toEqual([row]);
  });
});
