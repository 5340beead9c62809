/**
 * The optional daily-card notification (off by default; Settings.dailyCard and dailyCardTime).
 * This module only computes *when* and *what*; the background owns `browser.alarms` and
 * `browser.notifications` and passes in what is needed, so lib/ stays free of browser APIs.
 */
import type { GlocalDb } from '../db/schema';
import type { Settings } from '../protocol';
import { pickDailyCard, type DailyCard } from './daily';
import { dayKey } from './progress';
import { focusCountries } from '../db/practice';

/** The alarm's name, shared by the background's scheduling and its listener. */
export const DAILY_CARD_ALARM = 'glocal-daily-card';

/** Requests after which the background re-arms the alarm (they can change the settings). */
export const DAILY_CARD_TRIGGERS: ReadonlySet<string> = new Set(['setSettings', 'importData', 'resetData']);

/**
 * The next time (ms) the card should be shown: today at `HH:MM` local time if that is still
 * ahead, else tomorrow. Null when the user has not turned the notification on.
 */
export function nextDailyAlarm(settings: Pick<Settings, 'dailyCard' | 'dailyCardTime'>, now: Date): number | null {
  if (!settings.dailyCard) return null;
  const m = /^(\d\d):(\d\d)$/.exec(settings.dailyCardTime);
  if (!m) return null;
  const h = Math.min(23, Number(m[1]));
  const min = Math.min(59, Number(m[2]));
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, min, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** The notification text of a card: title, then the tip and its first source. */
export function notificationOf(card: DailyCard): { title: string; message: string } {
  // Notification bodies are cut by the OS around a few hundred characters; cut at a word boundary
  // ourselves, and cut the tip rather than the source, so the card always says where it is from.
  const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);
  const source = card.sources[0] ? ` (${cut(card.sources[0], 120)})` : '';
  return { title: `Glocal · ${card.title}`, message: `${cut(card.text, 300 - source.length)}${source}` };
}

/** Today's card as a notification, or null when there is no focus country yet. */
export async function dailyNotification(db: GlocalDb, now: Date, home: string | null): Promise<{ title: string; message: string } | null> {
  const card = pickDailyCard(await focusCountries(db), dayKey(now), now, home);
  return card ? notificationOf(card) : null;
}
