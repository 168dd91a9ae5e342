/**
 * Which sheets are the add-on's: one developer metadata entry on the spreadsheet records their ids and
 * the language their labels are written in. Sheets are found by id, never by name, so a user's own sheet
 * called "Goals" is never taken for ours, and renaming ours changes nothing.
 *
 * The entry has DOCUMENT visibility: any script project sees it. Older versions wrote it with PROJECT
 * visibility, which only the project that wrote it sees: once the script moves to another Cloud project
 * (as publishing requires) it would be lost, and a second set of sheets built. Such an entry is still
 * found by the project that wrote it, and rewritten as DOCUMENT under the document lock.
 */
import type { Lang } from '../../core/lang';
import type { SheetRole } from '../../core/sheets/texts';
import { SHEETS_METADATA_KEY } from '../../shared/files';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KEY = SHEETS_METADATA_KEY;

export interface Registry {
  /** Language of the headers and labels written into the sheets (Tracking's KPI labels above all). */
  lang: Lang;
  ids: Partial<Record<SheetRole, number>>;
  /** The Dashboard's month-by-month chart, whose ranges follow the latest goals. */
  trendChart?: number;
}

export interface AddonSheets {
  registry: Registry | undefined;
  sheets: Partial<Record<SheetRole, Sheet>>;
  /** The entry has the PROJECT visibility of older versions: call upgrade() under the lock. */
  legacy: boolean;
  /** Rewrites a legacy entry with DOCUMENT visibility. Call under the document lock. */
  upgrade(): void;
  save(registry: Registry): void;
}

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Compared as text: Apps Script's enum values print as their names. */
const hasDocumentVisibility = (metadata: Metadata) =>
  String(metadata.getVisibility()) === String(SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);

function parse(value: string | null): Registry | undefined {
  try {
    const data = JSON.parse(value ?? '') as Registry;
    return data && (data.lang === 'en' || data.lang === 'fr') && typeof data.ids === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the registry and opens the registered sheets that still exist. */
export function openAddonSheets(ss: Spreadsheet, roles: readonly SheetRole[]): AddonSheets {
  // Every entry this project sees, whatever its visibility; a DOCUMENT one first.
  const found = ss.createDeveloperMetadataFinder().withKey(KEY).find();
  const documentEntry = found.length > 1 ? found.find(hasDocumentVisibility) : undefined;
  const metadata: Metadata | undefined = documentEntry ?? found[0];
  const legacy = metadata !== undefined && documentEntry === undefined && !hasDocumentVisibility(metadata);
  const registry = metadata ? parse(metadata.getValue()) : undefined;
  const sheets: Partial<Record<SheetRole, Sheet>> = {};
  for (const role of roles) {
    const id = registry?.ids[role];
    const sheet = id === undefined ? null : ss.getSheetById(id);
    if (sheet) sheets[role] = sheet;
  }
  const documentVisibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  return {
    registry,
    sheets,
    legacy,
    upgrade() {
      if (legacy) metadata?.setVisibility(documentVisibility);
    },
    save(next) {
      const value = JSON.stringify(next);
      if (metadata) metadata.setValue(value);
      else ss.addDeveloperMetadata(KEY, value, documentVisibility);
    },
  };
}

/**
 * Inserts a sheet named `name` at `index`, or, when the user already has a sheet of that name, under a
 * free variant of it: the user's sheet is never touched.
 */
export function insertSheetNamed(ss: Spreadsheet, name: string, index: number): Sheet {
  const candidates = [name, `${name} (Social ROI)`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${name} (Social ROI ${n})`)];
  for (const candidate of candidates) {
    try {
      return ss.insertSheet(candidate, index);
    } catch {
      // A sheet of that name exists: it is the user's, so leave it and try the next name.
    }
  }
  return ss.insertSheet(index);
}
