/**
 * The one interface both sides of google.script.run check against: the server implements it
 * (src/addon/endpoints.ts lists the functions) and the sidebar calls it (src/sidebar/kit/server.ts). Only JSON
 * crosses: dates are ISO strings, and every answer is a Result rather than an exception. Adding an
 * endpoint is a method here and its implementation in the server's list; nothing else names it.
 */
import type { KpiId } from '../core/catalog';
import type { FieldError, GoalForm, GoalStatus } from '../core/goals';
import type { Lang } from '../core/lang';
import type { ImportRequest, InvalidReadings } from '../core/import/request';

export { MAX_IMPORT_READINGS, type ImportRequest, type ReadingsDigest } from '../core/import/request';

export type EndpointError =
  /** The server refused fields; each error names its field. */
  | { kind: 'validation'; errors: FieldError[] }
  /** Another edit held the document lock too long: nothing was written, try again. */
  | { kind: 'busy' }
  /** The goal to edit is no longer in the Goals sheet. */
  | { kind: 'notFound' }
  /** Anything else; the message is already in the user's language. */
  | { kind: 'failed'; message: string };

export type ImportError =
  | { kind: 'busy' }
  /** A reading of the import that cannot be written: which one (0-based) and why; nothing was written. */
  | InvalidReadings
  | { kind: 'failed'; message: string };

export type Result<T, E = EndpointError> = { ok: true; value: T } | { ok: false; error: E };

/** Tracking readings, compactly: names once, then [day, channel index, KPI index, value] rows. */
export interface HistoryDigest {
  /** Catalogue channel ids, or free-text channel names. */
  channels: string[];
  kpis: KpiId[];
  /** Day numbers count days since 1970-01-01 (src/core/dates.ts toDayNumber). */
  readings: Array<[day: number, channel: number, kpi: number, value: number]>;
}

/** A goal of the Goals sheet, as the home view lists it and the wizard edits it. */
export interface GoalSummary {
  id: string;
  /** 1-based row in the Goals sheet. */
  row: number;
  /** The fields as the wizard shows them, for editing. */
  form: GoalForm;
  /** Values the sheet's own formulas computed; null when a formula shows nothing yet. */
  current: number | null;
  progress: number | null;
  elapsed: number | null;
  status: GoalStatus | null;
}

export interface WizardData {
  /** The language to speak: the user's choice, else their locale. */
  lang: Lang;
  /** Today in the spreadsheet's time zone, ISO. */
  today: string;
  /** Money unit suggested for money KPIs ("€", "$"): the spreadsheet's currency. */
  defaultUnit: string;
  /** The language the add-on's sheets are written in, which a goal's row is written in too. */
  sheetLang: Lang;
  /** The spreadsheet's locale ("fr_FR"), which says how the sheet displays numbers. */
  locale: string;
  goals: GoalSummary[];
  history: HistoryDigest;
  /** Names of the add-on's sheets that exist, to mention them in the interface. */
  sheets: { goals?: string; tracking?: string; roi?: string; dashboard?: string };
  /** True when this load set the sheets up (first use): the home view says they are ready. */
  sheetsCreated?: boolean;
}

export interface SavedGoal {
  id: string;
  row: number;
  sheetName: string;
  /** False when an existing goal was updated. */
  created: boolean;
  /** The goal's tagged links, written when it has a landing page: the Links sheet and how many. */
  links?: { sheetName: string; count: number };
}

/** What the import sidebar needs to preview an import against the sheet. */
export interface ImportData {
  lang: Lang;
  today: string;
  /** The spreadsheet's locale, the default for reading dates and numbers in files ("fr_FR"). */
  locale: string;
  /** The readings already in Tracking, to tell the user which ones an import would repeat. */
  existing: HistoryDigest;
  /** GA4: the KPI chosen for key events on earlier imports, by property name. */
  keyEvents: Record<string, KpiId>;
  trackingSheet?: string;
}

export interface ImportSaved {
  appended: number;
  replaced: number;
  skipped: number;
  sheetName: string;
}

/** Every server function the sidebar may call, with its argument and result types. */
export interface Endpoints {
  loadWizard(): Result<WizardData>;
  /** `lang`: the language the form was typed in, which says how its numbers are written. */
  saveGoal(form: GoalForm, lang: Lang): Result<SavedGoal>;
  /** Selects the goal's row in the Goals sheet. */
  showGoal(id: string): Result<null>;
  /** Remembers the user's language for next time. */
  setLanguage(lang: Lang): Result<null>;
  loadImport(): Result<ImportData>;
  /** Writes the readings into Tracking in one batch, or nothing at all. */
  saveImport(request: ImportRequest): Result<ImportSaved, ImportError>;
}

export type EndpointName = keyof Endpoints;

/** A parameter as the server receives it: whatever the page sent, to be read by src/core before use. */
type Untrusted<Params extends unknown[]> = { [I in keyof Params]: unknown };

/** The Endpoints as the server implements them: the same answers, every parameter untrusted. */
export type ServerEndpoints = { [K in EndpointName]: (...params: Untrusted<Parameters<Endpoints[K]>>) => ReturnType<Endpoints[K]> };
