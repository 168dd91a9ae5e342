/** The add-on's own sheets in an emulated workbook, found as the add-on finds them: by the registry in developer metadata. */
import type { SheetRole } from '../../core/sheets/texts';
import { SHEETS_METADATA_KEY } from '../../shared/files';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

export function addonSheet(workbook: Workbook, role: SheetRole): SheetModel | undefined {
  const registry = workbook.metadata.find((m) => m.key === SHEETS_METADATA_KEY);
  const id = registry?.value ? (JSON.parse(registry.value) as { ids?: Partial<Record<SheetRole, number>> }).ids?.[role] : undefined;
  return id === undefined ? undefined : workbook.sheetById(id);
}

/** The same, for tests and benchmarks that need the sheet to be there. */
export function requireAddonSheet(workbook: Workbook, role: SheetRole): SheetModel {
  const sheet = addonSheet(workbook, role);
  if (!sheet) throw new Error(`the add-on has no ${role} sheet in this workbook`);
  return sheet;
}
