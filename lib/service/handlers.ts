/**
 * The background's message handlers. `handle` takes a raw message and who sent it, validates it
 * against the protocol and never throws: every failure becomes `{ ok: false, error }`.
 * Everything browser-specific comes in through `ServiceEnv`, so tests drive it directly.
 */
import { parseRequest, type ComposeSnapshot, type CountryCode, type RecordFields, type Requests, type Result, type SenderKind, type Settings } from '../protocol';
import type { z } from 'zod';
import type { GlocalDb } from '../db/schema';
import * as repo from '../db/repo';
import { listCountries, compareCountries, type CountryProfile } from '../profiles/index';
import { buildBrief, briefToMarkdown } from '../brief/index';
import { analyseSnapshot, contactKey, recentThread } from '../pipeline';
import { workingStatus } from '../profiles/calendar';
import { TabStates } from './state';
import { handlePractice, recordSeen } from '../practice/index';
import { getDomain } from 'tldts';

export interface ServiceEnv {
  now(): Date;
  /** Send a message to a tab's content script and return its answer. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Tell the extension's pages (side panel, popup) that something changed. */
  broadcast(message: unknown): void;
  openPanel(tabId: number): Promise<void>;
  /** The browser's built-in language detector (browser.i18n.detectLanguage), where there is one. */
  detectLanguage?(text: string): Promise<{ lang: string; reliable: boolean } | null>;
}

export interface Sender {
  kind: SenderKind;
  tabId: number | null;
}

type Payload<T extends keyof typeof Requests> = z.output<(typeof Requests)[T]['schema']>;

export class GlocalService {
  readonly tabs: TabStates;

  constructor(
    private readonly db: GlocalDb,
    private readonly env: ServiceEnv,
    tabs: TabStates,
  ) {
    this.tabs = tabs;
  }

