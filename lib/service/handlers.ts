/**
 * The background's message handlers. `handle` takes a raw message and who sent it, validates it
 * against the protocol and never throws: every failure becomes `{ ok: false, error }`.
 * Everything browser-specific comes in through `ServiceEnv`, so tests drive it directly.
 */
import {
  parseRequest,
  type Analysis,
  type ComposeSnapshot,
  type Empty,
  type Push,
  type RecordFields,
  type RequestInput,
  type RequestOutput,
  type RequestType,
  type Result,
  type SenderKind,
  type Settings,
  type ToContent,
  type CountryCode,
} from '../protocol';
import type { GlocalDb } from '../db/schema';
import * as repo from '../db/repo';
import { listCountries, compareCountries, type CountryProfile } from '../profiles/index';
import { buildBrief, briefToMarkdown } from '../brief/index';
import { handleCallPrep } from '../callprep/service';
import { analyseSnapshot, contactKey, recentThread, type PipelineContext } from '../pipeline';
import { workingStatus } from '../profiles/calendar';
import { TabStates } from './state';
import { recordSeen } from '../practice/index';
import { practiceHandlers } from '../practice/service';
import { forgetLearnedDomain, listLearnedDomains, noteRecord } from '../db/learned';
import { clearDraftPoints, recordDraftPoints } from '../db/practice';
import { pauseForSite } from '../presend';

export interface ServiceEnv {
  now(): Date;
  /** Send a message to a tab's content script (one frame of it, when `frameId` is given) and return its answer. */
  sendToTab(tabId: number, message: ToContent, frameId?: number): Promise<unknown>;
  /** Tell the extension's pages (side panel, popup) that something changed. */
  broadcast(message: Push): void;
  openPanel(tabId: number): Promise<void>;
  /** The browser's built-in language detector (browser.i18n.detectLanguage), where there is one. */
  detectLanguage?(text: string): Promise<{ lang: string; reliable: boolean } | null>;
}

export interface Sender {
  kind: SenderKind;
  tabId: number | null;
  /** The frame a content script runs in (0: the top frame). */
  frameId?: number;
}

/** One handler per request type, typed from `Requests`: a wrong answer shape fails `tsc`. */
export type Handlers = {
  [T in RequestType]: (input: RequestInput<T>, sender: Sender) => Promise<RequestOutput<T>>;
};

export class GlocalService {
  readonly tabs: TabStates;
  private readonly handlers: Handlers;

  constructor(
    private readonly db: GlocalDb,
    private readonly env: ServiceEnv,
    tabs: TabStates,
  ) {
    this.tabs = tabs;
    this.handlers = this.makeHandlers();
  }

