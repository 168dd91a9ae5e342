/**
 * What a file card says about how its numbers were read, beyond the readings themselves: the cells that
 * hold no reading ("", "-", "—", "n/a": left empty, never 0), the KPIs counting people whose same-day
 * lines were not added up (reach), and, for a file giving organic and sponsored results apart (LinkedIn),
 * the choice between the totals and the organic results only.
 */
import { renderLargestKept, renderNoReading, IMPORT_TEXTS } from '../../../core/import/texts';
import type { ImportPreview } from '../../../core/import';
import { h } from '../../kit';
import { radioGroup } from '../controls';
import { formatCount } from '../format';
import type { Source } from '../sources';
import type { ImportViewContext } from './context';

/** One note per KPI whose same-day lines kept the largest value, then the cells with no reading, by column. */
export function readingNotes(ctx: ImportViewContext, preview: ImportPreview): HTMLElement[] {
  const { lang, texts } = ctx;
  const notes: HTMLElement[] = (preview.largestKept ?? []).map((kept) =>
    h('p', { class: 'note largest-kept' }, renderLargestKept(lang, kept)),
  );
  const empty = preview.noReading ?? [];
  if (empty.length > 0) {
    const cells = empty.reduce((sum, c) => sum + c.count, 0);
    notes.push(
      h(
        'details',
        { class: 'no-reading' },
        h(
          'summary',
          {},
          texts.preview.noReading + IMPORT_TEXTS[lang].sep,
          h('span', { 'data-fact': 'no-reading' }, formatCount(lang, cells)),
        ),
        h('ul', {}, ...empty.map((c) => h('li', {}, renderNoReading(lang, c)))),
      ),
    );
  }
  return notes;
}

/** Totals or organic results only, for a file that gives both (LinkedIn); null for any other file. */
export function organicChoice(ctx: ImportViewContext, source: Source, chosen: (organicOnly: boolean) => void): HTMLElement | null {
  if (!source.preview?.organicSplit) return null;
  const t = ctx.texts.preview.organic;
  return radioGroup({
    key: `organic:${source.id}`,
    legend: t.legend,
    value: source.organicOnly ? 'organic' : 'total',
    options: [
      { value: 'total', label: t.total, hint: t.totalHint },
      { value: 'organic', label: t.only, hint: t.onlyHint },
    ],
    onChange: (value) => chosen(value === 'organic'),
  });
}
