import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, CheckTextAnswer, Override, Suggestion } from '../lib/protocol';
import { detectOnDevice } from '../lib/ondevice/index';
import type { CountryEntry } from './api';
import { FixList, type Edit } from './FixList';
import { FormalityMeter } from './FormalityMeter';
import { OnDeviceTools, type ModelConsent, type TextCheck } from './OnDeviceTools';
import { ReadingLens } from './ReadingLens';
import { RecipientChips } from './RecipientChips';
import { SentenceScores } from './SentenceScores';
import { countryName, languageName } from './format';
import { dismissContact, draftVerdict, fixGroups, fixKind, unreadLanguage } from './logic';

export interface DraftViewProps {
  analysis: Analysis;
  countries: CountryEntry[];
  now: () => Date;
  onCorrect(o: Override): Promise<void>;
  onEdit(a: Analysis, edits: Edit[]): Promise<void>;
  onDismiss(a: Analysis, items: Suggestion[], how: 'contact' | 'rule'): Promise<void>;
  onWritingFor(a: Analysis, country: string | null): Promise<void>;
  /** The draft's text from the worker's memory (never stored), or null when it is not held. */
  draftText?(a: Analysis): Promise<string | null>;
  /** Translation and rewrite with the browser's own models; not offered without it. */
  onDevice?: OnDeviceBinding;
}

export interface OnDeviceBinding {
  /** The answer to "may the browser download its own model?" (settings). */
  consent: ModelConsent;
  setConsent(answer: ModelConsent): Promise<void>;
  /** The register rules on a text, for this draft's readers (`checkText`; nothing is stored). */
  check(a: Analysis, text: string, lang: string): Promise<CheckTextAnswer>;
  /** Where to look for the browser's APIs: `globalThis` in the side panel, a fake in tests. */
  scope?: unknown;
}

/**
 * The draft text the analysis was computed on, fetched again whenever a new analysis arrives.
 * A text whose length no longer covers the sentence spans belongs to another revision: none.
 */
function useDraftText(a: Analysis, load?: (a: Analysis) => Promise<string | null>, always = false): string | null {
  const [text, setText] = useState<{ at: number; body: string } | null>(null);
  // The loader is a new function on each render of the panel: only a new analysis refetches.
  const loader = useRef(load);
  loader.current = load;
  const wanted = !!load && (always || !!a.sentenceBreakdown?.length);
  useEffect(() => {
    if (!wanted || !loader.current) return;
    let live = true;
    loader.current(a).then(
      (body) => live && setText(body === null ? null : { at: a.at, body }),
      () => live && setText(null),
    );
    return () => {
      live = false;
    };
    // A new analysis (its `at`) is a new revision of the draft.
  }, [a.composeId, a.at, wanted]);
  if (!text || text.at !== a.at) return null;
  const end = Math.max(0, ...(a.sentenceBreakdown ?? []).map((s) => s.end));
  return end <= text.body.length ? text.body : null;
}

/** The language the lead reader writes in (whose norms the fixes follow), else their country's greeting language. */
export function readerLanguage(a: Analysis): string | null {
  const cc = a.target?.country ?? a.audience?.targetCountry ?? null;
  const lead = a.recipients.find((r) => !r.abstain && r.candidates[0]?.country === cc) ?? a.recipients.find((r) => !r.abstain);
  const lang = lead?.language?.lang;
  if (lang && lang !== 'und') return lang;
  return a.target?.greeting.lang ?? null;
}

/**
 * "Write in <language>" / "Rewrite for <country>" for one draft: the rewrite follows the draft's
 * active suggestions, results are checked for the same readers, and Insert replaces the draft
 * through Apply (the editor's own undo). Renders nothing where the browser has no model.
 */
function OnDeviceCard({ a, draft, binding, onEdit, draftText }: { a: Analysis; draft: string; binding: OnDeviceBinding; onEdit: DraftViewProps['onEdit']; draftText?: DraftViewProps['draftText'] }) {
  const { t, i18n } = useTranslation();
  const draftLang = a.lang?.lang && a.lang.lang !== 'und' ? a.lang.lang : null;
  const targetLang = readerLanguage(a);
  const cc = a.target?.country ?? null;
  if (!draftLang || !cc) return null;
  const findings = (res: CheckTextAnswer): TextCheck => ({
    issues: res.suggestions.map((s) => {
      const title = t(`fix.title.${fixKind(s)}`, { count: 1 });
      const before = s.original ?? '';
      if (!before.trim()) return title;
      return s.replacement !== undefined && s.replacement.trim()
        ? t('ondevice.check.fix', { title, before, after: s.replacement })
        : t('ondevice.check.flag', { title, before });
    }),
  });
  return (
    <OnDeviceTools
      // A new pair of languages or reader starts afresh.
      key={`${draftLang}>${targetLang ?? ''}:${cc}`}
      draft={draft}
      draftLang={draftLang}
      targetLang={targetLang ?? draftLang}
      countryName={countryName(cc, i18n.language)}
      constraints={a.suggestions.map((s) => ({ title: s.message, before: s.original, after: s.replacement }))}
      check={async (text, lang) => findings(await binding.check(a, text, lang))}
      onInsert={async (text, source) => {
        // The whole draft is replaced only if it is still the one translated: text typed since
        // (even at the end, which the span check alone would miss) makes Insert refuse.
        const now = draftText ? await draftText(a) : null;
        if (now !== null && now !== source) throw new Error(t('ondevice.check.changed'));
        await onEdit(a, [{ start: 0, end: source.length, original: source, replacement: text, whole: true }]);
      }}
      consent={binding.consent}
      onConsent={binding.setConsent}
      scope={binding.scope}
    />
  );
}

