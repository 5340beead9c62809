/**
 * Firefox has neither Chrome's Translator nor its Prompt API: the sidebar's Draft tab shows nothing
 * of the on-device translation and rewrite (hidden, not broken), and the rest of it works.
 */
const BADGE = 'glocal-badge, [data-glocal-badge]';
const EDITOR = '[g_editable="true"]';

export default [
  {
    name: 'on-device translation and rewrite are hidden in Firefox, the Draft tab works',
    async run(h) {
      const page = await h.openDemo('gmail');
      await page.waitForSelector(BADGE, { timeout: 20_000 });
      await page.bringToFront();
      await page.click(EDITOR);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type('Hi Hans,\n\ncould you send me the revised quote by Friday?\n\nCheers,\nAlex');
      const { panel } = await h.openPanel();
      await panel.waitForFunction(() => [...document.querySelectorAll('[data-testid="suggestion"]')].some((s) => s.textContent.includes('Cheers')), { timeout: 20_000, polling: 200 });
      const seen = await panel.evaluate(() => ({
        translator: typeof globalThis.Translator,
        languageModel: typeof globalThis.LanguageModel,
        card: document.querySelectorAll('[data-testid="ondevice"], [data-testid="ondevice-off"]').length,
        verdict: document.querySelector('[data-testid="verdict"]')?.textContent ?? '',
      }));
      h.assert.deepEqual({ translator: seen.translator, languageModel: seen.languageModel, card: seen.card }, { translator: 'undefined', languageModel: 'undefined', card: 0 });
      h.assert.match(seen.verdict, /Germany|Japan/);
    },
  },
];
