/**
 * "Prepare for a call" on a CRM record (issue #17): the Salesforce demo record's side panel
 * offers the call brief prefilled from the record, shows call windows, and exports Markdown.
 * The print layout keeps only the call brief.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export default [
  {
    name: 'CRM record: prepare for a call with the contact, prefilled from the record, and export it as Markdown',
    async run(h) {
      const page = await h.openDemo('salesforce');
      await page.locator('glocal-badge').first().waitFor({ state: 'attached', timeout: 20_000 });
      await page.bringToFront();
      const sw = await h.serviceWorker();
      const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
      h.assert.ok(tabId !== null, 'the demo tab is known to the extension');
      const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      // The call brief has its own tab in the side panel.
      await panel.getByRole('tab', { name: 'Call brief' }).click();
      const open = panel.getByTestId('callprep-open');
      await open.waitFor({ timeout: 20_000 });
      h.assert.match(await open.textContent(), /Prepare for a call with Ana Souza/);
      await open.click();
      const prep = panel.getByTestId('callprep');
      await prep.waitFor({ timeout: 20_000 });
      // Prefilled from the record: job title and company; the country comes from "Brasil".
      h.assert.equal(await panel.getByTestId('callprep-title').inputValue(), 'Diretora de Compras');
      h.assert.match(await panel.getByTestId('callprep-company').inputValue(), /Metalúrgica Paulista/);
      const text = await prep.textContent();
      h.assert.match(text, /Brazil/);
      h.assert.match(text, /senior title/, 'the job title sets rank-matching advice');
      h.assert.match(await panel.getByTestId('callprep-localtime').textContent(), /America\/Sao_Paulo/);
      h.assert.ok((await panel.getByTestId('callprep-windows').locator('li').count()) >= 1, 'at least one call window');
      await h.shot(panel, 'callprep-sidepanel');
      await panel.evaluate(AXE);
      const serious = await panel.evaluate(async () =>
        (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      );
      h.assert.deepEqual(serious, [], `axe: ${serious.join(', ')}`);

      const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 15_000 }), panel.getByTestId('callprep-export').click()]);
      h.assert.equal(download.suggestedFilename(), 'glocal-call-BR.md');
      const md = readFileSync(await download.path(), 'utf8');
      h.assert.match(md, /^# Call with Ana Souza \(Diretora de Compras, Metalúrgica Paulista Ltda\.\) — Brazil/);
      h.assert.match(md, /## Before the call/);
      h.assert.match(md, /### Best call windows/);
      h.assert.match(md, /### Holidays and seasons ahead/);
      h.assert.match(md, /## Call brief: Brazil/);
      writeFileSync(join(root, 'demo-output', 'e2e', 'callprep-example.md'), md);

      // Print: only the call brief, not the country-only brief panel below it.
      await panel.emulateMedia({ media: 'print' });
      await panel.evaluate(() => (document.documentElement.dataset.print = 'callprep'));
      h.assert.ok(await prep.isVisible(), 'the call brief prints');
      h.assert.equal(await panel.getByTestId('brief-to').isVisible(), false, 'the country picker of the plain brief does not print');
      // One or two A4 pages.
      const pdf = (await panel.pdf({ format: 'A4' })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      h.assert.ok(pages >= 1 && pages <= 2, `the call brief prints on ${pages} pages`);
      writeFileSync(join(root, 'demo-output', 'e2e', 'callprep-print.pdf'), Buffer.from(pdf, 'latin1'));
    },
  },
];
