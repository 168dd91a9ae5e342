/**
 * The import sidebar reading what the user gives it, in the real build/import.html with a stubbed
 * google.script.run: platform exports through the file input (a French Meta export, a UTF-16 X export,
 * GA4), pasted CSV, a file of the user's own through the column-matching step, broken files, and a
 * 50,000-line export. The preview's numbers are checked, and the one saveImport's readings are decoded
 * back to the rows the parser reads from the same files.
 */
import { randomBytes } from 'node:crypto';
import { addDays } from '../../src/core/dates';
import type { Page } from 'playwright-core';
import { parseExport } from '../../src/core/import';
import { parseExportFile } from '../../src/core/import/file';
import type { TrackingRow } from '../../src/core/tracking';
import { describeInBrowser, screenshotPath } from '../support/browser';
import {
  fixture,
  importData,
  importRequests,
  openImport,
  rowsOfDigest,
  startImportServer,
  textFile,
  TODAY,
  type ImportServer,
} from '../support/import-harness';
import { WAIT, usePageSession } from '../support/page-server';
import { recordedCalls } from '../support/script-run-stub';
import { focused } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

/** How long handing a 10 MB file to the page may take on a loaded machine. */
const LARGE_FILE_WAIT = 30_000;

const sorted = (rows: readonly TrackingRow[]) =>
  [...rows].sort((a, b) => (a.date + a.channel + a.kpi).localeCompare(b.date + b.channel + b.kpi));

/** The rows the parser reads from a fixture, as the sidebar reads it (bytes, file name, the sheet's locale). */
function parsedRows(name: string, locale: string): TrackingRow[] {
  const preview = parseExportFile(new Uint8Array(fixture(name).buffer), { fileName: name, locale, today: TODAY, kpiOverrides: {} });
  expect(preview.fatal).toBeUndefined();
  return preview.rows;
}