  /** Handle one raw message. Never throws. */
  async handle(raw: unknown, sender: Sender): Promise<Result<unknown>> {
    const parsed = parseRequest(raw, sender.kind);
    if (!parsed.ok) return parsed;
    try {
      const run = this.handlers[parsed.type] as (input: unknown, sender: Sender) => Promise<unknown>;
      const data = await run(parsed.payload, sender);
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: errorMessage(e) };
    }
  }

  private async effectiveProfile(cc: string): Promise<CountryProfile | null> {
    return repo.getEffectiveProfile(this.db, cc);
  }

  private makeHandlers(): Handlers {
    const empty = {} as Empty;
    return {
      snapshot: async ({ snapshot }, sender) => {
        if (sender.tabId === null) throw new Error('snapshot without a tab');
        return this.analyse(snapshot, sender.tabId, sender.frameId ?? 0);
      },
      composeClosed: async ({ composeId }, sender) => {
        if (sender.tabId !== null) await this.tabs.removeCompose(sender.tabId, composeId);
        this.env.broadcast({ type: 'analysisUpdated', tabId: sender.tabId, composeId, analysis: null });
        return empty;
      },
      openPanel: async (_input, sender) => {
        if (sender.tabId === null) throw new Error('openPanel without a tab');
        await this.env.openPanel(sender.tabId);
        return empty;
      },
      getState: async ({ tabId }) => {
        const state = await this.tabs.get(tabId);
        return { ...state, settings: await repo.getSettings(this.db) };
      },
      getProfile: async ({ country }) => this.effectiveProfile(country),
      compare: async ({ a, b }) => {
        const [pa, pb] = await Promise.all([this.effectiveProfile(a), this.effectiveProfile(b)]);
        if (!pa || !pb) throw new Error(`no profile for ${!pa ? a : b}`);
        return compareCountries(pa, pb);
      },
      brief: async (p) => {
        const to = await this.effectiveProfile(p.to);
        if (!to) throw new Error(`no profile for ${p.to}`);
        const brief = buildBrief(to, await this.effectiveProfile(p.from), { record: p.record as RecordFields | undefined });
        return { brief, markdown: briefToMarkdown(brief) };
      },
      callPrep: async (p) => handleCallPrep(p, (cc) => this.effectiveProfile(cc)),
      listCountries: async () => listCountries(),
      // Computed here so the side panel does not load the holiday rules (date-holidays).
      workingStatus: async ({ country, at }) => workingStatus(country, new Date(at)),
      setOverride: async ({ override }) => {
        const saved = await repo.putOverride(this.db, { ...override, updatedAt: this.env.now().getTime() });
        await this.reanalyseAll();
        return saved;
      },
      setCountry: async ({ key, country }, sender) => {
        // A content script may only name a country, only for a recipient of a compose its own
        // tab has open now; it gets nothing back (SECURITY.md, "What a page can ask for").
        if (sender.tabId === null) throw new Error('setCountry without a tab');
        const k = key.trim().toLowerCase();
        const keys = await this.tabs.recipientKeys(sender.tabId);
        if (!keys.has(k)) throw new Error('not a recipient of this tab');
        await repo.putOverride(this.db, { scope: 'contact', key: k, country, updatedAt: this.env.now().getTime() });
        await this.reanalyseAll();
        return empty;
      },
      deleteOverride: async ({ scope, key }) => {
        await repo.deleteOverride(this.db, scope, key);
        await this.reanalyseAll();
        return empty;
      },
      listOverrides: async () => repo.listOverrides(this.db),
      getSettings: async () => repo.getSettings(this.db),
      siteEnabled: async ({ site }) => {
        const s = await repo.getSettings(this.db);
        return { enabled: !s.disabledSites.includes(site), ...pauseForSite(s, site) };
      },
      setSettings: async ({ settings }) => {
        const saved = await repo.putSettings(this.db, settings as Partial<Settings>);
        await this.reanalyseAll();
        return saved;
      },
      dismiss: async ({ contact, suggestionKey }) => {
        await repo.dismiss(this.db, contact, suggestionKey);
        await this.reanalyseAll();
        return empty;
      },
      setWritingFor: async ({ tabId, composeId, country }) => {
        await this.tabs.setWritingFor(tabId, composeId, country);
        const held = this.tabs.heldSnapshot(tabId, composeId);
        if (!held) throw new Error('this draft is no longer open');
        const analysis = await this.analyse(held.snapshot, tabId, held.frameId, false);
        this.env.sendToTab(tabId, { type: 'analysis', analysis }).catch(() => undefined);
        return analysis;
      },
      dismissSuggestion: async ({ composeId, suggestionId }, sender) => {
        if (sender.tabId === null) throw new Error('dismissSuggestion without a tab');
        const analysis = await this.tabs.find(sender.tabId, composeId);
        if (!analysis || !analysis.suggestions.some((s) => s.id === suggestionId)) throw new Error('no such suggestion in this tab');
        await repo.dismiss(this.db, dismissContact(analysis), suggestionId);
        await this.reanalyseAll();
        return empty;
      },
      apply: async (p) => {
        // Only the frame that sent the compose is asked (SECURITY.md, "Frames").
        const frameId = await this.tabs.frameOf(p.tabId, p.composeId);
        const message: ToContent = { type: 'apply', composeId: p.composeId, start: p.start, end: p.end, original: p.original, replacement: p.replacement, ...(p.whole ? { whole: true } : {}) };
        const answer = (await this.env.sendToTab(p.tabId, message, frameId)) as Result<unknown> | undefined;
        if (!answer || !answer.ok) throw new Error(answer?.error ?? 'the page did not answer: reload the tab and try again');
        return { applied: true as const };
      },
      draftText: async ({ tabId, composeId }) => {
        const held = this.tabs.heldSnapshot(tabId, composeId);
        if (!held) return null;
        const analysis = await this.tabs.find(tabId, composeId);
        return { body: held.snapshot.body, at: analysis?.at ?? 0 };
      },
      checkText: async ({ tabId, composeId, text, lang }) => {
        // The held compose gives the readers, thread and target; only the text and its language
        // differ. Unlike `analyse`, nothing is held, stored, learned or broadcast.
        const held = this.tabs.heldSnapshot(tabId, composeId);
        if (!held) throw new Error('this draft is no longer open to Glocal: type a letter in it and try again');
        const ctx = await this.pipelineContext(tabId, held.snapshot);
        const a = await analyseSnapshot({ ...held.snapshot, body: text }, { ...ctx, draftLang: lang });
        return { lang: a.lang.lang, target: a.target?.country ?? null, scores: a.scores, suggestions: a.suggestions };
      },
      exportData: async () => ({ json: await repo.exportUserData(this.db) }),
      importData: async ({ json }) => {
        const res = await repo.importUserData(this.db, json);
        if (!res.ok) throw new Error(res.error);
        await this.reanalyseAll();
        return { counts: res.counts };
      },
      resetData: async () => {
        await repo.resetUserData(this.db);
        await clearDraftPoints(this.db);
        await this.reanalyseAll();
        return empty;
      },
      listLearnedDomains: async () => listLearnedDomains(this.db, this.env.now().getTime()),
      forgetLearnedDomain: async ({ domain }) => {
        await forgetLearnedDomain(this.db, domain);
        await this.reanalyseAll();
        return empty;
      },
      selectorFailures: async () => repo.recentFailures(this.db),
      practiceToday: (input) => practiceHandlers.practiceToday(this.db, input, this.env.now()),
      practiceAnswer: (input) => practiceHandlers.practiceAnswer(this.db, input, this.env.now()),
      practiceProgress: (input) => practiceHandlers.practiceProgress(this.db, input, this.env.now()),
      setFocus: (input) => practiceHandlers.setFocus(this.db, input, this.env.now()),
      // The user's own notes and dimension data set.
      listNotes: async ({ scope, key }) => repo.listNotes(this.db, scope, key),
      addNote: async ({ scope, key, text }) => repo.addNote(this.db, { scope, key, text }),
      updateNote: async ({ id, text }) => repo.updateNote(this.db, id, text),
      deleteNote: async ({ id }) => {
        await repo.deleteNote(this.db, id);
        return empty;
      },
      importDimensionCsv: async ({ csv, source, version, kind }) => {
        const res = await repo.importDimensionCsv(this.db, csv, { source, version, kind });
        if (!res.ok) throw new Error(res.error);
        // Imported scores change the profiles the open drafts were analysed against.
        await this.reanalyseAll();
        return { countries: res.countries, values: res.values };
      },
    };
  }

  /** `fresh`: the page sent this snapshot now (a re-analysis of a held one learns nothing new). */
  async analyse(snapshot: ComposeSnapshot, tabId: number, frameId = 0, fresh = true): Promise<Analysis> {
    // The recent thread is cut once; the pipeline and the language hint read the same slice.
    const thread = recentThread(snapshot.thread);
    const trimmed = { ...snapshot, thread };
    // Held in this worker's memory only, so a changed override or setting re-runs the analysis.
    this.tabs.putSnapshot(tabId, trimmed, frameId);
    const ctx = await this.pipelineContext(tabId, trimmed);
    const now = ctx.now;
    const analysis = await analyseSnapshot(trimmed, ctx);
    // Only from what the page sent now: re-running a held snapshot must not undo a "forget".
    if (fresh) await this.learnFromRecord(snapshot, analysis.recipients);
    // The focus list for practice: one count per country written to, nothing else is stored.
    await recordSeen(this.db, analysis.recipients.filter((r) => !r.abstain && r.candidates[0]).map((r) => r.candidates[0].country), `${tabId}:${snapshot.composeId}`);
    // Practice's "where this shows up in your mail": the categories raised, per country — no text.
    await recordDraftPoints(this.db, `${tabId}:${snapshot.composeId}`, analysis.recipients.filter((r) => !r.abstain && r.candidates[0]).map((r) => r.candidates[0].country), (analysis.suggestions ?? []).map((x) => x.category), now);
    await repo.recordFailures(this.db, snapshot.site, snapshot.failures, now.getTime());
    await this.tabs.put(tabId, analysis, frameId);
    // The analysis itself goes to the open views: they need not ask for it again.
    this.env.broadcast({ type: 'analysisUpdated', tabId, composeId: analysis.composeId, analysis });
    return analysis;
  }

  /**
   * What the pipeline needs for one compose (its thread already cut by `recentThread`): the user's
   * corrections, settings, learned domains and dismissals, the thread's language hint and the
   * chosen reader. Reads only.
   */
  private async pipelineContext(tabId: number, snapshot: ComposeSnapshot): Promise<PipelineContext> {
    const now = this.env.now();
    const [overrides, settings, learnedDomains, dismissed] = await Promise.all([
      repo.listOverrides(this.db),
      repo.getSettings(this.db),
      repo.learnedDomainMap(this.db, now.getTime()),
      repo.dismissedKeys(this.db),
    ]);
    // The built-in detector only fills in where eld's guess is empty or very weak (lib/locale).
    const threadText = snapshot.thread
      .map((m) => m.text)
      .join('\n')
      .slice(0, 5_000);
    const langHint = threadText && this.env.detectLanguage ? await this.env.detectLanguage(threadText).catch(() => null) : null;
    return {
      langHint,
      writingFor: (await this.tabs.writingFor(tabId, snapshot.composeId)) as CountryCode | null,
      profile: (cc) => this.effectiveProfile(cc),
      overrides,
      settings,
      learnedDomains,
      dismissed,
      now,
      threadIsRecent: true,
    };
  }

  /** Re-run every open draft's analysis (a correction or setting changed) and tell its frame. */
  private async reanalyseAll() {
    for (const { tabId, frameId, snapshot } of this.tabs.snapshots()) {
      const analysis = await this.analyse(snapshot, tabId, frameId, false);
      this.env.sendToTab(tabId, { type: 'analysis', analysis }, frameId).catch(() => undefined);
    }
    // After a worker restart no draft is held: the tabs send theirs again.
    for (const tabId of await this.tabs.tabsWithoutSnapshots()) {
      await this.env.sendToTab(tabId, { type: 'resend' }).catch(() => undefined);
    }
  }

  /** A CRM record that names a country is evidence for its company's domain (lib/db/learned.ts). */
  private async learnFromRecord(snapshot: ComposeSnapshot, recipients: { email: string; candidates: { country: string; probability: number }[] }[]) {
    const email = snapshot.record?.email;
    if (!email || !snapshot.record?.country) return;
    const r = recipients.find((x) => x.email.toLowerCase() === email.toLowerCase());
    const top = r?.candidates[0];
    if (top && top.probability >= 0.8) await noteRecord(this.db, email, top.country, this.env.now().getTime());
  }

}

export { contactKey };

/** The contact a dismissal is kept for: the recipient whose norms the analysis followed (as the side panel does). */
export function dismissContact(a: Analysis): string {
  const target = a.audience?.targetCountry ?? null;
  const r = (target && a.recipients.find((x) => !x.abstain && x.candidates[0]?.country === target)) || a.recipients[0];
  return r ? contactKey(r.email || undefined, r.name) : '';
}

function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as { name: string }).name === 'QuotaExceededError') {
    return 'The browser has no storage space left for Glocal. Your saved data is unchanged; free some disk space and try again.';
  }
  return e instanceof Error ? e.message : String(e);
}
