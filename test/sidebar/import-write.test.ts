/**
 * The import sidebar writing, in the real build/import.html with a stubbed google.script.run: readings
 * Tracking already has (replace or skip, the chosen mode sent), readings two files both give (once when
 * they agree, neither when they do not), the write in progress, the server's
 * refusals (busy, an invalid reading, a failure, no answer) with nothing the user chose lost, the
 * language switch, and a load that fails.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath } from '../support/browser';
import {
  fixture,
  historyOf,
  importData,
  importRequests,
  openImport,
  rowsOfDigest,
  startImportServer,
  textFile,
  type ImportServer,
} from '../support/import-harness';
import { WAIT, usePageSession } from '../support/page-server';
import { installStub, recordedCalls, releaseHeld } from '../support/script-run-stub';
import { focused } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

/** Two of the three readings of meta-facebook-reach-utf16le.csv (1520, 1784, 0 from Feb 1 to 3): one the same, one different. */
const EXISTING = historyOf([
  { date: '2026-02-01', channel: 'facebook', kpi: 'reach', value: 1520 },
  { date: '2026-02-02', channel: 'Facebook', kpi: 'reach', value: 1000 },
  { date: '2026-02-02', channel: 'instagram', kpi: 'reach', value: 50 },
]);

const REACH_FILE = 'meta-facebook-reach-utf16le.csv';

