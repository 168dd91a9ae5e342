/** Keyboard helpers for the browser tests: what has the focus, and Tab or the arrows until it is where a test wants. */
import type { Frame, Page } from 'playwright-core';

export interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
}

/** The focused element, with the name a person would read on it (aria-label, its label, or its text). */
export async function focused(page: Page | Frame): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', type: '', name: '', value: '', checked: false };
    const input = el as HTMLInputElement;
    const labelled = 'labels' in input && input.labels && input.labels.length > 0 ? (input.labels[0].textContent ?? '') : '';
    const shown = el.cloneNode(true) as HTMLElement;
    shown.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const name = el.getAttribute('aria-label') ?? (labelled || shown.textContent || '');
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      name: name.replace(/\s+/g, ' ').trim(),
      value: typeof input.value === 'string' ? input.value : '',
      checked: input.checked === true,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  options: { back?: boolean; max?: number; scope?: Frame } = {},
): Promise<Focused> {
  const matches = (f: Focused) => (typeof name === 'string' ? f.name === name : name.test(f.name));
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(options.scope ?? page);
    if (matches(now)) return now;
    seen.push(`${now.tag}:${now.name}`);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.join(' | ')}`);
}

/** In a focused radio group, presses ArrowDown until the named option is checked. */
export async function arrowTo(page: Page, name: string | RegExp, max = 12, scope?: Frame): Promise<Focused> {
  const matches = (f: Focused) => f.checked && (typeof name === 'string' ? f.name === name : name.test(f.name));
  let now = await focused(scope ?? page);
  if (now.type === 'radio' && !now.checked) {
    await page.keyboard.press('Space');
    now = await focused(scope ?? page);
  }
  for (let i = 0; i < max && !matches(now); i++) {
    await page.keyboard.press('ArrowDown');
    now = await focused(scope ?? page);
  }
  if (!matches(now)) throw new Error(`ArrowDown never checked ${String(name)}; stopped on ${now.name}`);
  return now;
}

/**
 * Types an ISO date into a focused <input type=date>. Chromium orders the fields by its own locale
 * (month/day/year for the en-US pages these tests open), whatever the page's language.
 */
export async function typeDate(page: Page, iso: string, scope?: Frame): Promise<void> {
  const [year, month, day] = iso.split('-');
  for (const part of [month, day, year]) await page.keyboard.type(part);
  const now = await focused(scope ?? page);
  if (now.value !== iso) throw new Error(`typed ${iso} into the date field "${now.name}", which now holds "${now.value}"`);
}
