/** A picked file's bytes straight to a preview (browser sidebar). Uses TextDecoder: never import it from server code. */
import { decodeBytes, type TextEncodingName } from './decode';
import { parseExport } from './parse';
import { basePreview, withFatal } from './preview';
import type { ImportPreview, ParseOptions } from './types';

export function parseExportFile(bytes: Uint8Array, options: ParseOptions = {}): ImportPreview & { encoding: TextEncodingName } {
  const decoded = decodeBytes(bytes, options.fileName);
  if (decoded.error) return { ...withFatal(basePreview('unknown'), decoded.error), encoding: decoded.encoding };
  return { ...parseExport({ ...options, text: decoded.text }), encoding: decoded.encoding };
}
