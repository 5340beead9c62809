/**
 * The project's one CSV reader (RFC 4180): quoted fields may hold the separator, doubled quotes
 * and line breaks; CRLF or LF; a leading byte-order mark is dropped. A quote opens a quoted field
 * only at the start of a field, so a stray `"` inside a bare field is kept as text. Blank records
 * are skipped.
 */
export interface CsvRecord {
  cells: string[];
  /** 1-based line on which the record starts, for error messages. */
  line: number;
}

/** Every non-blank record with the line it starts on. */
export function csvRecords(text: string, sep = ','): CsvRecord[] {
  const out: CsvRecord[] = [];
  const s = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    cells.push(field);
    if (cells.some((c) => c.trim() !== '')) out.push({ cells, line: start });
    cells = [];
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') {
        i++;
        line++;
      } else if (c === '\r') line++;
      end();
      start = line;
    } else field += c;
  }
  end();
  return out;
}

/** The non-blank records of a CSV text, as rows of cells. */
export function parseCsv(text: string, sep = ','): string[][] {
  return csvRecords(text, sep).map((r) => r.cells);
}

/** One comma-separated CSV field, quoted when it needs to be. */
export function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
