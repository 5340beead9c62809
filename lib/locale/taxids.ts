/**
 * Tax and company registration numbers in signatures and footers, accepted only with a valid
 * check digit (a number that fails its checksum is a typo or not a tax number, and says nothing).
 * Algorithms, from the issuing authorities' published specifications:
 * - EU VAT numbers (VIES formats): DE (ISO 7064 MOD 11,10), AT (U + Luhn-like weights), BE
 *   (97 − n mod 97), FR (key = (12 + 3·(SIREN mod 97)) mod 97), IT (Luhn on the partita IVA),
 *   NL (mod 11 on the first nine digits, or ISO 7064 MOD 97-10 for the 2020 numbers), PL
 *   (weights 6 5 7 2 3 4 5 6 7 mod 11), PT (mod 11), ES (NIF/CIF control), GB (mod 97 and 9755).
 * - CH: UID `CHE-123.456.789` (weights 5 4 3 2 7 6 5 4, mod 11), Federal Statistical Office.
 * - IN: GSTIN (state code + PAN + entity + Z + a mod-36 check character), GSTN.
 * - AR: CUIT/CUIL (weights 5 4 3 2 7 6 5 4 3 2, mod 11), AFIP.
 * - CO: NIT with its "dígito de verificación" (DIAN weights 3 7 13 17 19 23 29 37 41 43 47 53 59 67 71).
 * - BR: CNPJ (two mod-11 check digits), Receita Federal.
 * - CL: RUT (mod 11, "K" for 10), SII.
 * - AU: ABN (subtract 1 from the first digit, weights 10 1 3 5 7 9 11 13 15 17 19, mod 89), ATO.
 * - MX: RFC (12–13 characters, shape only; its check digit uses a table we do not ship).
 */

export interface TaxId {
  country: string;
  /** What the number is ("VAT", "CNPJ" …), shown in the reason. */
  kind: string;
  value: string;
}

const digits = (s: string) => s.replace(/\D/g, '');
const num = (s: string) => [...s].map(Number);

function weighted(ds: number[], weights: number[]): number {
  return ds.reduce((s, d, i) => s + d * weights[i], 0);
}

function luhnValid(s: string): boolean {
  let sum = 0;
  const d = num(s).reverse();
  for (let i = 0; i < d.length; i++) {
    let x = d[i];
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 11,10 (German USt-IdNr.). */
function mod1110(s: string): boolean {
  const d = num(s);
  let p = 10;
  for (let i = 0; i < d.length - 1; i++) {
    let sum = (d[i] + p) % 10;
    if (sum === 0) sum = 10;
    p = (2 * sum) % 11;
  }
  let check = 11 - p;
  if (check === 10) check = 0;
  return check === d[d.length - 1];
}

/** ISO 7064 MOD 97-10 over a string of digits and letters (letters A=10 … Z=35). */
function mod9710(s: string): boolean {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const c of v) r = (r * 10 + Number(c)) % 97;
  }
  return r === 1;
}

