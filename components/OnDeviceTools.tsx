import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  detectOnDevice,
  rewriteOnDevice,
  translateWithBack,
  translationStatus,
  wordDiff,
  type Availability,
  type OnDevice,
  type RewriteConstraint,
} from '../lib/ondevice/index';
import { languageName } from './format';

/** What the register rules found in a text (the background runs them). */
export interface TextCheck {
  /** Plain-language titles of what is still to fix, empty when none. */
  issues: string[];
}

export interface OnDeviceToolsProps {
  draft: string;
  /** The draft's language and the lead recipient's language (ISO 639-1). */
  draftLang: string;
  targetLang: string;
  /** The lead recipient's country name, for "Rewrite for …". */
  countryName: string;
  constraints: RewriteConstraint[];
  /** Run the register rules (T–V, salutation, sign-off) on a text in a language. */
  check(text: string, lang: string): Promise<TextCheck>;
  /** Replace the draft with the text (undoable in the editor). */
  onInsert(text: string): Promise<void>;
  /** The global scope to detect the APIs on; `self` in the side panel, a fake in tests. */
  scope?: unknown;
}

/** The browser asks for a click before it fetches a model; we explain that once. */
const CONSENT_KEY = 'glocal.ondevice.explained';

function explainedBefore(): boolean {
  try {
    return globalThis.localStorage?.getItem(CONSENT_KEY) === '1';
  } catch {
    return false;
  }
}

type Result = { kind: 'translate'; text: string; back: string; check: TextCheck } | { kind: 'rewrite'; text: string; check: TextCheck };

/**
 * "Write in <language>" and "Rewrite for <country>", where the browser has the Translator or
 * Prompt API. Nothing is shown where it has neither (Firefox, older Chrome, phones). Nothing is
 * inserted without a click, and the result is checked by the same rules as the draft.
 */
export function OnDeviceTools(props: OnDeviceToolsProps) {
  const { t, i18n } = useTranslation();
  const [api] = useState<OnDevice>(() => detectOnDevice(props.scope ?? globalThis));
  const [pair, setPair] = useState<'absent' | 'same' | Availability>('absent');
  const [lm, setLm] = useState<Availability | 'absent'>('absent');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [explained, setExplained] = useState(explainedBefore);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    void translationStatus(api.translator, props.draftLang, props.targetLang).then((s) => live && setPair(s));
    if (api.languageModel)
      void api.languageModel.availability().then(
        (s) => live && setLm(s ?? 'unavailable'),
        () => live && setLm('unavailable'),
      );
    return () => {
      live = false;
    };
  }, [api, props.draftLang, props.targetLang]);

  const canTranslate = pair === 'available' || pair === 'downloadable' || pair === 'downloading';
  const canRewrite = lm === 'available' || lm === 'downloadable' || lm === 'downloading';
  if (!canTranslate && !canRewrite) return null;

  const needsDownload = (canTranslate && pair !== 'available') || (canRewrite && lm !== 'available');
  const target = languageName(props.targetLang, i18n.language);

  const run = async (kind: 'translate' | 'rewrite') => {
    if (needsDownload && !explained) {
      try {
        globalThis.localStorage?.setItem(CONSENT_KEY, '1');
      } catch {
        /* private storage unavailable: ask again next time */
      }
      setExplained(true);
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      if (kind === 'translate' && api.translator) {
        const r = await translateWithBack(api.translator, props.draft, props.draftLang, props.targetLang, (l) => setProgress(l));
        setResult({ kind, text: r.translation, back: r.back, check: await props.check(r.translation, props.targetLang) });
      } else if (kind === 'rewrite' && api.languageModel) {
        const text = await rewriteOnDevice(api.languageModel, { draft: props.draft, country: props.countryName, lang: props.draftLang, constraints: props.constraints });
        setResult({ kind, text, check: await props.check(text, props.draftLang) });
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const insert = async () => {
    if (!result) return;
    setError(null);
    try {
      await props.onInsert(result.text);
      setStatus(t('ondevice.inserted'));
      setResult(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="card stack" aria-labelledby="ondevice-title" data-testid="ondevice">
      <h3 id="ondevice-title" style={{ margin: 0 }}>{t('ondevice.title')}</h3>
      {needsDownload && !explained && <p className="small muted" data-testid="ondevice-explain">{t('ondevice.explain')}</p>}
      <div className="row">
        {canTranslate && (
          <button type="button" data-testid="ondevice-translate" disabled={busy} onClick={() => void run('translate')}>
            {t('ondevice.writeIn', { language: target })}
          </button>
        )}
        {canRewrite && (
          <button type="button" data-testid="ondevice-rewrite" disabled={busy} onClick={() => void run('rewrite')}>
            {t('ondevice.rewriteFor', { country: props.countryName })}
          </button>
        )}
      </div>
      {progress !== null && <progress max={1} value={progress} aria-label={t('ondevice.downloading')} />}
      {error && (
        <p className="banner bad" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {result?.kind === 'translate' && (
        <div className="ondevice-pair" data-testid="ondevice-result">
          <figure style={{ margin: 0 }}>
            <figcaption className="small muted">{t('ondevice.willSend', { language: target })}</figcaption>
            <p lang={props.targetLang} style={{ whiteSpace: 'pre-wrap' }} data-testid="ondevice-translation">{result.text}</p>
          </figure>
          <figure style={{ margin: 0 }}>
            <figcaption className="small muted">{t('ondevice.backTranslation')}</figcaption>
            <p lang={props.draftLang} style={{ whiteSpace: 'pre-wrap' }} data-testid="ondevice-back">{result.back}</p>
          </figure>
        </div>
      )}
      {result?.kind === 'rewrite' && (
        <p style={{ whiteSpace: 'pre-wrap' }} data-testid="ondevice-diff">
          {wordDiff(props.draft, result.text).map((p, i) =>
            p.op === 'add' ? <ins key={i}>{p.text}</ins> : p.op === 'remove' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
          )}
        </p>
      )}
      {result && (
        <>
          <p className="small" data-testid="ondevice-check">
            {result.check.issues.length ? t('ondevice.stillToFix', { list: result.check.issues.join(' · ') }) : t('ondevice.checked')}
          </p>
          <div className="row">
            <button type="button" className="primary" data-testid="ondevice-insert" onClick={() => void insert()}>
              {result.kind === 'translate' ? t('ondevice.insertTranslation') : t('ondevice.insertRewrite')}
            </button>
            <button type="button" onClick={() => setResult(null)}>
              {t('ondevice.discard')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="small">{status}</p>
    </section>
  );
}
