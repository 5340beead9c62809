/**
 * `cli infer --jsonl`: one recipient context per line in
 * (`{id, recipients: [{email, name}], thread?, signature?, fields?}`), one answer per line out
 * (`{id, recipients: [{email, candidates: [{country, probability, reasons}], abstain}], audience}`).
 *
 * `cli infer --csv contacts.csv [--out enriched.csv]`: enrich a CRM export with `glocal_country`,
 * `glocal_confidence`, `glocal_greeting` and `glocal_reason` columns (the top reasons, or why the
 * row is left unknown). Columns are found by their header (email, name or first/last name,
 * country, phone/mobile, address/street, postcode/zip, state/region, city, company/account, job
 * title, VAT/tax number, and notes/description/signature, read as a signature block).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { inferRecipients, suggestedGreeting, type InferInput } from '../../locale/index';
import { csvField, parseCsv } from '../../csv';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Fields = z
  .object({ country: z.string(), phone: z.string(), address: z.string(), city: z.string(), company: z.string() })
  .partial();
const Line = z.object({
  id: z.unknown().optional(),
  recipients: z.array(z.object({ email: z.string(), name: z.string().optional() })).min(1),
  thread: z.union([z.string(), z.array(z.object({ from: z.string().optional(), text: z.string() }))]).optional(),
  signature: z.string().optional(),
  fields: Fields.optional(),
  homeCountry: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
});

/** Answer one context in the CLI's output shape. */
export function inferLine(v: z.output<typeof Line>) {
  const r = inferRecipients(v as InferInput, { homeCountry: v.homeCountry ?? null });
  return {
    id: v.id ?? null,
    lang: r.lang,
    recipients: r.recipients.map((x) => ({ email: x.email, candidates: x.candidates, abstain: x.abstain, ...(x.abstainReason ? { abstainReason: x.abstainReason } : {}), language: x.language })),
    audience: r.audience,
  };
}


/** Enrich CRM-export rows; returns the CSV text with three added columns. */
export function enrichCsv(text: string): string {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('empty CSV');
  const col = (...names: RegExp[]) => header.findIndex((h) => names.some((n) => n.test(h.trim())));
  const c = {
    email: col(/^e-?mail( address)?$/i, /e-?mail/i),
    name: col(/^(full )?name$/i, /^contact( name)?$/i),
    first: col(/^first ?name$/i, /^given name$/i),
    last: col(/^last ?name$/i, /^surname$/i, /^family name$/i),
    country: col(/^country( \/ region)?$/i, /country/i),
    phone: col(/^(phone|telephone|mobile)( number)?$/i, /phone|mobile/i),
    address: col(/^(address|street|mailing street|billing street)$/i, /street|address/i),
    city: col(/^city$/i, /city/i),
    company: col(/^(company|account|organi[sz]ation)( name)?$/i, /company|account name/i),
    title: col(/^(job )?title$/i, /job title|position|role/i),
    postcode: col(/^(postal ?code|post ?code|zip( code)?|plz|cep|código postal|code postal)$/i, /postal|zip/i),
    state: col(/^(state|province|region|state\/province)$/i, /state|province/i),
    mobile: col(/^mobile( phone)?$/i),
    tax: col(/^(vat|vat number|tax id|tax number|ust-?idnr|gstin|cuit|nit|cnpj|rut|abn|uid)$/i, /vat|tax/i),
    notes: col(/^(notes?|description|signature|comments?)$/i),
  };
  if (c.email < 0) throw new Error('no email column in the CSV header');
  const get = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
  const out = [[...header, 'glocal_country', 'glocal_confidence', 'glocal_greeting', 'glocal_reason']];
  for (const row of rows) {
    const name = get(row, c.name) || [get(row, c.first), get(row, c.last)].filter(Boolean).join(' ');
    const fields = Object.fromEntries(
      (['country', 'phone', 'address', 'city', 'company'] as const).map((k) => [k, get(row, c[k])]).filter(([, v]) => v),
    );
    // The street, "postcode city" and state make one address, as on an envelope.
    const address = [get(row, c.address), [get(row, c.postcode), get(row, c.city)].filter(Boolean).join(' '), get(row, c.state)]
      .filter(Boolean)
      .join(', ');
    if (address && (get(row, c.postcode) || get(row, c.state))) fields.address = address;
    // Title, second phone, tax number and notes are read the way a signature block is.
    const signature = [get(row, c.title), c.mobile !== c.phone ? get(row, c.mobile) : '', get(row, c.tax) ? `VAT ${get(row, c.tax)}` : '', get(row, c.notes)]
      .filter(Boolean)
      .join('\n');
    const r = inferRecipients({ recipients: [{ email: get(row, c.email), name: name || undefined }], fields, ...(signature ? { signature } : {}) }).recipients[0];
    const top = r.abstain ? null : (r.candidates[0] ?? null);
    // Formal greetings use the family name where there is one.
    const greetName = get(row, c.last) || name;
    const reason = top ? top.reasons.slice(0, 3).join('; ') : (r.abstainReason ?? '');
    out.push([...row, top?.country ?? '', top ? top.probability.toFixed(2) : '', suggestedGreeting(top?.country ?? null, greetName), reason]);
  }
  return out.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export const infer: CliCommand = {
  summary: "infer recipients' countries with reasons (JSONL), or enrich a CRM CSV export",
  usage: 'infer --jsonl < contexts.jsonl   |   infer --csv contacts.csv [--out enriched.csv]',
  async run(args, io) {
    if (args.includes('--jsonl')) {
      const { errors } = await runJsonl(io.stdin, io.stdout, Line, inferLine);
      return errors > 0 ? 1 : 0;
    }
    const i = args.indexOf('--csv');
    if (i >= 0 && args[i + 1]) {
      const csv = enrichCsv(readFileSync(args[i + 1], 'utf8'));
      const o = args.indexOf('--out');
      if (o >= 0 && args[o + 1]) writeFileSync(args[o + 1], csv);
      else io.stdout.write(csv);
      return 0;
    }
    io.stderr.write(`usage: ${this.usage}\n`);
    return 2;
  },
};