describeInBrowser('import sidebar, writing', () => {
  const session = usePageSession(startImportServer);
  let page: Page;
  let server: ImportServer;
  beforeEach(() => ({ page, server } = session));

  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  const radio = (name: string) => page.getByRole('radio', { name, exact: true });

  async function waitForView(title: string): Promise<void> {
    await page.waitForSelector(`main h1:text-is("${title}")`);
  }

  async function callNames(): Promise<string[]> {
    return (await recordedCalls(page)).map((c) => c.name);
  }

  async function readFiles(
    names: string[],
    pick = 'Export files',
    read = 'Read the files',
    preview = 'Check before importing',
  ): Promise<void> {
    await page.getByLabel(pick).setInputFiles(names.map(fixture));
    await button(read).click();
    await waitForView(preview);
  }

  test('readings already in Tracking: told how many, "Skip" chosen unless changed, and the chosen mode is sent', async () => {
    await openImport(page, server.url, { data: importData('en', EXISTING) });
    await readFiles([REACH_FILE]);
    await expect(page.locator('.overlap').textContent()).resolves.toBe(
      '2 of these readings are already in the Tracking sheet (Feb 1, 2026 to Feb 2, 2026), 1 with a different value. Replace them, or keep the existing ones?',
    );
    const group = page.getByRole('radiogroup', { name: 'Readings already in the sheet' });
    expect(await group.count()).toBe(1);
    await expect(radio('Skip them and keep the sheet’s values').isChecked()).resolves.toBe(true);
    await expect(radio('Replace them with the imported values').isChecked()).resolves.toBe(false);
    await expect(page.locator('.option-hint').first().textContent()).resolves.toBe('Chosen by default.');
    await expect(page.locator('.plan').textContent()).resolves.toBe('1 new, 0 replaced, 2 skipped.');
    expect(await button('Import 1 reading').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('import-en-overlap'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await radio('Replace them with the imported values').check();
    await expect(page.locator('.plan').textContent()).resolves.toBe('1 new, 2 replaced, 0 skipped.');
    expect((await focused(page)).name).toBe('Replace them with the imported values');
    await radio('Skip them and keep the sheet’s values').check();
    await radio('Replace them with the imported values').check();
    await button('Import 3 readings').click();
    await waitForView('Readings imported');
    const [request] = await importRequests(page);
    expect(request.mode).toBe('replace');
    expect(rowsOfDigest(request.readings).map((r) => r.value)).toEqual([1520, 1784, 0]);
  });

  test('skip is sent when kept; after the import, the next preview counts the readings just written, without loading again', async () => {
    await openImport(page, server.url, {
      data: importData('en', EXISTING),
      answers: { saveImport: [{ result: { ok: true, value: { appended: 1, replaced: 0, skipped: 2, sheetName: 'Tracking' } } }] },
    });
    await readFiles([REACH_FILE]);
    await button('Import 1 reading').click();
    await waitForView('Readings imported');
    await expect(page.locator('.done-summary').textContent()).resolves.toBe(
      '1 reading added, 0 replaced, 2 skipped in the “Tracking” sheet.',
    );
    expect((await importRequests(page))[0].mode).toBe('skip');
    await page.screenshot({ path: screenshotPath('import-en-done-skip'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await button('Import more files').click();
    await waitForView('Import platform data');
    expect(await page.locator('.file-list').count()).toBe(0);
    await readFiles([REACH_FILE]);
    await expect(page.locator('.overlap').textContent()).resolves.toMatch(/^3 of these readings are already in the Tracking sheet/);
    await expect(page.locator('.note.hint-box').textContent()).resolves.toBe(
      'Every reading is already in the sheet: skipping them writes nothing.',
    );
    expect(await button(/^Import \d/).count()).toBe(0);
    await radio('Replace them with the imported values').check();
    await button('Import 3 readings').click();
    await waitForView('Readings imported');
    expect(await callNames()).toEqual(['loadImport', 'saveImport', 'saveImport']);
    expect((await importRequests(page))[1].mode).toBe('replace');
  });

  test('two exports of overlapping periods: a reading they agree on is sent once, those they disagree on are refused and named', async () => {
    // The reach of Feb 1 to 8, then an export of Feb 2 to 9 whose Feb 2 agrees and Feb 3 to 8 do not.
    const meta = (days: Array<[string, number]>) =>
      ['sep=,', '"Facebook reach"', '"Date","Primary"', ...days.map(([day, reach]) => `"2026-02-${day}T00:00:00","${reach}"`)].join('\n');
    const days = ['01', '02', '03', '04', '05', '06', '07', '08', '09'];
    const first = meta(days.slice(0, 8).map((day, i) => [day, 100 + i]));
    const second = meta(days.slice(1).map((day, i) => [day, i === 0 ? 101 : 200 + i]));
    await openImport(page, server.url, {
      data: importData('en', EXISTING),
      answers: { saveImport: [{ result: { ok: true, value: { appended: 2, replaced: 0, skipped: 1, sheetName: 'Tracking' } } }] },
    });
    await page.getByLabel('Export files').setInputFiles([textFile('reach-jan.csv', first), textFile('reach-feb.csv', second)]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('3 readings from 2 sources.');
    await expect(page.locator('.repeated').textContent()).resolves.toBe(
      '1 reading is also in another file with the same value: imported once.',
    );
    const collisions = page.locator('.collisions');
    await expect(collisions.locator('p').textContent()).resolves.toBe(
      '6 readings differ from one file to another, and nothing tells which value is right: they are not imported. Leave one of the files out, or export periods that do not overlap.',
    );
    await expect(collisions.locator('li').allTextContents()).resolves.toEqual([
      'Reach for Facebook on Feb 3, 2026: 102 in reach-jan.csv, 201 in reach-feb.csv',
      'Reach for Facebook on Feb 4, 2026: 103 in reach-jan.csv, 202 in reach-feb.csv',
      'Reach for Facebook on Feb 5, 2026: 104 in reach-jan.csv, 203 in reach-feb.csv',
      'Reach for Facebook on Feb 6, 2026: 105 in reach-jan.csv, 204 in reach-feb.csv',
      'Reach for Facebook on Feb 7, 2026: 106 in reach-jan.csv, 205 in reach-feb.csv',
      'and 1 more',
    ]);
    // Tracking's Feb 1 (1,520) and Feb 2 (1,000) differ from both files: asked about as for one file.
    await expect(page.locator('.overlap').textContent()).resolves.toBe(
      '2 of these readings are already in the Tracking sheet (Feb 1, 2026 to Feb 2, 2026), 2 with a different value. Replace them, or keep the existing ones?',
    );
    await expect(page.locator('.plan').textContent()).resolves.toBe('1 new, 0 replaced, 2 skipped.');
    await page.screenshot({ path: screenshotPath('import-en-collisions'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Français' }).click();
    await waitForView('Vérifier avant d’importer');
    await expect(collisions.locator('li').first().textContent()).resolves.toBe(
      'Portée pour Facebook le 03/02/2026 : 102 dans reach-jan.csv, 201 dans reach-feb.csv',
    );
    await expect(collisions.locator('li.more').textContent()).resolves.toBe('et 1 autre');
    await page.getByRole('button', { name: 'English' }).click();
    await waitForView('Check before importing');

    await radio('Replace them with the imported values').check();
    await button('Import 3 readings').click();
    await waitForView('Readings imported');
    const [request] = await importRequests(page);
    expect(rowsOfDigest(request.readings).map((r) => [r.date, r.value, r.source])).toEqual([
      ['2026-02-01', 100, 'Meta export · reach-jan.csv'],
      ['2026-02-02', 101, 'Meta export · reach-jan.csv'],
      ['2026-02-09', 207, 'Meta export · reach-feb.csv'],
    ]);
    await expect(page.locator('.done-collisions').textContent()).resolves.toBe(
      '6 readings the files gave with different values were not imported: import them from the file that is right.',
    );

    // Leaving a file out takes its readings away: nothing collides any more.
    await button('Import more files').click();
    await page.getByLabel('Export files').setInputFiles([textFile('reach-jan.csv', first), textFile('reach-feb.csv', second)]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    await page.getByRole('checkbox', { name: 'Import this file (reach-feb.csv)' }).uncheck();
    expect(await page.locator('.collisions, .repeated').count()).toBe(0);
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('8 readings from 1 source.');
  });

  test('busy: "Writing…" while the server works, then "someone else is writing" with a retry; nothing chosen is lost', async () => {
    await openImport(page, server.url, {
      data: importData('en', EXISTING),
      answers: { saveImport: [{ result: { ok: false, error: { kind: 'busy' } }, hold: true }] },
    });
    await readFiles([REACH_FILE, 'tiktok-overview.csv']);
    await page.getByRole('checkbox', { name: 'Import this file (tiktok-overview.csv)' }).uncheck();
    await radio('Replace them with the imported values').check();
    await button('Import 3 readings').click();

    const status = page.locator('.totals [role="status"]');
    await expect(status.textContent()).resolves.toBe('Writing to the sheet…');
    await expect(button('Import 3 readings').isDisabled()).resolves.toBe(true);
    await expect(button('Back').isDisabled()).resolves.toBe(true);
    expect((await focused(page)).name).toBe('Writing to the sheet…');
    await page.screenshot({ path: screenshotPath('import-en-writing'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await releaseHeld(page);
    const problem = page.locator('[role="alert"] .problem');
    await problem.waitFor();
    await expect(problem.locator('p').textContent()).resolves.toBe(
      'Someone else is writing to the sheet. Nothing was written: try again in a moment.',
    );
    await expect(status.textContent()).resolves.toBe('');
    expect((await focused(page)).name).toBe('Try again');
    await expect(button('Import 3 readings').isEnabled()).resolves.toBe(true);
    await expect(radio('Replace them with the imported values').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Import this file (tiktok-overview.csv)' }).isChecked()).resolves.toBe(false);
    await page.screenshot({ path: screenshotPath('import-en-busy'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await button('Try again').click();
    await waitForView('Readings imported');
    const requests = await importRequests(page);
    expect(requests).toHaveLength(2);
    expect(requests[1]).toEqual(requests[0]);
    expect(requests[1].mode).toBe('replace');
    expect(rowsOfDigest(requests[1].readings).every((r) => r.channel === 'facebook')).toBe(true);
  });

  test('invalidReadings: the reading is named with the reason, nothing was written, and the preview stays as it was', async () => {
    await openImport(page, server.url, {
      data: importData('en'),
      answers: { saveImport: [{ result: { ok: false, error: { kind: 'invalidReadings', index: 1, reason: 'channel' } } }] },
    });
    await readFiles([REACH_FILE]);
    await button('Import 3 readings').click();
    const problem = page.locator('[role="alert"] .problem');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toBe(
      'The sheet refused a reading (Facebook · Reach · Feb 2, 2026 · 1,784 · meta-facebook-reach-utf16le.csv): its channel is empty or over 40 characters. Nothing was written.',
    );
    expect(await problem.getByRole('button').count()).toBe(0);
    expect((await focused(page)).tag).toBe('div');
    await expect(page.locator('[data-fact="readings"]').textContent()).resolves.toBe('3');
    await expect(button('Import 3 readings').isEnabled()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('import-en-invalid'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await callNames()).toEqual(['loadImport', 'saveImport']);
  });

  test('a failure is shown with its message and a retry; a call that gets no answer says so', async () => {
    await openImport(page, server.url, {
      data: importData('fr'),
      answers: {
        saveImport: [
          { result: { ok: false, error: { kind: 'failed', message: 'La feuille Suivi est protégée.' } } },
          { throws: 'Réseau indisponible' },
        ],
      },
    });
    await readFiles([REACH_FILE], 'Fichiers d’export', 'Lire les fichiers', 'Vérifier avant d’importer');
    await button('Importer 3 relevés').click();
    const problem = page.locator('[role="alert"] .problem p');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toBe('La feuille Suivi est protégée.');
    await button('Réessayer').click();
    await page.waitForFunction(
      () => document.querySelector('[role="alert"] .problem p')?.textContent?.includes('Réseau indisponible'),
      undefined,
      { timeout: WAIT },
    );
    await expect(problem.textContent()).resolves.toBe(
      'La feuille n’a pas répondu (Réseau indisponible). Rien de ce que vous avez choisi n’est perdu : réessayez.',
    );
    expect(await callNames()).toEqual(['loadImport', 'saveImport', 'saveImport']);
  });

  test('the language switch redraws every view in the other language, keeps the files and choices, and is remembered', async () => {
    await openImport(page, server.url, { data: importData('en', EXISTING) });
    await page.getByLabel('Export files').setInputFiles([fixture(REACH_FILE), fixture('tiktok-overview.csv')]);
    await page.getByLabel('Channel (optional)').selectOption('facebook');
    await page.getByLabel('Channel (optional)').selectOption('');
    await page.getByRole('button', { name: 'Français' }).click();
    await waitForView('Importer les données des plateformes');
    expect((await focused(page)).name).toBe('Français');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.file-list li').allTextContents()).resolves.toEqual([REACH_FILE, 'tiktok-overview.csv']);
    await expect(page.getByLabel('Fichiers d’export').evaluate((input: HTMLInputElement) => input.files?.length)).resolves.toBe(2);
    await page.screenshot({ path: screenshotPath('import-fr-pick-switched'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await button('Lire les fichiers').click();
    await waitForView('Vérifier avant d’importer');
    await radio('Les remplacer par les valeurs importées').check();
    await page.getByRole('button', { name: 'English' }).click();
    await waitForView('Check before importing');
    await expect(radio('Replace them with the imported values').isChecked()).resolves.toBe(true);
    await expect(page.locator('.total-readings').textContent()).resolves.toBe('23 readings from 2 sources.');
    await page.getByRole('button', { name: 'Français' }).click();
    await waitForView('Vérifier avant d’importer');
    await expect(page.locator('.plan').textContent()).resolves.toBe('21 nouveaux, 2 remplacés, 0 ignoré.');
    await button('Importer 23 relevés').click();
    await waitForView('Relevés importés');
    expect(await callNames()).toEqual(['loadImport', 'setLanguage', 'setLanguage', 'setLanguage', 'saveImport']);
    const languages = (await recordedCalls(page)).filter((c) => c.name === 'setLanguage').map((c) => c.args[0]);
    expect(languages).toEqual(['fr', 'en', 'fr']);
    expect((await importRequests(page))[0].mode).toBe('replace');
  });

  test('a Meta export that cannot tell Facebook from Instagram asks for its channel on its own card', async () => {
    await openImport(page, server.url, { data: importData('en') });
    const ambiguous = {
      name: 'insights.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Date,Reach,Link clicks\n2026-01-05,120,4\n2026-01-06,130,5\n'),
    };
    await page.getByLabel('Export files').setInputFiles([ambiguous, fixture('linkedin-page-metrics.csv')]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    const card = page.locator('section.source', { has: page.getByRole('heading', { name: 'insights.csv' }) });
    await expect(card.locator('.problem p').first().textContent()).resolves.toBe(
      'This Meta export does not say whether it comes from Facebook or Instagram. Choose the channel.',
    );
    await button('Read it again (insights.csv)').click();
    const select = page.getByLabel('Channel of this file');
    await expect(card.locator('.field-error').textContent()).resolves.toBe('Choose the channel of this file first.');
    expect((await focused(page)).name).toBe('Channel of this file');
    await select.selectOption('instagram');
    expect(await card.locator('.field-error').count()).toBe(0);
    await button('Read it again (insights.csv)').click();
    await expect(card.locator('[data-fact="readings"]').textContent()).resolves.toBe('4');
    expect((await focused(page)).name).toBe('insights.csv');
    await page.waitForFunction(
      () => document.querySelector('main > [role="status"]')?.textContent?.startsWith('4 readings from Meta Business Suite (Instagram)'),
      undefined,
      { timeout: WAIT },
    );

    // Back to the files and read again: the channel chosen for this file is kept.
    await button('Back').click();
    await waitForView('Import platform data');
    await button('Read the files').click();
    await waitForView('Check before importing');
    await expect(card.locator('[data-fact="readings"]').textContent()).resolves.toBe('4');
    await expect(select.inputValue()).resolves.toBe('instagram');
    await button('Import 22 readings').click();
    await waitForView('Readings imported');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    expect(sent.filter((r) => r.channel === 'instagram').map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-01-05', 'reach', 120],
      ['2026-01-05', 'website_clicks', 4],
      ['2026-01-06', 'reach', 130],
      ['2026-01-06', 'website_clicks', 5],
    ]);
    expect(sent.filter((r) => r.channel === 'linkedin')).toHaveLength(18); // clicks included
  });

  test('loading speaks both languages; a load that fails says so and tries again on request', async () => {
    await installStub(page, {
      data: importData('en'),
      answers: { loadImport: [{ result: { ok: false, error: { kind: 'failed', message: 'Tracking sheet unreadable.' } }, hold: true }] },
    });
    await page.goto(server.url);
    await expect(page.locator('.loading').textContent()).resolves.toBe('Loading…Chargement…');
    await expect(page.locator('.loading').getAttribute('role')).resolves.toBe('status');
    expect(await page.locator('.lang-switch').isHidden()).toBe(true);
    await page.screenshot({ path: screenshotPath('import-en-loading'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await releaseHeld(page);
    await waitForView('The import could not start.');
    await expect(page.locator('.load-failed p').textContent()).resolves.toBe('Tracking sheet unreadable.');
    await page.screenshot({ path: screenshotPath('import-en-load-failed'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await button('Try again').click();
    await waitForView('Import platform data');
    expect(await callNames()).toEqual(['loadImport', 'loadImport']);
  });
});
