/**
 * The optional daily card (Settings.dailyCard, off by default): one alarm at the chosen time,
 * re-armed after it fires and after every request that can change the settings. What to show
 * comes from lib/practice/notify; the browser's alarms and notifications come in as parameters,
 * so this module stays free of `browser.*`.
 */
import { getSettings } from '../db/repo';
import type { GlocalDb } from '../db/schema';
import { DAILY_CARD_ALARM, DAILY_CARD_TRIGGERS, dailyNotification, nextDailyAlarm } from '../practice/notify';

export interface DailyCardApis {
  alarms: {
    clear(name: string): Promise<unknown>;
    create(name: string, info: { when: number }): Promise<unknown> | void;
  };
  /** Whether the optional `notifications` permission is granted now (it can be revoked any time). */
  canNotify(): Promise<boolean>;
  notify(id: string, note: { title: string; message: string }): Promise<unknown>;
  now(): Date;
}

export interface DailyCard {
  /** Arm the alarm for the next card, or clear it when the card is off. */
  schedule(): Promise<void>;
  /** An alarm fired: show today's card if it is ours and still wanted, then re-arm. */
  onAlarm(name: string): Promise<void>;
  /** A request was handled: re-arm when it may have changed the settings. */
  afterRequest(type: unknown): void;
}

/** `ready` resolves once the database is seeded. */
export function dailyCard(db: GlocalDb, ready: Promise<unknown>, apis: DailyCardApis): DailyCard {
  async function schedule() {
    await ready;
    const when = nextDailyAlarm(await getSettings(db), apis.now());
    if (when === null) await apis.alarms.clear(DAILY_CARD_ALARM);
    else await apis.alarms.create(DAILY_CARD_ALARM, { when });
  }
  async function onAlarm(name: string) {
    if (name !== DAILY_CARD_ALARM) return;
    await ready;
    const settings = await getSettings(db);
    const note = settings.dailyCard ? await dailyNotification(db, apis.now(), settings.homeCountry) : null;
    if (note && (await apis.canNotify())) await apis.notify(DAILY_CARD_ALARM, note);
    await schedule();
  }
  return {
    schedule,
    onAlarm,
    afterRequest(type) {
      if (DAILY_CARD_TRIGGERS.has(String(type))) schedule().catch((e: unknown) => console.error('Glocal: scheduling the daily card failed', e));
    },
  };
}
