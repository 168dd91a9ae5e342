/**
 * The import sidebar's preview of real exports, in the real build/import.html with a stubbed
 * google.script.run: every refused line and ignored column with its reason in both languages, cells with
 * no reading listed, reach kept as the day's largest and said so, LinkedIn's organic-only choice, and a
 * table of posts across networks taken to the column-matching step with its network column as the
 * channel. The fixtures and the export columns they follow are listed in test/unit/import-exports.test.ts.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath } from '../support/browser';
import {
  fixture,
  importData,
  importPage,
  importRequests,
  openImport,
  rowsOfDigest,
  startImportServer,
  type ImportServer,
} from '../support/import-harness';
import { WAIT, usePageSession } from '../support/page-server';
import { arrowTo, focused, tabTo } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

describeInBrowser('import sidebar, real exports', () => {
  const session = usePageSession(startImportServer);
  let page: Page;
  let server: ImportServer;
  beforeEach(() => ({ page, server } = session));
  const ui = () => importPage(page);
  const button = (name: string | RegExp) => ui().button(name);
  const card = (name: string) => ui().card(name);
  const items = (name: string, list: string) => card(name).locator(`${list} li`).allTextContents();

  /** Opens the sidebar in a language, picks fixture files and reads them: the view that follows is `then`. */
  async function readFixtures(lang: 'en' | 'fr', names: string[], then: string): Promise<void> {
    await openImport(page, server.url, { data: importData(lang) });
    await page.getByLabel(lang === 'en' ? 'Export files' : 'Fichiers d’export').setInputFiles(names.map(fixture));
    await button(lang === 'en' ? 'Read the files' : 'Lire les fichiers').click();
    await ui().waitForView(then);
  }

  test('refused lines, ignored columns and cells with no reading, each with its reason, in English then in French', async () => {
    await readFixtures('en', ['broken-negative-values.csv', 'linkedin-visitors.csv'], 'Check before importing');
    const file = 'broken-negative-values.csv';
    await expect(items(file, '.rejections')).resolves.toEqual([
      'Line 3: Reach: "-350" is negative, and Reach cannot be: the line is corrupt, left out.',
      'Line 6: Views: "−5" is negative, and Impressions / views cannot be: the line is corrupt, left out.',
    ]);
    await expect(card(file).locator('[data-fact="no-reading"]').textContent()).resolves.toBe('5');
    await card(file).locator('.no-reading summary').click();
    await expect(items(file, '.no-reading')).resolves.toEqual([
      '"Views": no reading ("n/a") on line 4; left empty, not 0.',
      '"Link clicks": no reading ("—", blank, "N/A") on 3 lines: 4, 5, 7; left empty, not 0.',
      '"Reactions": no reading ("-") on line 4; left empty, not 0.',
    ]);
    const visitors = 'linkedin-visitors.csv';
    await card(visitors).locator('.ignored summary').click();
    const ignored = await items(visitors, '.ignored');
    expect(ignored).toHaveLength(23);
    expect(ignored).toContain('"Total unique visitors (total)": counts each person once, while Profile / Page visits counts every time.');
    expect(ignored).toContain('"Overview page views (total)": part of a total that another column gives.');
    await page.screenshot({ path: screenshotPath('import-en-refused-lines'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Français' }).click();
    await ui().waitForView('Vérifier avant d’importer');
    await expect(items(file, '.rejections')).resolves.toEqual([
      'Ligne 3 : Reach : « -350 » est négatif, et Portée ne peut pas l’être : la ligne est corrompue, écartée.',
      'Ligne 6 : Views : « −5 » est négatif, et Impressions / vues ne peut pas l’être : la ligne est corrompue, écartée.',
    ]);
    await card(file).locator('.no-reading summary').click();
    await expect(items(file, '.no-reading')).resolves.toContain(
      '« Link clicks » : aucun relevé (« — », vide, « N/A ») sur 3 lignes : 4, 5, 7 ; laissé vide, pas 0.',
    );
    await card(visitors).locator('.ignored summary').click();
    await expect(items(visitors, '.ignored')).resolves.toContain(
      '« Total unique visitors (total) » : compte chaque personne une fois, alors que Visites du profil / de la Page compte chaque passage.',
    );

    await button(/^Importer \d+ relevés$/).click();
    await ui().waitForView('Relevés importés');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    // The corrupt lines give nothing, not even their positive cells; no reading is sent as 0.
    expect(sent.filter((r) => r.date === '2026-02-02' || r.date === '2026-02-05')).toEqual([]);
    expect(sent.filter((r) => r.channel === 'facebook' && r.date === '2026-02-03').map((r) => [r.kpi, r.value])).toEqual([['reach', 980]]);
    expect(sent.filter((r) => r.kpi === 'profile_visits').map((r) => r.value)).toEqual([68, 49, 26]);
  });

  test("reach of a day's posts: the largest kept, and the preview says so", async () => {
    await readFixtures('fr', ['meta-instagram-posts-fr.csv'], 'Vérifier avant d’importer');
    await expect(card('meta-instagram-posts-fr.csv').locator('.largest-kept').textContent()).resolves.toBe(
      'Portée compte des personnes, parfois les mêmes d’une publication à l’autre : une ligne d’un jour déjà lu n’a pas été additionnée, la plus grande valeur du jour est gardée.',
    );
    await button('Importer 14 relevés').click();
    await ui().waitForView('Relevés importés');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    expect(sent.find((r) => r.date === '2026-03-05' && r.kpi === 'reach')?.value).toBe(4400);
    expect(sent.find((r) => r.date === '2026-03-05' && r.kpi === 'saves')?.value).toBe(183);
    expect(sent.find((r) => r.date === '2026-03-05' && r.kpi === 'new_followers')?.value).toBe(26);
  });

  test('LinkedIn clicks: totals by default, organic only chosen with the keyboard, and what is sent follows', async () => {
    await readFixtures('en', ['linkedin-page-metrics.csv'], 'Check before importing');
    const group = page.getByRole('radiogroup', { name: 'Results to import' });
    expect(await group.count()).toBe(1);
    await expect(page.getByRole('radio', { name: 'Total: organic and sponsored', exact: true }).isChecked()).resolves.toBe(true);
    await tabTo(page, 'Total: organic and sponsored');
    await arrowTo(page, 'Organic only');
    await page.waitForFunction(() => document.querySelector('.source .ignored li')?.textContent?.includes('sponsored'), undefined, {
      timeout: WAIT,
    });
    expect(await focused(page)).toMatchObject({ type: 'radio', checked: true, name: 'Organic only' });
    await card('linkedin-page-metrics.csv').locator('.ignored summary').click();
    await expect(items('linkedin-page-metrics.csv', '.ignored')).resolves.toContain(
      '"Clicks (total)": includes sponsored (paid) results, and you chose organic results only.',
    );
    await page.screenshot({ path: screenshotPath('import-en-linkedin-organic'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await button('Import 18 readings').click();
    await ui().waitForView('Readings imported');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    expect(sent.filter((r) => r.kpi === 'website_clicks').map((r) => r.value)).toEqual([31, 18, 40]);
    expect(sent.filter((r) => r.kpi === 'impressions').map((r) => r.value)).toEqual([820, 640, 1105]);
  });

  test('a table of posts across networks opens the column matching, the network column as the channel; each row lands on its channel', async () => {
    await readFixtures('fr', ['network-posts-fr-cp1252.csv'], 'Faire correspondre les colonnes');
    await expect(page.locator('.import-mapping .intro').textContent()).resolves.toBe(
      'Ce tableau a une ligne par publication sur Facebook, Instagram et LinkedIn (colonne « Réseau ») : ' +
        'ce n’est pas l’export d’une seule plateforme. Faites correspondre ses colonnes : chaque ligne ira alors sur son propre canal.',
    );
    const select = (label: string) => page.getByLabel(label, { exact: true });
    await expect(select('Canal').inputValue()).resolves.toBe('column:Réseau');
    await expect(select('Colonne de la date').inputValue()).resolves.toBe('Date');
    await expect(select('Portée').inputValue()).resolves.toBe('reach');
    await expect(select('Enregistrements').inputValue()).resolves.toBe('saves');
    expect(await seriousViolations(page)).toEqual([]);
    await button('Lire avec ces colonnes').click();
    await ui().waitForView('Vérifier avant d’importer');
    const name = 'network-posts-fr-cp1252.csv';
    await expect(card(name).locator('dt', { hasText: 'Canal' }).locator('xpath=following-sibling::dd[1]').textContent()).resolves.toBe(
      'Facebook, Instagram, LinkedIn',
    );
    await button(/^Importer \d+ relevés$/).click();
    await ui().waitForView('Relevés importés');
    const sent = rowsOfDigest((await importRequests(page))[0].readings);
    const reach = (date: string, channel: string) => sent.find((r) => r.date === date && r.channel === channel && r.kpi === 'reach')?.value;
    expect([reach('2026-03-05', 'facebook'), reach('2026-03-05', 'instagram'), reach('2026-03-06', 'linkedin')]).toEqual([1250, 2100, 890]);
    expect(sent.every((r) => r.source === 'Import CSV · network-posts-fr-cp1252.csv')).toBe(true);
  });
});
