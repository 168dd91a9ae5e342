/** The goal statement the wizard drafts from the user's choices; the user may then edit it freely. */
import { kpiById, type KpiId } from '../catalog';
import { formatDate } from '../dates';
import type { Lang } from '../lang';
import { channelWords, joinList, kpiWords, GOAL_TEXTS } from './texts';
import { formatKpiValue } from './format';
import { OTHER_CHANNEL } from './types';

export interface StatementChoices {
  kpi: KpiId;
  /** Absent while the user has not typed one: the draft then only names the target. */
  baseline?: number;
  target: number;
  /** Catalogue channel ids, in the order chosen; the OTHER_CHANNEL marker is skipped. */
  channels: readonly string[];
  otherChannel?: string;
  deadline: string;
  /** Money unit ("€", "EUR"), used for money KPIs only. */
  unit?: string;
}

/**
 * "Go from 1,200 to 1,800 website clicks from Instagram by Jun 30, 2027". Counts "go from … to";
 * rates, amounts and averages are "raised"; a goal whose target is below its baseline (or, without a
 * baseline, whose KPI should fall) is worded as a reduction.
 */
export function draftStatement(lang: Lang, choices: StatementChoices): string {
  const kpi = kpiById(choices.kpi);
  if (!kpi) throw new RangeError(`unknown KPI: ${choices.kpi}`);
  const show = (value: number) => formatKpiValue(lang, kpi.unit, value, choices.unit);
  const words = kpiWords(lang, kpi.id);
  const names = channelNames(lang, choices.channels, choices.otherChannel);
  const parts = {
    to: show(choices.target),
    kpi: words,
    where: names.length > 0 ? ` ${words.via} ${joinList(lang, names)}` : '',
    by: formatDate(choices.deadline, lang),
    ...(choices.baseline === undefined ? {} : { from: show(choices.baseline) }),
  };
  const reduction = choices.baseline !== undefined ? choices.target < choices.baseline : kpi.better === 'down';
  const templates = GOAL_TEXTS[lang].statement;
  if (reduction) return templates.reduce(parts);
  return kpi.unit === 'count' ? templates.grow(parts) : templates.raise(parts);
}

/** The goal's channels as a sentence names them, other channel last, each once. */
export function channelNames(lang: Lang, channels: readonly string[], otherChannel?: string): string[] {
  const chosen = channels.filter((c) => c !== OTHER_CHANNEL && c.trim() !== '');
  const other = otherChannel?.trim();
  if (other) chosen.push(other);
  return [...new Set(chosen.map((c) => channelWords(lang, c)))];
}
