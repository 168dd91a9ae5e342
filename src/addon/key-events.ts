/**
 * The KPI of each GA4 property's key events, kept in the document's properties so that every editor's
 * next import of that property uses it (core/import/key-events.ts reads and merges it).
 */
import type { KpiId } from '../core/catalog';
import { KEY_EVENTS_PROPERTY, readKeyEventMemory, rememberKeyEvents, type KeyEventChoice } from '../core/import/key-events';

export function rememberedKeyEvents(): Record<string, KpiId> {
  return readKeyEventMemory(PropertiesService.getDocumentProperties().getProperty(KEY_EVENTS_PROPERTY));
}

/** Adds the choices to what the document keeps. Call under the document lock, so two imports do not lose each other's choice. */
export function rememberKeyEventChoices(choices: readonly KeyEventChoice[]): void {
  if (choices.length === 0) return;
  const properties = PropertiesService.getDocumentProperties();
  properties.setProperty(KEY_EVENTS_PROPERTY, rememberKeyEvents(properties.getProperty(KEY_EVENTS_PROPERTY), choices));
}