  /** Handle one raw message. Never throws. */
  async handle(raw: unknown, sender: Sender): Promise<Result<unknown>> {
    const parsed = parseRequest(raw, sender.kind);
    if (!parsed.ok) return parsed;
    try {
      const data = await this.dispatch(parsed.type, parsed.payload, sender);
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: errorMessage(e) };
    }
  }

  private async effectiveProfile(cc: string): Promise<CountryProfile | null> {
    return repo.getEffectiveProfile(this.db, cc);
  }

  private async dispatch(type: keyof typeof Requests, payload: unknown, sender: Sender): Promise<unknown> {
    switch (type) {
      case 'snapshot': {
        const { snapshot } = payload as Payload<'snapshot'>;
        if (sender.tabId === null) throw new Error('snapshot without a tab');
        return this.analyse(snapshot, sender.tabId);
      }
      case 'composeClosed': {
        const { composeId } = payload as Payload<'composeClosed'>;
        if (sender.tabId !== null) await this.tabs.removeCompose(sender.tabId, composeId);
        this.env.broadcast({ type: 'analysisUpdated', tabId: sender.tabId });
        return {};
      }
      case 'openPanel': {
        if (sender.tabId === null) throw new Error('openPanel without a tab');
        await this.env.openPanel(sender.tabId);
        return {};
      }
      case 'getState': {
        const { tabId } = payload as Payload<'getState'>;
        const state = await this.tabs.get(tabId);
        return { ...state, settings: await repo.getSettings(this.db) };
      }
      case 'getProfile':
        return this.effectiveProfile((payload as Payload<'getProfile'>).country);
      case 'compare': {
        const { a, b } = payload as Payload<'compare'>;
        const [pa, pb] = await Promise.all([this.effectiveProfile(a), this.effectiveProfile(b)]);
        if (!pa || !pb) throw new Error(`no profile for ${!pa ? a : b}`);
        return compareCountries(pa, pb);
      }
      case 'brief': {
        const p = payload as Payload<'brief'>;
        const to = await this.effectiveProfile(p.to);
        if (!to) throw new Error(`no profile for ${p.to}`);
        const brief = buildBrief(to, await this.effectiveProfile(p.from), { record: p.record as RecordFields | undefined });
        return { brief, markdown: briefToMarkdown(brief) };
      }
      case 'listCountries':
        return listCountries();
      case 'workingStatus': {
        // Computed here so the side panel does not load the holiday rules (date-holidays).
        const { country, at } = payload as Payload<'workingStatus'>;
        return workingStatus(country, new Date(at));
      }
      case 'setOverride': {
        const { override } = payload as Payload<'setOverride'>;
        const saved = await repo.putOverride(this.db, { ...override, updatedAt: this.env.now().getTime() });
        await this.reanalyseAll();
        return saved;
      }
      case 'deleteOverride': {
        const { scope, key } = payload as Payload<'deleteOverride'>;
        await repo.deleteOverride(this.db, scope, key);
        await this.reanalyseAll();
        return {};
      }
      case 'listOverrides':
        return repo.listOverrides(this.db);
      case 'getSettings':
        return repo.getSettings(this.db);
      case 'setSettings': {
        const { settings } = payload as Payload<'setSettings'>;
        const saved = await repo.putSettings(this.db, settings as Partial<Settings>);
        await this.reanalyseAll();
        return saved;
      }
      case 'dismiss': {
        const { contact, suggestionKey } = payload as Payload<'dismiss'>;
        await repo.dismiss(this.db, contact, suggestionKey);
        await this.reanalyseAll();
        return {};
      }
      case 'setWritingFor': {
        const { tabId, composeId, country } = payload as Payload<'setWritingFor'>;
        await this.tabs.setWritingFor(tabId, composeId, country);
        const kept = (await this.tabs.snapshots()).find((x) => x.tabId === tabId && x.snapshot.composeId === composeId);
        if (!kept) throw new Error('this draft is no longer open');
        const analysis = await this.analyse(kept.snapshot, tabId);
        this.env.sendToTab(tabId, { type: 'analysis', analysis }).catch(() => undefined);
        return analysis;
      }
      case 'apply': {
        const p = payload as Payload<'apply'>;
        const answer = (await this.env.sendToTab(p.tabId, {
          type: 'apply',
          composeId: p.composeId,
          start: p.start,
          end: p.end,
          original: p.original,
          replacement: p.replacement,
        })) as Result<unknown> | undefined;
        if (!answer || !answer.ok) throw new Error(answer?.error ?? 'the page did not answer: reload the tab and try again');
        return answer.data;
      }
      case 'exportData':
        return { json: await repo.exportUserData(this.db) };
      case 'importData': {
        const res = await repo.importUserData(this.db, (payload as Payload<'importData'>).json);
        if (!res.ok) throw new Error(res.error);
        await this.reanalyseAll();
        return { counts: res.counts };
      }
      case 'resetData':
        await repo.resetUserData(this.db);
        await this.reanalyseAll();
        return {};
      case 'selectorFailures':
        return repo.recentFailures(this.db);
      case 'practiceToday':
      case 'practiceAnswer':
      case 'practiceProgress':
      case 'setFocus':
        return handlePractice(this.db, type, payload, this.env.now());
      default: {
        const never: string = type;
        throw new Error(`unhandled message type ${never}`);
      }
    }
  }


  async analyse(snapshot: ComposeSnapshot, tabId: number) {
    // Kept (in storage.session) so a changed override or setting re-runs the analysis, even
    // after the service worker was stopped and started again.
    // Only what the analysis reads is kept: the recent thread, not all 500 messages.
    await this.tabs.putSnapshot(tabId, { ...snapshot, thread: recentThread(snapshot.thread) });
    const [overrides, settings, learnedDomains, dismissed] = await Promise.all([
      repo.listOverrides(this.db),
      repo.getSettings(this.db),
      repo.learnedDomainMap(this.db),
      repo.dismissedKeys(this.db),
    ]);
    // The built-in detector only fills in where eld's guess is empty or very weak (lib/locale).
    const threadText = recentThread(snapshot.thread)
      .map((m) => m.text)
      .join('\n')
      .slice(0, 5_000);
    const langHint = threadText && this.env.detectLanguage ? await this.env.detectLanguage(threadText).catch(() => null) : null;
    const analysis = await analyseSnapshot(snapshot, {
      langHint,
      writingFor: (await this.tabs.writingFor(tabId, snapshot.composeId)) as CountryCode | null,
      profile: (cc) => this.effectiveProfile(cc),
      overrides,
      settings,
      learnedDomains,
      dismissed,
      now: this.env.now(),
    });
    await this.learnFromRecord(snapshot, analysis.recipients);
    // The focus list for practice: one count per country written to, nothing else is stored.
    await recordSeen(this.db, analysis.recipients.filter((r) => !r.abstain && r.candidates[0]).map((r) => r.candidates[0].country), `${tabId}:${snapshot.composeId}`);
    await repo.recordFailures(this.db, snapshot.site, snapshot.failures, this.env.now().getTime());
    await this.tabs.put(tabId, analysis);
    this.env.broadcast({ type: 'analysisUpdated', tabId });
    return analysis;
  }

  private async reanalyseAll() {
    for (const { tabId, snapshot } of await this.tabs.snapshots()) {
      const analysis = await this.analyse(snapshot, tabId);
      this.env.sendToTab(tabId, { type: 'analysis', analysis }).catch(() => undefined);
    }
  }

  /** A CRM record that names a country teaches us the company's domain. */
  private async learnFromRecord(snapshot: ComposeSnapshot, recipients: { email: string; candidates: { country: string; probability: number }[] }[]) {
    const email = snapshot.record?.email;
    if (!email || !snapshot.record?.country) return;
    const domain = getDomain(email.split('@')[1] ?? '');
    const r = recipients.find((x) => x.email.toLowerCase() === email.toLowerCase());
    const top = r?.candidates[0];
    if (domain && top && top.probability >= 0.8) await repo.learnDomain(this.db, domain, top.country);
  }

}

export { contactKey };

function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as { name: string }).name === 'QuotaExceededError') {
    return 'The browser has no storage space left for Glocal. Your saved data is unchanged; free some disk space and try again.';
  }
  return e instanceof Error ? e.message : String(e);
}
