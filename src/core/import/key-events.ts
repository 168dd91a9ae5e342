/**
 * The KPI of a GA4 property's key events, chosen once and kept for the next import: stored in the
 * document's properties as one JSON map (property name → KPI id), read by loadImport and merged by
 * saveImport. Both the stored text and the choices a page sends are untrusted: only a property name of
 * plain text and a KPI a key event may count are kept.
 */
import type { KpiId } from '../catalog';
import { readText } from '../goals/text';
import { isKeyEventKpi } from './ga4';

/** The document property holding the map. */
export const KEY_EVENTS_PROPERTY = 'socialroi.ga4KeyEvents';

/** Far more properties than a small business has; the oldest choices go first beyond it (9 KB a property value). */
export const MAX_REMEMBERED_PROPERTIES = 50;
const MAX_PROPERTY_NAME = 120;

export interface KeyEventChoice {
  property: string;
  kpi: KpiId;
}

function readChoice(property: unknown, kpi: unknown): KeyEventChoice | undefined {
  const name = readText(property, MAX_PROPERTY_NAME, { required: true });
  if (!name.ok || name.value === undefined || !isKeyEventKpi(kpi)) return undefined;
  return { property: name.value, kpi };
}

/** The stored map, without anything that is not a valid choice. */
export function readKeyEventMemory(stored: string | null | undefined): Record<string, KpiId> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? '{}');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const memory: Record<string, KpiId> = {};
  for (const [property, kpi] of Object.entries(parsed)) {
    const choice = readChoice(property, kpi);
    if (choice) memory[choice.property] = choice.kpi;
  }
  return memory;
}

/** The choices saveImport received (`request.keyEvents`), each checked; anything else is dropped. */
export function readKeyEventChoices(request: unknown): KeyEventChoice[] {
  const raw = (request as { keyEvents?: unknown } | null | undefined)?.keyEvents;
  if (!Array.isArray(raw)) return [];
  return raw
    .slice(0, MAX_REMEMBERED_PROPERTIES)
    .map((entry: unknown) =>
      typeof entry === 'object' && entry !== null
        ? readChoice((entry as KeyEventChoice).property, (entry as KeyEventChoice).kpi)
        : undefined,
    )
    .filter((choice): choice is KeyEventChoice => choice !== undefined);
}

/** The stored map with these choices added last (a newer choice for a property replaces the older), as the text to store. */
export function rememberKeyEvents(stored: string | null | undefined, choices: readonly KeyEventChoice[]): string {
  const memory = readKeyEventMemory(stored);
  for (const { property, kpi } of choices) {
    delete memory[property];
    memory[property] = kpi;
  }
  const kept = Object.entries(memory).slice(-MAX_REMEMBERED_PROPERTIES);
  return JSON.stringify(Object.fromEntries(kept));
}
