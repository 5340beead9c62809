/**
 * The brief as Markdown. Kept apart from the builder so the UI can export in its own language
 * without importing the shipped profiles.
 */
import type { Brief, BriefItem } from './index';
import { briefLang, renderMessage, type MessageParams } from './messages';

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * The brief as Markdown, for export and the CLI. Page text is escaped, never trusted as markup.
 * Each item keeps its basis (citation or score kind) on an indented line. With `lang` (and
 * optionally localised country names) the items are re-rendered from their keys in that
 * language; without it, the texts the brief was built with are used.
 */
export function briefToMarkdown(brief: Brief, lang?: string, names?: { to: string; from: string | null }): string {
  const L = lang ? briefLang(lang) : brief.locale;
  const rerender = Boolean(lang) && (L !== brief.locale || Boolean(names));
  const swap = (params: MessageParams): MessageParams => {
    if (!names) return params;
    const out: MessageParams = {};
    for (const [k, v] of Object.entries(params)) out[k] = v === brief.toName ? names.to : v === brief.fromName && names.from ? names.from : v;
    return out;
  };
  const text = (i: BriefItem) => (rerender ? renderMessage(i.key, swap(i.params), L) : i.text);
  const title = !rerender
    ? brief.title
    : brief.fromName
      ? renderMessage('title.pair', { to: names?.to ?? brief.toName, from: names?.from ?? brief.fromName }, L)
      : renderMessage('title.single', { to: names?.to ?? brief.toName }, L);
  const out: string[] = [`# ${mdEscape(title)}`, ''];
  for (const s of brief.sections) {
    if (!s.items.length) continue;
    out.push(`## ${mdEscape(rerender ? renderMessage(`section.${s.id}`, {}, L) : s.title)}`, '');
    for (const i of s.items) {
      const note = i.note ? ` (${mdEscape(i.note)})` : '';
      const differs = i.differs ? ` _(${mdEscape(renderMessage('differs', { from: names?.from ?? i.differs.name }, L))}: ${mdEscape(renderMessage(`stance.${i.differs.stance}`, {}, L))})_` : '';
      out.push(`- ${mdEscape(text(i))}${note}${differs}`);
      if (i.basis.length) out.push(`  - ${mdEscape(i.basis.join('; '))}`);
    }
    out.push('');
  }
  out.push(`> ${mdEscape(rerender ? renderMessage('caveat', {}, L) : brief.caveat)}`, '');
  if (brief.sources.length) {
    out.push(`## ${mdEscape(renderMessage('section.sources', {}, L))}`, '');
    for (const s of brief.sources) out.push(`- ${mdEscape(s)}`);
    out.push('');
  }
  return out.join('\n');
}
