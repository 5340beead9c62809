/**
 * Practice in the side panel: the focus list fills from a real draft's recipients (counts only),
 * the daily card shows, a whole session is answered, and the next due date changes.
 */

async function panelAfterDraft(h) {
  const page = await h.openDemo('gmail');
  // The badge appears once the background has analysed the draft (and counted its countries).
  await page.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
  const panel = await h.openExtensionPage('sidepanel.html#practice');
  await panel.getByTestId('practice').waitFor({ timeout: 15_000 });
  return { page, panel };
}

export default [
  {
    name: 'focus list from recipients; answer a session and see the next due date change',
    async run(h) {
      const { panel } = await panelAfterDraft(h);
      const practice = panel.getByTestId('practice');
      // The demo draft goes to Germany and Japan: both are on the focus list with a count.
      await practice.getByTestId('focus-row').first().waitFor({ timeout: 15_000 });
      const focus = await practice.getByTestId('focus-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-country')));
      h.assert.ok(focus.includes('DE') && focus.includes('JP'), `focus list: ${focus.join(', ')}`);
      await practice
        .getByTestId('daily-card')
        .waitFor({ timeout: 30_000 })
        .catch(async (e) => {
          throw new Error(`no daily card; the practice view shows: ${(await practice.innerText()).slice(0, 600)} (${e.message})`);
        });
      h.assert.match(await practice.getByTestId('daily-card').innerText(), /Sources|Quellen|Source/);

      const nextDue = practice.getByTestId('next-due');
      const before = (await nextDue.innerText()).trim();
      let answered = 0;
      for (let i = 0; i < 20; i++) {
        const question = practice.getByTestId('question');
        if (!(await question.count())) break;
        await question.getByTestId('choice').nth(i % 3).click();
        await question.getByTestId('feedback').waitFor({ timeout: 15_000 });
        h.assert.match(await question.getByTestId('question-next-due').innerText(), /\d/);
        answered++;
        if (answered === 1) {
          // The progress view's next due date moves as soon as the first answer is saved.
          await panel.waitForFunction((b) => document.querySelector('[data-testid="next-due"]')?.textContent?.trim() !== b, before, { timeout: 10_000 });
        }
        await question.getByTestId('next-question').click();
      }
      h.assert.ok(answered >= 3, `answered ${answered} questions`);
      await practice.getByTestId('session-done').waitFor({ timeout: 10_000 });
      const after = (await nextDue.innerText()).trim();
      h.assert.notEqual(after, before, `next due changed: ${before} → ${after}`);
      await h.shot(panel, 'practice-session-done');

      // The background agrees, and the export carries the focus list (counts only) and the cards.
      const progress = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'practiceProgress' }));
      h.assert.equal(progress.ok, true, JSON.stringify(progress));
      h.assert.ok(progress.data.nextDue > Date.now(), 'the next review lies ahead');
      h.assert.equal(progress.data.answers30d, answered);
      const exported = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'exportData' }));
      const data = JSON.parse(exported.data.json);
      h.assert.equal(data.learning.length, answered);
      for (const f of data.focus) h.assert.deepEqual(Object.keys(f).sort(), ['count', 'country', 'hidden', 'pinned']);
      h.assert.ok(!JSON.stringify(data.focus).includes('@'), 'no address in the focus list');
    },
  },
  {
    name: 'pin a country in the focus editor and practise it',
    async run(h) {
      const panel = await h.openExtensionPage('sidepanel.html#practice');
      const practice = panel.getByTestId('practice');
      await practice.getByTestId('focus-add-country').waitFor({ timeout: 15_000 });
      // A fresh profile has no focus country yet: no questions.
      h.assert.equal(await practice.getByTestId('question').count(), 0);
      await practice.getByTestId('focus-add-country').selectOption('SA');
      await practice.getByTestId('focus-add').click();
      const question = practice.getByTestId('question');
      await question.waitFor({ timeout: 15_000 });
      h.assert.match(await question.innerText(), /Saudi Arabia|Saudi-Arabien|Arabie/);
      await question.getByTestId('choice').first().click();
      await question.getByTestId('feedback').waitFor({ timeout: 15_000 });
      await h.shot(panel, 'practice-question-feedback');
    },
  },
];
