import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  detectOnDevice,
  rewriteOnDevice,
  rewriteStatus,
  translateWithBack,
  translationStatus,
  wordDiff,
  type Availability,
  type OnDevice,
  type RewriteConstraint,
} from '../lib/ondevice/index';
import type { Settings } from '../lib/protocol';
import { languageName } from './format';

/** What the register rules found in a text (the background runs them: `checkText`). */
export interface TextCheck {
  /** Plain-language findings still to fix, in the UI language; empty when none. */
  issues: string[];
  /** Why the check could not run (the result is still shown, marked unchecked). */
  error?: string;
}

export type ModelConsent = Settings['onDeviceModels'];

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
  /** Replace `source` (the draft as it was translated or rewritten) with `text`, undoably. */
  onInsert(text: string, source: string): Promise<void>;
  /** The user's answer to "may the browser download its own model?" (settings). */
  consent: ModelConsent;
  onConsent(answer: ModelConsent): Promise<void>;
  /** The global scope to detect the APIs on; `self` in the side panel, a fake in tests. */
  scope?: unknown;
}

type Kind = 'translate' | 'rewrite';
type Result = { kind: 'translate'; source: string; text: string; back: string; check: TextCheck } | { kind: 'rewrite'; source: string; text: string; check: TextCheck };
type Status = 'absent' | 'same' | Availability;

const usable = (s: Status) => s === 'available' || s === 'downloadable' || s === 'downloading';

/**
 * "Write in <language>" and "Rewrite for <country>", where the browser has the Translator or
 * Prompt API. Nothing is shown where it has neither (Firefox, older Chrome, phones). Before the
 * browser fetches a model it asks once, and remembers the answer. Nothing is inserted without a
 * click, and every result is checked by the same rules as the draft.
 */
