/**
 * One source in the preview: what was read (platform, channels, KPIs, readings, dates, lines left out,
 * columns ignored, traffic sources left out), or why nothing can be imported from it, with what can be
 * done about it there (choose its channel, match its columns, choose the KPI of an ambiguous column).
 */
import { CHANNELS, channelByLabel, kpiById, type KpiId } from '../../../core/catalog';
import { IMPORT_TEXTS, renderIgnoredColumn, renderImportError, renderRejection, renderSkippedSources } from '../../../core/import/texts';
import { formatDate } from '../../../core/dates';
import type { ImportPreview } from '../../../core/import';
import type { TrackingRow } from '../../../core/tracking';
import { button, h, hiddenText, uniqueId, type Child } from '../../kit';
import { checkbox, selectField } from '../controls';
import { formatCount, formatMegabytes, formatRange, formatValue } from '../format';
import { kpiOptionGroups } from '../mapping';
import { canMap, type Source } from '../sources';
import type { ImportViewContext } from './context';
import { ga4Controls, ga4KeyEventsHeader } from './ga4';
import { organicChoice, readingNotes } from './reading-notes';

/** Lines left out shown one by one; the rest are counted. */
const REJECTIONS_SHOWN = 20;

export interface FileCardActions {
  include(source: Source, included: boolean): void;
  map(source: Source): void;
  /** The channel select of a file that needs one changed (read again only on readAgain). */
  channelChosen(source: Source, channel: string): void;
  readAgain(source: Source): void;
  kpiChosen(source: Source, header: string, kpi: KpiId | null): void;
  /** Totals, or organic results only, for a file that gives both (LinkedIn). */
  organicChosen(source: Source, organicOnly: boolean): void;
}

export function sourceName(ctx: ImportViewContext, source: Source): string {
  return source.fileName ?? ctx.texts.preview.pasted;
}

/** "Instagram · Reach · Jan 5, 2026 · 1,200 · insights.csv". */
export function describeReading(ctx: ImportViewContext, row: TrackingRow, source: Source): string {
  const { lang } = ctx;
  return [
    labelOfChannel(ctx, row.channel),
    kpiById(row.kpi)?.label[lang] ?? row.kpi,
    formatDate(row.date, lang),
    formatValue(lang, row.value),
    sourceName(ctx, source),
  ].join(' · ');
}

function fact(term: string, ...details: Child[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...details)];
}

function labelOfChannel(ctx: ImportViewContext, channel: string): string {
  return channelByLabel(channel)?.label[ctx.lang] ?? channel;
}

/** Distinct values in first-seen order. */
function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function facts(ctx: ImportViewContext, preview: ImportPreview): HTMLElement {
  const { texts, lang } = ctx;
  const t = texts.preview;
  const items: HTMLElement[] = [...fact(t.platform, preview.platform.label[lang])];
  const channels = distinct(preview.rows.map((r) => r.channel));
  if (channels.length > 0) items.push(...fact(t.channel, channels.map((c) => labelOfChannel(ctx, c)).join(', ')));
  const kpis = distinct(preview.usedColumns.map((c) => c.kpi));
  if (kpis.length > 0) items.push(...fact(t.kpis, kpis.map((k) => kpiById(k)?.label[lang] ?? k).join(', ')));
  items.push(...fact(t.readings, h('span', { 'data-fact': 'readings' }, formatCount(lang, preview.rows.length))));
  if (preview.period) items.push(...fact(t.dates, formatRange(lang, preview.period, t.period)));
  else if (preview.dateRange) items.push(...fact(t.dates, formatRange(lang, preview.dateRange, t.range)));
  if (preview.merged > 0) items.push(...fact(t.merged, formatCount(lang, preview.merged)));
  if (preview.skippedSources.length > 0) {
    const rows = preview.skippedSources.reduce((sum, s) => sum + s.rows, 0);
    items.push(...fact(t.skippedSources, `${formatCount(lang, rows)} · ${renderSkippedSources(lang, preview.skippedSources)}`));
  }
  return h('dl', { class: 'facts' }, ...items);
}

function rejections(ctx: ImportViewContext, preview: ImportPreview): HTMLElement | null {
  if (preview.rejected.length === 0) return null;
  const { texts, lang } = ctx;
  const lines = new Set(preview.rejected.map((r) => r.line)).size;
  const shown = preview.rejected.slice(0, REJECTIONS_SHOWN).map((r) => h('li', {}, renderRejection(lang, r)));
  const rest = preview.rejected.length - shown.length;
  if (rest > 0) shown.push(h('li', { class: 'more' }, texts.preview.more(rest, formatCount(lang, rest))));
  return h(
    'div',
    { class: 'rejections' },
    h('h3', {}, texts.preview.rejected + IMPORT_TEXTS[lang].sep, h('span', { 'data-fact': 'rejected' }, formatCount(lang, lines))),
    h('ul', {}, ...shown),
  );
}

