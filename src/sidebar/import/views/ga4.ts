/**
 * What a GA4 export's card adds: the note of a table by channel group (it cannot tell platforms apart,
 * and how to export by source / medium), and the KPI of its key events, remembered per property.
 */
import type { KpiId } from '../../../core/catalog';
import { KEY_EVENT_KPIS } from '../../../core/import/ga4';
import { GA4_TEXTS, keyEventOptionLabel, renderGa4Notes } from '../../../core/import/ga4-texts';
import { h } from '../../kit';
import { selectField } from '../controls';
import type { Source } from '../sources';
import type { ImportViewContext } from './context';
import type { FileCardActions } from './file-card';

/** The GA4 key events column this card offers its own choice for (the generic KPI choices leave it out). */
export function ga4KeyEventsHeader(source: Source): string | undefined {
  return source.preview?.ga4?.keyEvents?.header;
}

export function ga4Controls(ctx: ImportViewContext, source: Source, actions: FileCardActions): HTMLElement[] {
  const preview = source.preview;
  const facts = preview?.ga4;
  if (!preview || !facts) return [];
  const t = GA4_TEXTS[ctx.lang];
  const notes = renderGa4Notes(ctx.lang, preview).map((note) => h('p', { class: 'note hint-box', 'data-ga4': 'channel-group' }, note));
  const keyEvents = facts.keyEvents;
  if (!keyEvents) return notes;
  const hint =
    facts.property === undefined ? t.noProperty : keyEvents.remembered ? t.rememberedFor(facts.property) : t.keptFor(facts.property);
  const choice = selectField({
    key: `kpi-choice:${source.id}:${keyEvents.header}`,
    label: ctx.texts.preview.importAs(keyEvents.header),
    value: keyEvents.kpi ?? '',
    options: [
      { value: '', label: t.leaveOut },
      ...KEY_EVENT_KPIS.map((kpi) => ({ value: kpi, label: keyEventOptionLabel(ctx.lang, kpi) })),
    ],
    note: hint,
    onChange: (value) => actions.kpiChosen(source, keyEvents.header, value === '' ? null : (value as KpiId)),
  });
  return [...notes, choice];
}
