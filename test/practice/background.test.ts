/**
 * Practice through the real background entrypoint under WXT's fakeBrowser: recipients seen in a
 * draft fill the focus list (once per draft), and the daily-card alarm follows the settings and
 * shows a notification when it fires.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background/index';
import { contentSender, send, stubExtensionApis, uiSender } from '../background/fake-runtime';
import { DAILY_CARD_ALARM } from '../../lib/practice/notify';

const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [
    { email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' },
    { email: 'k.tanaka@kyoto-seiki.co.jp', name: 'Kenji Tanaka', field: 'to' },
  ],
  subject: 'Angebot',
  body: 'Dear Mr Müller, dear Mr Tanaka,\n\nplease find our offer attached.\n\nKind regards, Alex',
  thread: [],
};

describe('practice in the background', () => {
  let apis: ReturnType<typeof stubExtensionApis>;
  beforeAll(() => {
    fakeBrowser.reset();
    apis = stubExtensionApis();
    background.main();
  });

  it('counts the countries of a draft once, whatever the number of edits', async () => {
    expect((await send({ type: 'snapshot', snapshot }, contentSender)).ok).toBe(true);
    expect((await send({ type: 'snapshot', snapshot: { ...snapshot, body: `${snapshot.body} More.` } }, contentSender)).ok).toBe(true);
    const today = await send({ type: 'practiceToday' }, uiSender);
    expect(today.ok, today.error).toBe(true);
    expect(today.data.focus).toEqual([
      { country: 'DE', count: 1, pinned: false, hidden: false },
      { country: 'JP', count: 1, pinned: false, hidden: false },
    ]);
    expect(today.data.session.length).toBeGreaterThan(0);
    // Only the extension's pages may practise.
    expect((await send({ type: 'practiceToday' }, contentSender)).ok).toBe(false);
  });

  it('arms the daily-card alarm only when the user turns it on, and notifies when it fires', async () => {
    expect(await fakeBrowser.alarms.get(DAILY_CARD_ALARM)).toBeFalsy();
    const on = await send({ type: 'setSettings', settings: { dailyCard: true, dailyCardTime: '07:30' } }, uiSender);
    expect(on.ok, on.error).toBe(true);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(DAILY_CARD_ALARM)).toBeTruthy());
    const alarm = (await fakeBrowser.alarms.get(DAILY_CARD_ALARM))!;
    const when = new Date(alarm.scheduledTime);
    expect([when.getHours(), when.getMinutes()]).toEqual([7, 30]);
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());

    const create = vi.fn(async () => DAILY_CARD_ALARM);
    apis.notifications.create = create;
    // `notifications` is an optional permission: without it, the alarm shows nothing.
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await new Promise((r) => setTimeout(r, 200));
    expect(create).not.toHaveBeenCalled();
    apis.state.permissions.push('notifications');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(options.title).toMatch(/^Glocal · /);
    expect(options.message.length).toBeGreaterThan(20);

    const off = await send({ type: 'setSettings', settings: { dailyCard: false } }, uiSender);
    expect(off.ok).toBe(true);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(DAILY_CARD_ALARM)).toBeFalsy());
  });
});
