/**
 * "Import platform data": the pure domain. Server-safe: decode.ts and file.ts (TextDecoder, browser
 * only) are not re-exported here; the sidebar imports them directly.
 */
export type {
  ColumnMapping,
  ColumnOrFixed,
  DateRange,
  Delimiter,
  IgnoredColumn,
  IgnoredReason,
  ImportFatal,
  ImportPreview,
  KnownPlatformId,
  MappingGuess,
  ParseOptions,
  PlatformId,
  Rejection,
  RejectReason,
  SkippedSource,
  UsedColumn,
} from './types';
export { parseExport } from './parse';
export { guessMapping, parseWithMapping } from './mapping';
export {
  combineReadings,
  planImport,
  overlapOf,
  readingKey,
  type Collision,
  type CombinedReadings,
  type ImportMode,
  type ImportPlan,
  type Overlap,
} from './merge';
export { METRIC_MAP_VERSION, METRIC_RULES, type MetricRule } from './metrics-map';
export { MAX_LINES } from './prepare';
export { PLATFORMS, detectPlatform } from './platforms';
export { channelOfSource } from './sources';
export { parseCsv, type CsvRecord } from './csv';
export { parseLocaleNumber, scanNumber } from '../numbers';
export { scanDate, resolveDate, dayOrderFromLocale } from './dates';