/** The one-line verdict: "Too casual for Japan · 5 fixes". */
export function Verdict({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation();
  const v = draftVerdict(analysis);
  const n = fixGroups(analysis.suggestions).length;
  const country = v.country ? countryName(v.country, i18n.language) : '';
  const head = v.verdict && v.country ? t(`verdict.${v.verdict}`, { country }) : t('verdict.noTarget');
  return (
    <h2 className={`verdict ${v.verdict ?? 'none'}`} data-testid="verdict">
      {head} · {n ? t('verdict.fixes', { count: n }) : t('verdict.none')}
    </h2>
  );
}

/** "Writing for: Japan ▾": whose norms the fixes follow, switchable when the readers differ. */
function WritingFor({ analysis, onChange }: { analysis: Analysis; onChange(country: string | null): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const current = analysis.target?.country ?? analysis.audience?.targetCountry ?? null;
  const strictest = analysis.audience?.targetCountry ?? null;
  const options = analysis.audience?.countries ?? [];
  if (!current) return null;
  const name = (cc: string) => countryName(cc, i18n.language);
  return (
    <div className="writing-for">
      <div className="row small">
        <label htmlFor={`${id}-wf`}>{t('writingFor.label')}:</label>
        {options.length > 1 ? (
          <select
            id={`${id}-wf`}
            data-testid="writing-for"
            value={current}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              const cc = e.target.value;
              setError(null);
              onChange(cc === strictest ? null : cc).catch((err: Error) => setError(err.message));
            }}
          >
            {options.map((cc) => (
              <option key={cc} value={cc}>
                {cc === strictest ? t('writingFor.auto', { country: name(cc) }) : name(cc)}
              </option>
            ))}
          </select>
        ) : (
          <strong id={`${id}-wf`}>{name(current)}</strong>
        )}
      </div>
      {options.length > 1 && (
        <p id={`${id}-help`} className="sr-only">
          {t('writingFor.help')}
        </p>
      )}
      {error && (
        <p className="banner bad small" role="alert">
          {t('writingFor.failed', { message: error })}
        </p>
      )}
    </div>
  );
}

/**
 * One compose window or CRM record, task first: the verdict, whose norms it follows, the fixes
 * by impact, then the recipients as chips.
 */
export function DraftView({ analysis, countries, now, onCorrect, onEdit, onDismiss, onWritingFor, draftText, onDevice }: DraftViewProps) {
  const { t, i18n } = useTranslation();
  const a = analysis;
  // The browser's models, detected once: without them the draft's text is not even fetched.
  const [hasModels] = useState(() => {
    if (!onDevice) return false;
    const d = detectOnDevice(onDevice.scope ?? globalThis);
    return !!(d.translator || d.languageModel);
  });
  const text = useDraftText(a, draftText, hasModels);
  // The on-device card stays while a new revision's text is fetched, so a translation under review
  // survives the user's typing (Insert checks the draft is still the one translated).
  const [lastText, setLastText] = useState<string | null>(null);
  useEffect(() => {
    if (text !== null) setLastText(text);
  }, [text]);
  const deviceText = text ?? lastText;
  const unread = unreadLanguage(a);
  return (
    <section className="draft stack" data-compose={a.composeId} aria-labelledby={`v-${a.composeId}`}>
      <div id={`v-${a.composeId}`}>
        <Verdict analysis={a} />
      </div>
      <p className="small muted" style={{ margin: 0 }}>
        {a.record ? t('panel.record') : t('panel.composeOn', { site: a.site })}
        {a.lang?.lang && a.lang.lang !== 'und' ? ` · ${t('panel.draftIn', { lang: languageName(a.lang.lang, i18n.language) })}` : ''}
      </p>
      <WritingFor analysis={a} onChange={(cc) => onWritingFor(a, cc)} />
      {unread && (
        <p className="banner" role="note" data-testid="language-warning">
          {t('langWarning', { lang: languageName(unread.lang, i18n.language) })}
        </p>
      )}
      <FormalityMeter draft={a.scores.formality} target={a.target?.formality ?? null} country={a.target?.country ?? null} />
      {a.failures.length > 0 && <p className="banner small">{t('panel.failures', { list: a.failures.slice(0, 5).join('; ') })}</p>}
      {a.analysedChars < a.totalChars && <p className="banner small">{t('panel.partial', { analysed: a.analysedChars, total: a.totalChars })}</p>}
      <FixList analysis={a} contact={dismissContact(a)} onEdit={(edits) => onEdit(a, edits)} onDismiss={(items, how) => onDismiss(a, items, how)} />
      {hasModels && onDevice && deviceText !== null && deviceText.trim() !== '' && !a.record && (
        <OnDeviceCard a={a} draft={deviceText} binding={onDevice} onEdit={onEdit} draftText={draftText} />
      )}
      {text !== null && a.sentenceBreakdown && a.sentenceBreakdown.length > 0 && (
        <SentenceScores draft={text} sentences={a.sentenceBreakdown} draftLang={a.lang?.lang && a.lang.lang !== 'und' ? a.lang.lang : undefined} />
      )}
      <RecipientChips recipients={a.recipients} countries={countries} onCorrect={onCorrect} now={now} />
      <ReadingLens messages={a.lens ?? []} />
    </section>
  );
}
