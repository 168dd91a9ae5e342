/**
 * A file no platform spec knows: which column is the date, where the channel comes from (a column or
 * one channel for every line), and the KPI of each other column, each select showing the column's
 * first value. Prefilled with guessMapping's proposal.
 */
import { CHANNELS } from '../../../core/catalog';
import { renderImportError } from '../../../core/import/texts';
import type { ImportFatal } from '../../../core/import';
import { button, h, uniqueId } from '../../kit';
import { selectField } from '../controls';
import { formatCount } from '../format';
import { kpiOptionGroups, MAPPABLE_KPIS, metricColumns, type ChannelChoice, type MappingDraft, type MappingProblems } from '../mapping';
import type { ImportViewContext, Shown } from './context';

export interface MappingViewState {
  fileName?: string;
  columns: readonly string[];
  draft: MappingDraft;
  /** The first data line's values, by column. */
  samples?: ReadonlyMap<string, string>;
  problems?: MappingProblems;
  /** Why the file could not be read with the last mapping tried. */
  fatal?: ImportFatal;
  /** Why a file a platform spec knew still needs its columns matched (a table of several networks), said as the intro. */
  why?: ImportFatal;
  /** Position in the files left to match, when there are several. */
  position?: { index: number; total: number };
}

export interface MappingActions {
  /** The draft was changed in place. */
  changed(): void;
  apply(): void;
  leaveOut(): void;
  back(): void;
}

const COLUMN = 'column:';
const FIXED = 'fixed:';

function channelValue(choice: ChannelChoice | undefined): string {
  if (!choice) return '';
  return 'column' in choice ? COLUMN + choice.column : FIXED + choice.fixed;
}

function channelChoice(value: string): ChannelChoice | undefined {
  if (value.startsWith(COLUMN)) return { column: value.slice(COLUMN.length) };
  if (value.startsWith(FIXED)) return { fixed: value.slice(FIXED.length) };
  return undefined;
}

export function mappingView(ctx: ImportViewContext, state: MappingViewState, actions: MappingActions): Shown {
  const { texts, lang } = ctx;
  const t = texts.mapping;
  const { draft, columns, problems } = state;
  const heading = h('h1', { tabindex: -1 }, t.title);
  const position = state.position
    ? h('p', { class: 'step-count' }, t.progress(formatCount(lang, state.position.index), formatCount(lang, state.position.total)))
    : null;
  const sample = (column: string): string | undefined => {
    if (!state.samples || !state.samples.has(column)) return undefined;
    return t.example(state.samples.get(column) ?? '');
  };
  const fatal = state.fatal ? h('div', { class: 'problem' }, h('p', {}, renderImportError(lang, state.fatal))) : null;

  const date = selectField({
    key: 'map-date',
    label: t.date,
    value: draft.date,
    options: [{ value: '', label: t.chooseColumn }, ...columns.map((c) => ({ value: c, label: c }))],
    error: problems?.date ? t.needDate : undefined,
    note: draft.date ? sample(draft.date) : undefined,
    onChange: (value) => {
      draft.date = value;
      actions.changed();
    },
  });

  const channelColumn = draft.channel && 'column' in draft.channel ? draft.channel.column : undefined;
  const channel = selectField({
    key: 'map-channel',
    label: t.channel,
    value: channelValue(draft.channel),
    options: [
      { value: '', label: t.chooseColumn },
      { group: t.channelColumns, options: columns.filter((c) => c !== draft.date).map((c) => ({ value: COLUMN + c, label: c })) },
      { group: t.channelFixed, options: CHANNELS.map((c) => ({ value: FIXED + c.id, label: c.label[lang] })) },
    ],
    error: problems?.channel ? t.needChannel : undefined,
    note: channelColumn ? sample(channelColumn) : undefined,
    onChange: (value) => {
      draft.channel = channelChoice(value);
      actions.changed();
    },
  });

  const kpiOptions = kpiOptionGroups(lang);
  const kpiLabel = (id: string) => MAPPABLE_KPIS.find((k) => k.id === id)?.label[lang] ?? id;
  const metricFields = metricColumns(columns, draft).map((column) => {
    const same = problems?.sameKpi[column];
    const kpi = draft.kpis[column] ?? '';
    return selectField({
      key: `map-kpi:${column}`,
      label: column,
      value: kpi,
      options: [{ value: '', label: t.ignore }, ...kpiOptions],
      error: same !== undefined && kpi ? t.sameKpi(kpiLabel(kpi), same) : undefined,
      note: sample(column),
      onChange: (value) => {
        draft.kpis[column] = value as MappingDraft['kpis'][string];
        actions.changed();
      },
    });
  });
  const kpisHint = h('p', { class: 'hint', id: uniqueId('hint') }, t.columnsHint);
  const kpisError = problems?.kpis ? h('p', { class: 'field-error', id: uniqueId('error') }, t.needKpi) : null;
  const kpis = h(
    'fieldset',
    { class: 'columns', 'aria-describedby': [kpisError?.id, kpisHint.id].filter(Boolean).join(' ') },
    h('legend', {}, t.columnsLegend),
    kpisHint,
    kpisError,
    ...metricFields,
  );

  const apply = h('button', { type: 'submit', class: 'primary', 'data-key': 'map-apply' }, t.apply);
  const form = h(
    'form',
    { novalidate: true, class: 'mapping' },
    date,
    channel,
    kpis,
    h(
      'div',
      { class: 'nav' },
      button(texts.back, () => actions.back(), { class: 'secondary', 'data-key': 'map-back' }),
      button(t.leaveOut, () => actions.leaveOut(), { class: 'secondary', 'data-key': 'map-leave' }),
      apply,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.apply();
  });
  const element = h(
    'section',
    { class: 'import-mapping' },
    heading,
    position,
    h('p', { class: 'intro' }, state.why ? renderImportError(lang, state.why) : t.intro(state.fileName)),
    fatal,
    form,
  );
  return { element, heading };
}

/** The control of the first problem on screen, to focus it. */
export function firstProblemKey(columns: readonly string[], draft: MappingDraft, problems: MappingProblems): string {
  if (problems.date) return 'map-date';
  if (problems.channel) return 'map-channel';
  const metrics = metricColumns(columns, draft);
  const same = metrics.find((c) => problems.sameKpi[c] !== undefined);
  if (same !== undefined) return `map-kpi:${same}`;
  return metrics.length > 0 ? `map-kpi:${metrics[0]}` : 'map-apply';
}
