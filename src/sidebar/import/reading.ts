/**
 * Reading the picked files and the pasted text into Sources, one at a time, letting the browser paint
 * the progress between them. A file is read as bytes (the parser finds its encoding).
 */
import { readSource, type ReadContext, type Source } from './sources';

/** Larger files are not read at all: a year of daily exports is far smaller, and the sidebar has little memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadProgress {
  /** 1-based. */
  index: number;
  total: number;
  /** The file being read; undefined for the pasted text. */
  fileName?: string;
}

/** Resolves after the browser had a chance to paint (or soon, when the frame is hidden and never paints). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    window.requestAnimationFrame(() => window.setTimeout(done, 0));
    window.setTimeout(done, 50);
  });
}

let nextId = 1;

/** A new source; what the user chose for the same file before (read again after "Back") is kept. */
function newSource(fields: Pick<Source, 'fileName' | 'key'> & Partial<Source>, earlier: readonly Source[]): Source {
  const before = earlier.find((s) => s.key === fields.key);
  const kept = before && {
    channel: before.channel,
    kpiOverrides: before.kpiOverrides,
    mapping: before.mapping,
    columns: before.columns,
    excluded: before.excluded,
  };
  return { id: nextId++, kpiOverrides: {}, excluded: false, ...kept, ...fields };
}

async function fileSource(file: File, context: ReadContext, earlier: readonly Source[]): Promise<Source> {
  const source = newSource({ fileName: file.name, key: `${file.name}\u0001${file.size}` }, earlier);
  if (file.size > MAX_FILE_BYTES) {
    source.failure = { kind: 'tooLarge', bytes: file.size, limit: MAX_FILE_BYTES };
    return source;
  }
  try {
    source.bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    source.failure = { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) };
    return source;
  }
  readSource(source, context);
  return source;
}

export async function readAll(
  files: readonly File[],
  pasted: string,
  context: ReadContext,
  progress: (p: ReadProgress) => void,
  earlier: readonly Source[] = [],
): Promise<Source[]> {
  const withPaste = pasted.trim() !== '';
  const total = files.length + (withPaste ? 1 : 0);
  const sources: Source[] = [];
  for (let i = 0; i < files.length; i++) {
    progress({ index: i + 1, total, fileName: files[i].name });
    await nextPaint();
    sources.push(await fileSource(files[i], context, earlier));
  }
  if (withPaste) {
    progress({ index: total, total });
    await nextPaint();
    const source = newSource({ key: `pasted\u0001${pasted}`, text: pasted }, earlier);
    readSource(source, context);
    sources.push(source);
  }
  return sources;
}
