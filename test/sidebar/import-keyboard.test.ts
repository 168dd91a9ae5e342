/**
 * A whole import with the keyboard alone, in English and in French, on the real build/import.html with
 * a stubbed google.script.run: files picked through the file input's own chooser, a file of the user's
 * own matched column by column, replace chosen for readings Tracking already has, one loadImport and
 * one saveImport. Every view is checked with axe and saved as a screenshot at 300 px.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/core/lang';
import { describeInBrowser, screenshotPath } from '../support/browser';
import {
  fixture,
  historyOf,
  importData,
  importRequests,
  openImport,
  rowsOfDigest,
  startImportServer,
  type ImportServer,
} from '../support/import-harness';
import { WAIT, usePageSession } from '../support/page-server';
import { recordedCalls } from '../support/script-run-stub';
import { arrowTo, focused, tabTo } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

/** Words of each language the flow goes through. */
const WORDS: Record<
  Lang,
  {
    files: string;
    read: string;
    mapping: string;
    preview: string;
    apply: string;
    sales: string;
    channel: string;
    skip: RegExp;
    replace: string;
    importButton: string;
    done: string;
    summary: string;
  }
> = {
  en: {
    files: 'Export files',
    read: 'Read the files',
    mapping: 'Match the columns',
    preview: 'Check before importing',
    apply: 'Read with these columns',
    sales: 'Ventes',
    channel: 'Channel',
    skip: /^Skip them/,
    replace: 'Replace them with the imported values',
    importButton: 'Import 9 readings',
    done: 'Readings imported',
    summary: '8 readings added, 1 replaced, 0 skipped in the “Tracking” sheet.',
  },
  fr: {
    files: 'Fichiers d’export',
    read: 'Lire les fichiers',
    mapping: 'Faire correspondre les colonnes',
    preview: 'Vérifier avant d’importer',
    apply: 'Lire avec ces colonnes',
    sales: 'Ventes',
    channel: 'Canal',
    skip: /^Les ignorer/,
    replace: 'Les remplacer par les valeurs importées',
    importButton: 'Importer 9 relevés',
    done: 'Relevés importés',
    summary: '8 relevés ajoutés, 1 remplacé, 0 ignoré dans la feuille « Suivi ».',
  },
};

/** Tracking already has the first reach reading of meta-facebook-reach-utf16le.csv. */
const EXISTING = historyOf([{ date: '2026-02-01', channel: 'facebook', kpi: 'reach', value: 1400 }]);

describeInBrowser('import sidebar, keyboard only', () => {
  const session = usePageSession(startImportServer);
  let page: Page;
  let server: ImportServer;
  beforeEach(() => ({ page, server } = session));

  /** Checks the view for serious or critical axe violations and saves its screenshot. */
  async function checkpoint(name: string): Promise<void> {
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }

  /** The view opened with its heading focused. */
  async function expectView(title: string): Promise<void> {
    await page.waitForFunction((text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text, title, {
      timeout: WAIT,
    });
  }

  for (const lang of ['en', 'fr'] as const) {
    test(`${lang === 'en' ? 'English' : 'French'}: pick, match the columns, choose replace, import, with the keyboard alone`, async () => {
      const w = WORDS[lang];
      const sheetName = lang === 'en' ? 'Tracking' : 'Suivi';
      await openImport(page, server.url, {
        data: importData(lang, EXISTING),
        answers: { saveImport: [{ result: { ok: true, value: { appended: 8, replaced: 1, skipped: 0, sheetName } } }] },
      });
      await checkpoint(`import-${lang}-pick`);

      // The file input opens its chooser from the keyboard; the test answers it.
      await tabTo(page, w.files);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await chooser.setFiles([fixture('unknown-own-sheet.csv'), fixture('meta-facebook-reach-utf16le.csv')]);
      await page.waitForSelector('.file-list');
      expect((await focused(page)).name).toBe(w.files);
      await tabTo(page, w.read);
      await page.keyboard.press('Enter');

      await expectView(w.mapping);
      await checkpoint(`import-${lang}-mapping`);
      // "Ventes" holds orders, proposed as Sales; the next KPI of the list is Revenue.
      await tabTo(page, w.sales);
      expect((await focused(page)).value).toBe('sales');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => (document.activeElement as HTMLSelectElement | null)?.value === 'revenue', undefined, {
        timeout: WAIT,
      });
      // One channel for every line instead of the Réseau column: typing its first letter picks it.
      await tabTo(page, w.channel, { back: true });
      await page.keyboard.type('I');
      await page.waitForFunction(() => (document.activeElement as HTMLSelectElement | null)?.value === 'fixed:instagram', undefined, {
        timeout: WAIT,
      });
      await tabTo(page, w.apply);
      await page.keyboard.press('Enter');

      await expectView(w.preview);
      await checkpoint(`import-${lang}-preview`);
      const skip = await tabTo(page, w.skip);
      expect(skip).toMatchObject({ type: 'radio', checked: true });
      await arrowTo(page, w.replace);
      await page.waitForFunction(
        (text) => document.querySelector('.plan')?.textContent === text,
        lang === 'en' ? '8 new, 1 replaced, 0 skipped.' : '8 nouveaux, 1 remplacé, 0 ignoré.',
        { timeout: WAIT },
      );
      expect(await focused(page)).toMatchObject({ type: 'radio', checked: true, name: w.replace });
      await tabTo(page, w.importButton);
      await page.keyboard.press('Enter');

      await expectView(w.done);
      await expect(page.locator('.done-summary').textContent()).resolves.toBe(w.summary);
      await checkpoint(`import-${lang}-done`);

      expect((await recordedCalls(page)).map((c) => c.name)).toEqual(['loadImport', 'saveImport']);
      const [request] = await importRequests(page);
      expect(request.mode).toBe('replace');
      const sent = rowsOfDigest(request.readings);
      expect(sent).toHaveLength(9);
      // Every line of the user's file is Instagram now: the two lines of the first day are added up, but reach
      // counts people, so the day keeps its larger reach (1200, not 1200 + 300).
      const mapped = sent.filter(
        (r) => r.source === (lang === 'en' ? 'CSV import · unknown-own-sheet.csv' : 'Import CSV · unknown-own-sheet.csv'),
      );
      expect(new Set(mapped.map((r) => r.channel))).toEqual(new Set(['instagram']));
      expect(mapped.filter((r) => r.kpi === 'reach').map((r) => r.value)).toEqual([1200, 950]);
      expect(mapped.filter((r) => r.kpi === 'revenue').map((r) => r.value)).toEqual([2, 1]);
      expect(sent.some((r) => r.kpi === 'sales')).toBe(false);
      expect(sent.filter((r) => r.channel === 'facebook').map((r) => r.value)).toEqual([1520, 1784, 0]);
    });
  }
});