export function OnDeviceTools(props: OnDeviceToolsProps) {
  const { t, i18n } = useTranslation();
  const [api] = useState<OnDevice>(() => detectOnDevice(props.scope ?? globalThis));
  const [pair, setPair] = useState<Status>('absent');
  const [lm, setLm] = useState<Status>('absent');
  const [busy, setBusy] = useState<Kind | null>(null);
  const [asking, setAsking] = useState<Kind | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    void translationStatus(api.translator, props.draftLang, props.targetLang).then((s) => live && setPair(s));
    void rewriteStatus(api.languageModel, props.draftLang).then((s) => live && setLm(s));
    return () => {
      live = false;
    };
  }, [api, props.draftLang, props.targetLang]);

  const needsDownload = (k: Kind) => (k === 'translate' ? pair : lm) !== 'available';
  const offered = (k: Kind) => usable(k === 'translate' ? pair : lm) && !(props.consent === 'declined' && needsDownload(k));
  const declined = (['translate', 'rewrite'] as const).filter((k) => usable(k === 'translate' ? pair : lm) && !offered(k));
  if (!offered('translate') && !offered('rewrite')) {
    // Hidden where the browser has no model for this draft; one quiet line where the user said no.
    if (!declined.length) return null;
    return (
      <p className="small muted" data-testid="ondevice-off">
        {t('ondevice.ask.off')}{' '}
        <button type="button" className="link" onClick={() => void props.onConsent('ask').catch((e: Error) => setError(e.message))}>
          {t('ondevice.ask.again')}
        </button>
      </p>
    );
  }
  const target = languageName(props.targetLang, i18n.language);

  // A check that fails leaves the result on screen, said to be unchecked, rather than losing it.
  const checked = (text: string, lang: string): Promise<TextCheck> => props.check(text, lang).catch((e: Error) => ({ issues: [], error: e.message }));

  const run = async (kind: Kind) => {
    setBusy(kind);
    setError(null);
    setResult(null);
    setStatus('');
    const source = props.draft;
    try {
      // The model is called first, in the click: a browser that must fetch it needs the activation.
      if (kind === 'translate' && api.translator) {
        const r = await translateWithBack(api.translator, source, props.draftLang, props.targetLang, (l) => setProgress(l));
        setProgress(null);
        setResult({ kind, source, text: r.translation, back: r.back, check: await checked(r.translation, props.targetLang) });
      } else if (kind === 'rewrite' && api.languageModel) {
        const text = await rewriteOnDevice(api.languageModel, { draft: source, country: props.countryName, lang: props.draftLang, constraints: props.constraints }, (l) => setProgress(l));
        setProgress(null);
        setResult({ kind, source, text, check: await checked(text, props.draftLang) });
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const start = (kind: Kind) => {
    if (needsDownload(kind) && props.consent !== 'allowed') {
      setAsking(kind);
      return;
    }
    void run(kind);
  };

  const answer = (allow: boolean) => {
    const kind = asking;
    setAsking(null);
    props.onConsent(allow ? 'allowed' : 'declined').catch((e: Error) => setError(e.message));
    if (allow && kind) void run(kind);
  };

  const insert = async () => {
    if (!result) return;
    setError(null);
    try {
      await props.onInsert(result.text, result.source);
      setStatus(t('ondevice.inserted'));
      setResult(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="card stack" aria-labelledby="ondevice-title" data-testid="ondevice">
      <h3 id="ondevice-title" style={{ margin: 0 }}>
        {t('ondevice.title')}
      </h3>
      <div className="row">
        {offered('translate') && (
          <button type="button" data-testid="ondevice-translate" disabled={busy !== null || asking !== null} onClick={() => start('translate')}>
            {t('ondevice.writeIn', { language: target })}
          </button>
        )}
        {offered('rewrite') && (
          <button type="button" data-testid="ondevice-rewrite" disabled={busy !== null || asking !== null} onClick={() => start('rewrite')}>
            {t('ondevice.rewriteFor', { country: props.countryName })}
          </button>
        )}
      </div>
      {asking && (
        <div className="banner stack" role="group" aria-labelledby="ondevice-ask" data-testid="ondevice-ask">
          <p id="ondevice-ask" style={{ margin: 0 }}>
            <strong>{t('ondevice.ask.question')}</strong>
          </p>
          <p className="small" data-testid="ondevice-explain" style={{ margin: 0 }}>
            {t('ondevice.explain')} {t('ondevice.ask.remembered')}
          </p>
          <div className="row">
            <button type="button" className="primary" data-testid="ondevice-allow" onClick={() => answer(true)}>
              {t('ondevice.ask.allow')}
            </button>
            <button type="button" data-testid="ondevice-decline" onClick={() => answer(false)}>
              {t('ondevice.ask.decline')}
            </button>
          </div>
        </div>
      )}
      {busy && <p className="small muted">{busy === 'translate' ? t('ondevice.run.translating') : t('ondevice.run.rewriting')}</p>}
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
            <p lang={props.targetLang} style={{ whiteSpace: 'pre-wrap' }} data-testid="ondevice-translation">
              {result.text}
            </p>
          </figure>
          <figure style={{ margin: 0 }}>
            <figcaption className="small muted">{t('ondevice.backTranslation')}</figcaption>
            <p lang={props.draftLang} style={{ whiteSpace: 'pre-wrap' }} data-testid="ondevice-back">
              {result.back}
            </p>
          </figure>
        </div>
      )}
      {result?.kind === 'rewrite' && (
        <p className="diff ondevice-diff" style={{ whiteSpace: 'pre-wrap' }} data-testid="ondevice-diff" lang={props.draftLang}>
          {wordDiff(result.source, result.text).map((p, i) =>
            p.op === 'add' ? <ins key={i}>{p.text}</ins> : p.op === 'remove' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
          )}
        </p>
      )}
      {result && (
        <>
          <div className="small" data-testid="ondevice-check">
            {result.check.error ? (
              <p className="banner bad" style={{ margin: 0 }} role="alert">
                {t('ondevice.check.failed', { message: result.check.error })}
              </p>
            ) : result.check.issues.length ? (
              <>
                <p style={{ margin: 0 }}>{t('ondevice.check.findings', { country: props.countryName })}</p>
                <ul style={{ margin: 0 }}>
                  {result.check.issues.map((x, i) => (
                    <li key={i} data-testid="ondevice-finding">
                      {x}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p style={{ margin: 0 }}>{t('ondevice.checked')}</p>
            )}
          </div>
          <div className="row">
            <button type="button" className="primary" data-testid="ondevice-insert" onClick={() => void insert()}>
              {result.kind === 'translate' ? t('ondevice.insertTranslation') : t('ondevice.insertRewrite')}
            </button>
            <button type="button" data-testid="ondevice-discard" onClick={() => setResult(null)}>
              {t('ondevice.discard')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
