/**
 * What every fake of one emulated spreadsheet shares, and the small helpers they all use. Each fake of
 * this folder implements a Pick<> of the real interface from @types/google-apps-script, so a signature
 * that drifts from Apps Script fails to compile; every call the add-on makes is counted (see counted()).
 */
import type { Workbook } from '../../emulator/workbook';
import { type CallCounter, ServiceDenied } from '../calls';
import type { FakeUi } from '../ui';

/** The Apps Script types the fakes stand for. */
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shared by every fake of one emulated spreadsheet. */
export interface SpreadsheetContext {
  workbook: Workbook;
  calls: CallCounter;
  ui: FakeUi;
  /**
   * NONE: onOpen in a document where the add-on is installed but not yet used; the spreadsheet is then
   * out of reach. LIMITED: onOpen where it has been used; FULL: a menu item, a sidebar call.
   */
  authMode: AuthMode;
  /** The script project running: developer metadata of PROJECT visibility is seen by its project only. */
  projectId: string;
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** A fake handed back where Apps Script's type is expected: the fakes implement only what the add-on calls. */
export const as = <T>(value: unknown) => value as T;

/** Thrown by a write from a custom function, which Sheets refuses. */
export function deny(what: string): never {
  throw new ServiceDenied(`${what} from a custom function`);
}