function ignoredColumns(ctx: ImportViewContext, preview: ImportPreview): HTMLElement | null {
  if (preview.ignoredColumns.length === 0) return null;
  const { texts, lang } = ctx;
  return h(
    'details',
    { class: 'ignored' },
    h(
      'summary',
      {},
      texts.preview.ignored + IMPORT_TEXTS[lang].sep,
      h('span', { 'data-fact': 'ignored' }, formatCount(lang, preview.ignoredColumns.length)),
    ),
    h('ul', {}, ...preview.ignoredColumns.map((c) => h('li', {}, renderIgnoredColumn(lang, c)))),
  );
}

/** Columns whose KPI only the user can tell (GA4 "Key events"), and those the user already chose one for. */
function kpiChoices(ctx: ImportViewContext, source: Source, actions: FileCardActions): HTMLElement[] {
  const preview = source.preview;
  if (!preview) return [];
  const headers = distinct([
    ...preview.ignoredColumns.filter((c) => c.reason.code === 'needsChoice').map((c) => c.header),
    ...Object.keys(source.kpiOverrides),
  ]).filter((header) => header !== ga4KeyEventsHeader(source));
  return headers.map((header) =>
    selectField({
      key: `kpi-choice:${source.id}:${header}`,
      label: ctx.texts.preview.importAs(header),
      value: source.kpiOverrides[header] ?? '',
      options: [{ value: '', label: ctx.texts.mapping.ignore }, ...kpiOptionGroups(ctx.lang)],
      onChange: (value) => actions.kpiChosen(source, header, value === '' ? null : (value as KpiId)),
    }),
  );
}

function channelChoice(ctx: ImportViewContext, source: Source, actions: FileCardActions, name: string): HTMLElement {
  const { texts, lang } = ctx;
  const select = selectField({
    key: `file-channel:${source.id}`,
    label: texts.preview.fileChannel,
    value: source.channel ?? '',
    options: [{ value: '', label: texts.preview.chooseChannel }, ...CHANNELS.map((c) => ({ value: c.id, label: c.label[lang] }))],
    error: source.channelMissing ? texts.preview.needChannel : undefined,
    onChange: (value) => actions.channelChosen(source, value),
  });
  const again = button([texts.preview.readAgain, hiddenText(`(${name})`)], () => actions.readAgain(source), {
    class: 'secondary small',
    'data-key': `read-again:${source.id}`,
  });
  return h('div', { class: 'file-channel' }, select, again);
}

function failureText(ctx: ImportViewContext, source: Source): string {
  const { texts, lang } = ctx;
  const failure = source.failure;
  if (failure?.kind === 'tooLarge')
    return texts.problems.fileTooLarge(formatMegabytes(lang, failure.bytes), formatMegabytes(lang, failure.limit));
  if (failure?.kind === 'unreadable') return texts.problems.unreadable(failure.message);
  return source.preview?.fatal ? renderImportError(lang, source.preview.fatal) : '';
}

export function fileCard(ctx: ImportViewContext, source: Source, actions: FileCardActions): HTMLElement {
  const { texts } = ctx;
  const name = sourceName(ctx, source);
  const headingId = uniqueId('source');
  const heading = h('h2', { id: headingId, tabindex: -1, class: 'source-name', 'data-key': `source:${source.id}` }, name);
  const preview = source.preview;
  const mapButton = canMap(source)
    ? button(
        [source.mapping ? texts.preview.changeMapping : texts.preview.mapColumns, hiddenText(`(${name})`)],
        () => actions.map(source),
        {
          class: 'secondary small',
          'data-key': `map:${source.id}`,
        },
      )
    : null;
  const needsChannel = preview?.fatal?.code === 'channelRequired' || source.channel !== undefined;
  const channel = needsChannel ? channelChoice(ctx, source, actions, name) : null;

  if (source.failure || preview?.fatal || !preview) {
    return h(
      'section',
      { class: 'source fatal', 'aria-labelledby': headingId },
      heading,
      h('div', { class: 'problem' }, h('p', {}, failureText(ctx, source)), h('p', {}, texts.preview.nothingFromFile)),
      channel,
      mapButton,
    );
  }

  const include =
    preview.rows.length > 0
      ? checkbox({
          key: `include:${source.id}`,
          label: texts.preview.include,
          which: `(${name})`,
          checked: !source.excluded,
          onChange: (checked) => actions.include(source, checked),
        })
      : null;
  return h(
    'section',
    { class: `source${source.excluded ? ' excluded' : ''}`, 'aria-labelledby': headingId },
    heading,
    include,
    facts(ctx, preview),
    rejections(ctx, preview),
    ignoredColumns(ctx, preview),
    ...readingNotes(ctx, preview),
    organicChoice(ctx, source, (organicOnly) => actions.organicChosen(source, organicOnly)),
    ...kpiChoices(ctx, source, actions),
    ...ga4Controls(ctx, source, actions),
    channel,
    mapButton,
  );
}
