/**
 * GA4 exports in the import sidebar (real build/import.html, stubbed google.script.run): a table by
 * channel group says what it cannot tell and how to export by source / medium; the KPI of key events is
 * asked with purchases, leads and sign-ups first, sent with the import to be kept for the property, and
 * taken from what the document remembers on the next import.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath } from '../support/browser';
import {
  fixture,
  importData,
  importRequests,
  openImport,
  rowsOfDigest,
  startImportServer,
  type ImportServer,
} from '../support/import-harness';
import { usePageSession } from '../support/page-server';
import { focused } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

const PROPERTY = 'boulangerie-exemple.test - GA4';

describeInBrowser('import sidebar, GA4 exports', () => {
  const session = usePageSession(startImportServer);
  let page: Page;
  let server: ImportServer;
  beforeEach(() => ({ page, server } = session));

  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const card = (name: string) => page.locator('section.source').filter({ has: page.getByRole('heading', { name, exact: true }) });
  const readings = (name: string) => card(name).locator('[data-fact="readings"]').textContent();
  const waitForView = (title: string) => page.waitForSelector(`main h1:text-is("${title}")`);

  test('a table by channel group: the note says it cannot tell Facebook from Instagram, and how to export by source / medium', async () => {
    await openImport(page, server.url, { data: importData('en') });
    await page.getByLabel('Export files').setInputFiles([fixture('ga4-channel-group-en.csv')]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    const note = card('ga4-channel-group-en.csv').locator('[data-ga4="channel-group"]');
    await expect(note.textContent()).resolves.toMatch(
      /cannot tell Facebook from Instagram.*“All social \(GA4\)”.*Session source \/ medium/,
    );
    const term = card('ga4-channel-group-en.csv').locator('dt', { hasText: 'Channel' }).locator('xpath=following-sibling::dd[1]');
    await expect(term.textContent()).resolves.toBe('All social (GA4), Newsletter');
    await page.screenshot({ path: screenshotPath('import-ga4-channel-group'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('key events: asked once, sent with the import for the property, and said to be kept', async () => {
    await openImport(page, server.url, { data: importData('fr') });
    await page.getByLabel('Fichiers d’export').setInputFiles([fixture('ga4-traffic-acquisition-fr.csv')]);
    await button('Lire les fichiers').click();
    await waitForView('Vérifier avant d’importer');
    const select = page.getByLabel('Importer « Événements clés » comme');
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      'Les écarter',
      'Achats · Ventes (commandes)',
      'Prospects · Demandes de contact',
      'Inscriptions · Inscriptions e-mail',
      'Nouveaux clients',
      'Téléchargements (e-book…)',
      'Appels',
    ]);
    await expect(card('ga4-traffic-acquisition-fr.csv').locator('.field', { has: select }).textContent()).resolves.toContain(
      `Votre choix est gardé pour la propriété « ${PROPERTY} »`,
    );
    const before = Number(await readings('ga4-traffic-acquisition-fr.csv'));
    await select.focus();
    await select.selectOption('sales');
    await expect(readings('ga4-traffic-acquisition-fr.csv')).resolves.toBe(String(before + 4)); // instagram, facebook, linkedin, newsletter
    expect((await focused(page)).name).toBe('Importer « Événements clés » comme');
    await page.getByRole('button', { name: /^Importer \d+ relevés$/ }).click();
    await waitForView('Relevés importés');
    const [request] = await importRequests(page);
    expect(request.keyEvents).toEqual([{ property: PROPERTY, kpi: 'sales' }]);
    expect(
      rowsOfDigest(request.readings)
        .filter((r) => r.kpi === 'sales')
        .map((r) => [r.channel, r.value]),
    ).toEqual([
      ['facebook', 3],
      ['instagram', 6],
      ['linkedin', 1],
      ['newsletter', 1],
    ]);
  });

  test('the next import of that property takes the remembered KPI and says so; leaving them out sends no choice', async () => {
    await openImport(page, server.url, { data: importData('en', undefined, { [PROPERTY]: 'contact_requests' }) });
    await page.getByLabel('Export files').setInputFiles([fixture('ga4-traffic-acquisition-fr.csv')]);
    await button('Read the files').click();
    await waitForView('Check before importing');
    const select = page.getByLabel('Import “Événements clés” as');
    await expect(select.inputValue()).resolves.toBe('contact_requests');
    await expect(card('ga4-traffic-acquisition-fr.csv').locator('.field', { has: select }).textContent()).resolves.toContain(
      `As chosen for the property “${PROPERTY}” on an earlier import.`,
    );
    const kpis = card('ga4-traffic-acquisition-fr.csv').locator('dt', { hasText: 'KPIs' }).locator('xpath=following-sibling::dd[1]');
    await expect(kpis.textContent()).resolves.toContain('Contact-form requests');
    await select.selectOption('');
    await expect(kpis.textContent()).resolves.not.toContain('Contact-form requests');
    await page.getByRole('button', { name: /^Import \d+ readings$/ }).click();
    await waitForView('Readings imported');
    const [request] = await importRequests(page);
    expect(request.keyEvents).toBeUndefined();
  });
});