describeInBrowser('import sidebar, reading files', () => {
  const session = usePageSession(startImportServer);
  let page: Page;
  let server: ImportServer;
  beforeEach(() => ({ page, server } = session));

  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  /** The preview's section for one file (or the pasted text). */
  const card = (name: string) => page.locator('section.source').filter({ has: page.getByRole('heading', { name, exact: true }) });
  const fact = (name: string, which: 'readings' | 'rejected' | 'ignored') => card(name).locator(`[data-fact="${which}"]`).textContent();
  /** A fact of a card's definition list, by its term. */
  const term = (name: string, dt: string) =>
    card(name).locator('dt', { hasText: dt }).locator('xpath=following-sibling::dd[1]').textContent();

  async function waitForView(title: string): Promise<void> {
    await page.waitForSelector(`main h1:text-is("${title}")`);
  }

  async function callNames(): Promise<string[]> {
    return (await recordedCalls(page)).map((c) => c.name);
  }

  test('French: a French Meta export and a UTF-16 X export through the file input, previewed, then one saveImport', async () => {
    await openImport(page, server.url, { data: importData('fr') });
    await waitForView('Importer les données des plateformes');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await page.getByLabel('Fichiers d’export').setInputFiles([fixture('meta-facebook-fr.csv'), fixture('x-overview-utf16le-tab.csv')]);
    await expect(page.locator('.file-list li').allTextContents()).resolves.toEqual(['meta-facebook-fr.csv', 'x-overview-utf16le-tab.csv']);
    await button('Lire les fichiers').click();
    await waitForView('Vérifier avant d’importer');
    expect((await focused(page)).tag).toBe('h1');

    await expect(term('meta-facebook-fr.csv', 'Lu comme')).resolves.toBe('Meta Business Suite');
    await expect(term('meta-facebook-fr.csv', 'Canal')).resolves.toBe('Facebook');
    await expect(fact('meta-facebook-fr.csv', 'readings')).resolves.toBe('21');
    await expect(term('meta-facebook-fr.csv', 'Dates')).resolves.toBe('du 12/01/2026 au 14/01/2026');
    await expect(fact('meta-facebook-fr.csv', 'ignored')).resolves.toBe('1');
    await card('meta-facebook-fr.csv').locator('.ignored summary').click();
    await expect(card('meta-facebook-fr.csv').locator('.ignored li').allTextContents()).resolves.toEqual([
      "« Taux d'interaction » : taux ou moyenne calculé par la plateforme ; le module calcule le sien à partir des composantes.",
    ]);
    await expect(term('x-overview-utf16le-tab.csv', 'Lu comme')).resolves.toBe('X');
    await expect(fact('x-overview-utf16le-tab.csv', 'readings')).resolves.toBe('12');
    await expect(term('x-overview-utf16le-tab.csv', 'Dates')).resolves.toBe('du 01/04/2026 au 02/04/2026');
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('33 relevés de 2 sources.');
    await expect(page.locator('.plan').textContent()).resolves.toBe('33 nouveaux, 0 remplacé, 0 ignoré.');
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('import-fr-preview-meta-x'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await button('Importer 33 relevés').click();
    await waitForView('Relevés importés');
    await expect(page.locator('.done-summary').textContent()).resolves.toBe(
      '33 relevés ajoutés, 0 remplacé, 0 ignoré dans la feuille « Suivi ».',
    );
    expect(await callNames()).toEqual(['loadImport', 'saveImport']);
    const [request] = await importRequests(page);
    expect(request.mode).toBe('skip');
    const sent = rowsOfDigest(request.readings);
    expect(sent).toEqual(sorted([...parsedRows('meta-facebook-fr.csv', 'fr_FR'), ...parsedRows('x-overview-utf16le-tab.csv', 'fr_FR')]));
    // Spot checks against the files themselves: "1 234" with a no-break space, "1 205" in UTF-16 with tabs.
    expect(sent).toContainEqual({
      date: '2026-01-12',
      channel: 'facebook',
      kpi: 'reach',
      value: 1234,
      source: 'Export Meta · meta-facebook-fr.csv',
    });
    expect(sent).toContainEqual({
      date: '2026-04-01',
      channel: 'x',
      kpi: 'impressions',
      value: 1205,
      source: 'Export X · x-overview-utf16le-tab.csv',
    });
    expect(sent.filter((r) => r.channel === 'facebook')).toHaveLength(21);
  });

  test('pasted CSV text is read like a file, named "Pasted text", and sent with its source', async () => {
    await openImport(page, server.url, { data: importData('en') });
    const csv = ['Date,Impressions,Likes,Replies,Reposts', '"Mon, Mar 9, 2026",2199,12,2,0', '"Tue, Mar 10, 2026",2871,24,1,1'].join('\n');
    await page.getByLabel('Or paste CSV text (optional)').fill(csv);
    await button('Read the files').click();
    await waitForView('Check before importing');
    await expect(term('Pasted text', 'Read as')).resolves.toBe('X');
    await expect(fact('Pasted text', 'readings')).resolves.toBe('8');
    await expect(term('Pasted text', 'Dates')).resolves.toBe('Mar 9, 2026 to Mar 10, 2026');
    await button('Import 8 readings').click();
    await waitForView('Readings imported');
    const [request] = await importRequests(page);
    const expected = parseExport({ text: csv, locale: 'en_US', today: TODAY, kpiOverrides: {} }).rows;
    expect(rowsOfDigest(request.readings)).toEqual(sorted(expected));
    expect(rowsOfDigest(request.readings)).toContainEqual({
      date: '2026-03-10',
      channel: 'x',
      kpi: 'reactions',
      value: 24,
      source: 'X export (pasted)',
    });
    expect(await callNames()).toEqual(['loadImport', 'saveImport']);
  });

  test("a file of the user's own goes through the column-matching step, prefilled, checked, then read with the choices", async () => {
    await openImport(page, server.url, { data: importData('fr') });
    await page.getByLabel('Fichiers d’export').setInputFiles([fixture('unknown-own-sheet.csv')]);
    await button('Lire les fichiers').click();
    await waitForView('Faire correspondre les colonnes');
    const select = (label: string) => page.getByLabel(label, { exact: true });
    await expect(select('Colonne de la date').inputValue()).resolves.toBe('Jour');
    await expect(select('Canal').inputValue()).resolves.toBe('column:Réseau');
    await expect(select('Portée').inputValue()).resolves.toBe('reach');
    await expect(select('Clics vers le site').inputValue()).resolves.toBe('website_clicks');
    await expect(select('Ventes').inputValue()).resolves.toBe('sales');
    await expect(select('Notes').inputValue()).resolves.toBe('');
    await expect(
      page
        .locator('.field', { has: select('Portée') })
        .locator('.sample')
        .textContent(),
    ).resolves.toBe('Première ligne : 1 200');
    await page.screenshot({ path: screenshotPath('import-fr-mapping-prefilled'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Refused choices: no date, and one KPI for two columns; each said next to its select, and announced.
    await select('Colonne de la date').selectOption('');
    await select('Ventes').selectOption('reach');
    await button('Lire avec ces colonnes').click();
    const errorOf = (label: string) => page.locator('.field', { has: select(label) }).locator('.field-error');
    await expect(errorOf('Colonne de la date').textContent()).resolves.toBe('Choisissez la colonne qui contient la date.');
    await expect(errorOf('Ventes').textContent()).resolves.toBe(
      'Portée est déjà lu dans « Portée » : choisissez-le pour une seule colonne.',
    );
    await expect(select('Colonne de la date').getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = await errorOf('Colonne de la date').getAttribute('id');
    await expect(select('Colonne de la date').getAttribute('aria-describedby')).resolves.toContain(errorId);
    expect((await focused(page)).name).toBe('Colonne de la date');
    await page.waitForFunction(() => document.querySelector('main > [role="status"]')?.textContent === '2 choix à corriger.', undefined, {
      timeout: WAIT,
    });
    await page.screenshot({ path: screenshotPath('import-fr-mapping-errors'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Fixed: the errors go as the choices change.
    await select('Colonne de la date').selectOption('Jour');
    expect(await errorOf('Colonne de la date').count()).toBe(0);
    await select('Ventes').selectOption('customers');
    expect(await errorOf('Ventes').count()).toBe(0);
    await button('Lire avec ces colonnes').click();

    await waitForView('Vérifier avant d’importer');
    await expect(term('unknown-own-sheet.csv', 'Lu comme')).resolves.toBe('Fichier CSV (votre correspondance)');
    await expect(term('unknown-own-sheet.csv', 'Canal')).resolves.toBe('Instagram, Snapchat, Facebook');
    await expect(fact('unknown-own-sheet.csv', 'readings')).resolves.toBe('9');
    await expect(term('unknown-own-sheet.csv', 'Dates')).resolves.toBe('du 05/02/2026 au 06/02/2026');
    await button('Importer 9 relevés').click();
    await waitForView('Relevés importés');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    expect(sent).toHaveLength(9);
    expect(sent).toContainEqual({
      date: '2026-02-05',
      channel: 'instagram',
      kpi: 'reach',
      value: 1200,
      source: 'Import CSV · unknown-own-sheet.csv',
    });
    expect(sent).toContainEqual({
      date: '2026-02-05',
      channel: 'Snapchat',
      kpi: 'website_clicks',
      value: 4,
      source: 'Import CSV · unknown-own-sheet.csv',
    });
    expect(sent).toContainEqual({
      date: '2026-02-06',
      channel: 'facebook',
      kpi: 'customers',
      value: 1,
      source: 'Import CSV · unknown-own-sheet.csv',
    });
    expect(sent.some((r) => r.kpi === 'sales')).toBe(false);
    expect(await callNames()).toEqual(['loadImport', 'saveImport']);
  });

  test('broken files are fatal each with its reason and nothing to import; a good file beside them is still imported', async () => {
    await openImport(page, server.url, { data: importData('en') });
    const junk = randomBytes(10 * 1024 * 1024);
    junk[0] = 0; // random bytes hold NULs anyway; this one makes it certain
    await page.getByLabel('Export files').setInputFiles(
      [
        textFile('empty.csv', ''),
        fixture('broken-header-only.csv'),
        textFile('junk.csv', junk),
        // the start of an .xlsx: a zip whose first entries name the workbook's parts
        textFile(
          'insights.xlsx',
          Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from('xl/workbook.xml'), randomBytes(2000)]),
        ),
        fixture('meta-facebook-reach-utf16le.csv'),
      ],
      // Handing 10 MB to Chromium is slow on a loaded machine: a transfer time, not the add-on's.
      { timeout: LARGE_FILE_WAIT },
    );
    await button('Read the files').click();
    await waitForView('Check before importing');
    const problem = (name: string) => card(name).locator('.problem').textContent();
    await expect(problem('empty.csv')).resolves.toBe('The file is empty.Nothing will be imported from this file.');
    await expect(problem('broken-header-only.csv')).resolves.toBe(
      'The file has a header but no data lines.Nothing will be imported from this file.',
    );
    await expect(problem('junk.csv')).resolves.toContain('This is not a CSV text file');
    expect(await card('junk.csv').getByRole('checkbox').count()).toBe(0);
    await expect(problem('insights.xlsx')).resolves.toBe(
      'This is an Excel workbook, not a CSV file. In Excel, choose File → Save As (or Save a Copy), pick the file type ' +
        '“CSV UTF-8 (Comma delimited) (.csv)”, and import the file it saves.Nothing will be imported from this file.',
    );
    await expect(fact('meta-facebook-reach-utf16le.csv', 'readings')).resolves.toBe('3');
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('3 readings from 1 source.');
    await expect(page.locator('.totals .note').first().textContent()).resolves.toBe('4 files give nothing to import.');
    await page.screenshot({ path: screenshotPath('import-en-broken'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await button('Import 3 readings').click();
    await waitForView('Readings imported');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    expect(sent.map((r) => [r.date, r.channel, r.kpi, r.value])).toEqual([
      ['2026-02-01', 'facebook', 'reach', 1520],
      ['2026-02-02', 'facebook', 'reach', 1784],
      ['2026-02-03', 'facebook', 'reach', 0],
    ]);
  });

  test('only broken files: no import button, and nothing is sent', async () => {
    await openImport(page, server.url, { data: importData('en') });
    await page
      .getByLabel('Export files')
      .setInputFiles([textFile('empty.csv', ''), fixture('broken-header-only.csv'), textFile('junk.csv', randomBytes(10 * 1024 * 1024))], {
        timeout: LARGE_FILE_WAIT,
      });
    await button('Read the files').click();
    await waitForView('Check before importing');
    expect(await page.locator('section.source.fatal').count()).toBe(3);
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('There is nothing to import yet.');
    expect(await button(/^Import/).count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await callNames()).toEqual(['loadImport']);
  });

  test('nothing chosen: the error is next to the file input, announced, and goes once a file is chosen', async () => {
    await openImport(page, server.url, { data: importData('en') });
    await button('Read the files').click();
    const input = page.getByLabel('Export files');
    await expect(page.locator('.field', { has: input }).locator('.field-error').textContent()).resolves.toBe(
      'Choose a file or paste CSV text first.',
    );
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await focused(page)).name).toBe('Export files');
    await page.waitForFunction(
      () => document.querySelector('main > [role="status"]')?.textContent === 'Choose a file or paste CSV text first.',
      undefined,
      { timeout: WAIT },
    );
    await page.screenshot({ path: screenshotPath('import-en-pick-error'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await input.setInputFiles([fixture('tiktok-overview.csv')]);
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await callNames()).toEqual(['loadImport']);
  });

  test('GA4: lines left out with their line and reason, other sources left out, and the KPI of "Key events" chosen in the preview', async () => {
    await openImport(page, server.url, { data: importData('en') });
    await page.getByLabel('Export files').setInputFiles([fixture('ga4-traffic-acquisition.csv'), fixture('broken-mixed-delimiters.csv')]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    await expect(term('ga4-traffic-acquisition.csv', 'Dates')).resolves.toBe('Totals from Jan 1, 2026 to Jan 31, 2026, dated Jan 31, 2026');
    await expect(term('ga4-traffic-acquisition.csv', 'Other traffic sources left out')).resolves.toBe(
      '3 · (direct) / (none) (1), google / organic (1), partner-blog.example / referral (1)',
    );
    await expect(fact('ga4-traffic-acquisition.csv', 'readings')).resolves.toBe('10');
    // A line split by semicolons under a comma header: the file is no table, refused whole with the line named.
    await expect(card('broken-mixed-delimiters.csv').locator('.problem p').first().textContent()).resolves.toBe(
      'This file is not one table: its header is separated by commas, but line 3 by semicolons. Export it again, or separate every line by commas.',
    );

    const keyEvents = page.getByLabel('Import “Key events” as');
    await keyEvents.focus();
    await keyEvents.selectOption('email_signups');
    await expect(fact('ga4-traffic-acquisition.csv', 'readings')).resolves.toBe('15');
    expect((await focused(page)).name).toBe('Import “Key events” as');
    await button('Import 15 readings').click();
    await waitForView('Readings imported');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    const signups = sent.filter((r) => r.kpi === 'email_signups');
    expect(signups.map((r) => [r.date, r.channel, r.value])).toEqual([
      ['2026-01-31', 'facebook', 8],
      ['2026-01-31', 'instagram', 3],
      ['2026-01-31', 'linkedin', 1],
      ['2026-01-31', 'newsletter', 5],
      ['2026-01-31', 'x', 0],
    ]);
  });

  test('more than 20 lines left out: the first 20, then "and N more"', async () => {
    await openImport(page, server.url, { data: importData('en') });
    const lines = ['Date,Impressions,Likes', '"Mon, Mar 9, 2026",10,1'];
    for (let i = 0; i < 25; i++) lines.push(`"not a date ${i}",10,1`);
    await page.getByLabel('Export files').setInputFiles([textFile('x-bad-dates.csv', lines.join('\n'))]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    await expect(fact('x-bad-dates.csv', 'rejected')).resolves.toBe('25');
    const items = await card('x-bad-dates.csv').locator('.rejections li').allTextContents();
    expect(items).toHaveLength(21);
    expect(items[0]).toBe('Line 3: "not a date 0" is not a date.');
    expect(items[19]).toBe('Line 22: "not a date 19" is not a date.');
    expect(items[20]).toBe('and 5 more');
  });

  test('a 50,000-line export and two more files: progress for each file, then every reading sent once', async () => {
    await openImport(page, server.url, { data: importData('en') });
    const sources = ['facebook.com / referral', 'l.instagram.com / referral', 'newsletter / email', 'google / organic'];
    const lines = ['Date,Session source / medium,Sessions,Total revenue'];
    const expectedVisits = new Map<string, number>();
    // 50,000 lines: every day of 2025 and the start of 2026, four sources a day, one line each.
    for (let i = 0; i < 50_000; i++) {
      const day = addDays('2025-01-01', Math.floor(i / 4) % 365).replace(/-/g, '');
      const source = sources[i % 4];
      const sessions = (i % 97) + 1;
      lines.push(`${day},${source},${sessions},${sessions * 2}`);
      if (source !== 'google / organic') {
        const channel = source.startsWith('facebook') ? 'facebook' : source.includes('instagram') ? 'instagram' : 'newsletter';
        expectedVisits.set(channel, (expectedVisits.get(channel) ?? 0) + sessions);
      }
    }
    // Every progress text the page shows, recorded as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.progress-text')?.textContent;
        const bar = document.querySelector('.progress-status progress');
        if (text && bar && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page
      .getByLabel('Export files')
      .setInputFiles([textFile('ga4-big.csv', lines.join('\n')), fixture('tiktok-overview.csv'), fixture('linkedin-page-metrics.csv')]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress).toEqual([
      'Reading file 1 of 3: ga4-big.csv…',
      'Reading file 2 of 3: tiktok-overview.csv…',
      'Reading file 3 of 3: linkedin-page-metrics.csv…',
    ]);
    await expect(term('ga4-big.csv', 'Other traffic sources left out')).resolves.toBe('12,500 · google / organic (12,500)');
    // 365 days × 3 channels (Facebook, Instagram, Newsletter) × 2 KPIs (visits, revenue).
    await expect(fact('ga4-big.csv', 'readings')).resolves.toBe('2,190');
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('2,228 readings from 3 sources.');
    await button('Import 2,228 readings').click();
    await waitForView('Readings imported');
    expect(await callNames()).toEqual(['loadImport', 'saveImport']);
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    const visits = new Map<string, number>();
    for (const r of sent) if (r.kpi === 'visits') visits.set(r.channel, (visits.get(r.channel) ?? 0) + r.value);
    expect(visits).toEqual(expectedVisits);
    expect(sent.filter((r) => r.source === 'GA4 export · ga4-big.csv')).toHaveLength(2190);
    expect(sent.filter((r) => r.channel === 'tiktok')).toHaveLength(20);
    expect(sent.filter((r) => r.channel === 'linkedin')).toHaveLength(18);
  });
});
