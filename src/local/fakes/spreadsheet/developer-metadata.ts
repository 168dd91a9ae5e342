/** DeveloperMetadata and its finder; an entry of PROJECT visibility is seen by the project that wrote it only. */
import type { MetadataSpec } from '../../emulator/sheet-model';
import { counted } from '../calls';
import { type SpreadsheetContext, as, deny } from './context';
import { sheetFake } from './sheet';
import { spreadsheetFake } from './spreadsheet';

/** Whether a script project sees a developer metadata entry. */
function visibleTo(ctx: SpreadsheetContext, m: MetadataSpec): boolean {
  return m.visibility !== 'PROJECT' || m.project === ctx.projectId;
}

export class FakeDeveloperMetadata implements Pick<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  'getId' | 'getKey' | 'getValue' | 'setValue' | 'getVisibility' | 'setVisibility' | 'getLocation' | 'remove'
> {
  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly spec: MetadataSpec,
  ) {}

  getId(): number {
    return this.spec.id;
  }

  getKey(): string {
    return this.spec.key;
  }

  getValue(): string | null {
    return this.spec.value;
  }

  setValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.ctx.workbook.readOnly && deny('set developer metadata');
    this.spec.value = value;
    return as(this);
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return as(this.spec.visibility);
  }

  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.ctx.workbook.readOnly && deny('set developer metadata');
    this.spec.visibility = String(visibility);
    if (this.spec.visibility === 'PROJECT') this.spec.project = this.ctx.projectId;
    else delete this.spec.project;
    return as(this);
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const ctx = this.ctx;
    const location = this.spec.location;
    const sheet = location.type === 'SHEET' ? ctx.workbook.sheetById(location.sheetId) : undefined;
    return as(
      counted(
        {
          getLocationType: () => location.type,
          getSheet: () => (sheet ? sheetFake(ctx, sheet) : null),
          getSpreadsheet: () => (location.type === 'SPREADSHEET' ? spreadsheetFake(ctx) : null),
        },
        'DeveloperMetadataLocation',
        ctx.calls,
      ),
    );
  }

  remove(): void {
    this.ctx.workbook.readOnly && deny('remove developer metadata');
    this.ctx.workbook.metadata = this.ctx.workbook.metadata.filter((m) => m.id !== this.spec.id);
  }
}

type FinderApi = Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withKey' | 'withValue' | 'withId' | 'find'>;

export class FakeDeveloperMetadataFinder implements FinderApi {
  private readonly filters: Array<(m: MetadataSpec) => boolean> = [];

  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly scope: (m: MetadataSpec) => boolean,
  ) {}

  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return as(this);
  }

  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.value === value);
    return as(this);
  }

  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.id === id);
    return as(this);
  }

  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ctx.workbook.metadata
      .filter((m) => visibleTo(this.ctx, m) && this.scope(m) && this.filters.every((f) => f(m)))
      .map((m) => as(counted(new FakeDeveloperMetadata(this.ctx, m), 'DeveloperMetadata', this.ctx.calls)));
  }
}
