/**
 * The Links sheet: one row per tagged link of a goal, written as plain values a collaborator can copy
 * without the add-on. The goal's id, in the last column, finds its rows again when the goal is edited.
 */
import { CHANNELS } from '../catalog';
import type { Lang } from '../lang';
import type { Goal } from '../goals/types';
import { goalLinks } from '../utm';

export const LINK_COLUMNS = ['goal', 'channel', 'link', 'landingPage', 'source', 'medium', 'campaign', 'id'] as const;

export type LinkColumn = (typeof LINK_COLUMNS)[number];

export const LINKS_HEADER_ROW = 1;

/** The sheet's name, which the wizard also says before it exists (kept apart from SHEET_TEXTS, which the sidebar does not load). */
export const LINKS_SHEET_NAME: Record<Lang, string> = { en: 'Links', fr: 'Liens' };

/** The rows of one goal's links, every cell a text. */
export function goalLinkRows(goal: Goal & { id: string }, lang: Lang): string[][] {
  return goalLinks(goal).map((link) => {
    const values: Record<LinkColumn, string> = {
      goal: goal.statement,
      channel: CHANNELS.find((c) => c.id === link.channel)?.label[lang] ?? link.channel,
      link: link.url,
      landingPage: goal.landingPage ?? '',
      source: link.source,
      medium: link.medium,
      campaign: link.campaign,
      id: goal.id,
    };
    return LINK_COLUMNS.map((column) => values[column]);
  });
}

/** Where the goal's rows are to be written among the sheet's ids (rows 2 on): in place when they fit, else at the end. */
export function linkRowsPlan(ids: readonly string[], goalId: string, count: number): { at: number; clear: number[] } {
  const own = ids.flatMap((id, i) => (id === goalId ? [i + LINKS_HEADER_ROW + 1] : []));
  const contiguous = own.every((row, i) => i === 0 || row === own[i - 1] + 1);
  if (own.length > 0 && own.length === count && contiguous) return { at: own[0], clear: [] };
  return { at: ids.length + LINKS_HEADER_ROW + 1, clear: own };
}