export const VAT: Record<string, (n: string) => boolean> = {
  DE: (n) => /^\d{9}$/.test(n) && mod1110(n),
  AT: (n) => {
    if (!/^U\d{8}$/.test(n)) return false;
    const d = num(n.slice(1));
    let s = 0;
    for (let i = 0; i < 7; i++) {
      let x = d[i] * (i % 2 === 1 ? 2 : 1);
      if (x > 9) x = Math.floor(x / 10) + (x % 10);
      s += x;
    }
    return (10 - ((s + 4) % 10)) % 10 === d[7];
  },
  BE: (n) => /^[01]\d{9}$/.test(n) && 97 - (Number(n.slice(0, 8)) % 97) === Number(n.slice(8)),
  FR: (n) => {
    if (!/^\d{11}$/.test(n)) return false;
    const siren = Number(n.slice(2));
    return (12 + 3 * (siren % 97)) % 97 === Number(n.slice(0, 2)) && luhnValid(n.slice(2));
  },
  IT: (n) => /^\d{11}$/.test(n) && luhnValid(n),
  NL: (n) => {
    const m = n.match(/^(\d{9})B\d{2}$/);
    if (!m) return false;
    const d = num(m[1]);
    const s = weighted(d.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]);
    return (s % 11 !== 10 && s % 11 === d[8]) || mod9710(`NL${n}`);
  },
  PL: (n) => /^\d{10}$/.test(n) && weighted(num(n).slice(0, 9), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(n[9]),
  PT: (n) => {
    if (!/^\d{9}$/.test(n)) return false;
    const r = weighted(num(n).slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    return (r < 2 ? 0 : 11 - r) === Number(n[8]);
  },
  ES: (n) => {
    const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
    if (/^\d{8}[A-Z]$/.test(n)) return letters[Number(n.slice(0, 8)) % 23] === n[8];
    const xyz = n.match(/^([XYZ])(\d{7})([A-Z])$/);
    if (xyz) return letters[Number(`${'XYZ'.indexOf(xyz[1])}${xyz[2]}`) % 23] === xyz[3];
    const cif = n.match(/^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/);
    if (!cif) return false;
    const d = num(cif[2]);
    let s = 0;
    for (let i = 0; i < 7; i++) {
      if (i % 2 === 0) {
        const x = d[i] * 2;
        s += Math.floor(x / 10) + (x % 10);
      } else s += d[i];
    }
    const c = (10 - (s % 10)) % 10;
    return cif[3] === String(c) || cif[3] === 'JABCDEFGHI'[c];
  },
  GB: (n) => {
    if (!/^\d{9}(\d{3})?$/.test(n)) return false;
    const s = weighted(num(n).slice(0, 7), [8, 7, 6, 5, 4, 3, 2]) + Number(n.slice(7, 9));
    return s % 97 === 0 || (s + 55) % 97 === 0;
  },
};

export function chUidValid(n: string): boolean {
  const d = num(digits(n));
  if (d.length !== 9) return false;
  const r = 11 - (weighted(d.slice(0, 8), [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
  return (r === 11 ? 0 : r) === d[8] && r !== 10;
}

const GST_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export function gstinValid(n: string): boolean {
  if (!/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(n)) return false;
  const state = Number(n.slice(0, 2));
  if (state < 1 || state > 38) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const p = GST_CHARS.indexOf(n[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return GST_CHARS[(36 - (sum % 36)) % 36] === n[14];
}

export function cuitValid(n: string): boolean {
  const d = num(digits(n));
  if (d.length !== 11 || ![20, 23, 24, 27, 30, 33, 34].includes(d[0] * 10 + d[1])) return false;
  const r = 11 - (weighted(d.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (r === 11 ? 0 : r === 10 ? 9 : r) === d[10];
}

export function nitValid(body: string, dv: string): boolean {
  const d = num(digits(body)).reverse();
  if (d.length < 8 || d.length > 15) return false;
  const w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const r = d.reduce((s, x, i) => s + x * w[i], 0) % 11;
  return (r > 1 ? 11 - r : r) === Number(dv);
}

export function cnpjValid(n: string): boolean {
  const d = num(digits(n));
  if (d.length !== 14 || d.every((x) => x === d[0])) return false;
  const dv = (len: number) => {
    const w = len === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const r = weighted(d.slice(0, len), w) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return dv(12) === d[12] && dv(13) === d[13];
}

export function rutValid(body: string, dv: string): boolean {
  const d = num(digits(body)).reverse();
  if (d.length < 7 || d.length > 8) return false;
  const s = d.reduce((a, x, i) => a + x * (2 + (i % 6)), 0);
  const r = 11 - (s % 11);
  const want = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return want === dv.toUpperCase();
}

export function abnValid(n: string): boolean {
  const d = num(digits(n));
  if (d.length !== 11) return false;
  d[0] -= 1;
  return weighted(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** The valid tax or registration numbers in `text`. */
export function findTaxIds(text: string): TaxId[] {
  const out: TaxId[] = [];
  const add = (country: string, kind: string, value: string) => {
    if (!out.some((t) => t.country === country && t.value === value)) out.push({ country, kind, value });
  };
  // EU VAT numbers: the country prefix and the number, with the usual spaces and dots.
  for (const m of text.matchAll(/\b(DE|AT|BE|FR|IT|NL|PL|PT|ES|GB)[\s.-]?((?:[0-9A-Z](?:[\s.](?=\d))?){8,12})(?![0-9A-Za-z])/g)) {
    const body = m[2].replace(/[\s.]/g, '');
    if (VAT[m[1]]?.(body)) add(m[1], 'VAT', `${m[1]}${body}`);
  }
  // Italian partita IVA and French SIRET/SIREN are often written without the prefix.
  for (const m of text.matchAll(/\b(?:P\.?\s?IVA|partita iva|C\.F\.\s?e\s?P\.?\s?IVA)\s*[:.]?\s*(?:IT)?\s?(\d{11})\b/giu)) if (VAT.IT(m[1])) add('IT', 'partita IVA', m[1]);
  for (const m of text.matchAll(/\bCHE[-\s]?(\d{3}[.\s]?\d{3}[.\s]?\d{3})\b/g)) if (chUidValid(m[1])) add('CH', 'UID', `CHE-${m[1]}`);
  for (const m of text.matchAll(/\b(\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z])\b/g)) if (gstinValid(m[1])) add('IN', 'GSTIN', m[1]);
  for (const m of text.matchAll(/\b(?:CUIT|CUIL)\b\D{0,14}?(\d{2}-?\d{8}-?\d)\b/giu)) if (cuitValid(m[1])) add('AR', 'CUIT', m[1]);
  for (const m of text.matchAll(/\bNIT\b\D{0,14}?(\d{1,3}(?:[.\s]?\d{3}){2,4})\s*-\s*(\d)\b/giu)) if (nitValid(m[1], m[2])) add('CO', 'NIT', `${m[1]}-${m[2]}`);
  for (const m of text.matchAll(/\b(\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2})\b/g)) if (cnpjValid(m[1])) add('BR', 'CNPJ', m[1]);
  for (const m of text.matchAll(/\bR\.?U\.?T\.?\s*[:.]?\s*(\d{1,2}\.?\d{3}\.?\d{3})-([\dkK])\b/gu)) if (rutValid(m[1], m[2])) add('CL', 'RUT', `${m[1]}-${m[2]}`);
  for (const m of text.matchAll(/\bABN\s*[:.]?\s*(\d{2}\s?\d{3}\s?\d{3}\s?\d{3})\b/g)) if (abnValid(m[1])) add('AU', 'ABN', m[1]);
  for (const m of text.matchAll(/\bRFC\s*[:.]?\s*([A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3})\b/gu)) add('MX', 'RFC', m[1]);
  return out;
}
