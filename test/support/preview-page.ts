/** The preview page's grid and formula bar, as the end-to-end tests drive them. */
import type { Page } from 'playwright-core';

export function previewGrid(page: Page, timeout = 3000) {
  const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);
  const formulaBar = () => page.getByLabel(/^(Formula|Formule)$/);
  /** Waits until every entry sent is in and the grid shows the workbook as they left it (the grid is aria-busy until then). */
  async function settled(): Promise<void> {
    await page.waitForFunction(() => document.querySelector('#grid')?.getAttribute('aria-busy') !== 'true', undefined, { timeout });
  }
  /** Types into a cell through the formula bar, as a person does, and waits for the page to move on. */
  async function type(a1: string, input: string): Promise<void> {
    await cell(a1).click();
    await formulaBar().fill(input);
    await formulaBar().press('Enter');
    await page.waitForFunction((target) => document.querySelector('#cell-name')?.textContent !== target, a1, { timeout });
    await settled();
  }
  return { cell, formulaBar, type, settled };
}
