/**
 * The `npm start` preview: an HTTP server on 127.0.0.1 that runs the real built add-on in the emulator
 * and serves a page to use it. The workbook is kept in a JSON file so work survives a restart.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { parseA1 } from '../emulator/a1';
import { Emulator, EmulatorState } from '../emulator/emulator';
import { CANONICAL, formulaSyntax, translateFormula } from '../../core/formula-syntax';
import { Workbook } from '../emulator/workbook';
import { PREVIEW_TEXTS } from './client/texts';
import { addSampleGoals, addSampleTracking, sampleWorkbook } from './sample';
import type { ScriptRunRequest, ScriptRunResponse } from './protocol';
import { returnedValue } from '../script-run/rules';
import { previewView } from './view';
import { browserScript } from '../browser-script';

export interface PreviewOptions {
  port: number;
  dataFile: string;
  projectDir?: string;
  /** Log lines; silent in tests. */
  log?: (line: string) => void;
}

export interface PreviewServer {
  url: string;
  emulator(): Emulator;
  close(): Promise<void>;
}

/** The page's sources; npm scripts and jest run from the repository root. */
const CLIENT_DIR = join(process.cwd(), 'src', 'local', 'preview', 'client');

const bundleClient = (entry: string) => browserScript(join(CLIENT_DIR, entry));

/**
 * What a user types in the formula bar, as the emulator takes it: a formula in the locale's syntax is
 * translated to the canonical one (as Apps Script does); anything else goes as typed, and the workbook
 * reads it as Sheets reads a typed entry in the spreadsheet's locale (Workbook.setContents).
 */
export function parseCellInput(input: string, locale: string): unknown {
  if (input.startsWith('=')) return translateFormula(input, formulaSyntax(locale), CANONICAL);
  return input;
}

/**
 * A google.script.run call from the preview's sidebar, run in the emulator as one execution, answered as
 * Apps Script answers it: the returned value if it may cross (a Date may not: src/local/script-run),
 * else why the call failed.
 */
export function runScriptFunction(
  emulator: Pick<Emulator, 'hasGlobal' | 'run'>,
  { functionName, args }: ScriptRunRequest,
): ScriptRunResponse {
  if (typeof functionName !== 'string' || functionName.endsWith('_') || !emulator.hasGlobal(functionName)) {
    return { ok: false, error: { name: 'ScriptError', message: `Script function not found: ${functionName}` } };
  }
  try {
    const returned = returnedValue(emulator.run(functionName, Array.isArray(args) ? args : []));
    return returned.ok ? returned : { ok: false, error: { name: 'ScriptError', message: returned.error } };
  } catch (error) {
    const e = error as { name?: string; message?: string };
    return { ok: false, error: { name: e.name ?? 'Error', message: e.message ?? String(error) } };
  }
}

function readBody(request: IncomingMessage, limit = 25 * 1024 * 1024): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('Request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

function injectShim(html: string, shim: string): string {
  const tag = `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.log ?? (() => undefined);
  const projectDir = options.projectDir ?? 'build';
  const [pageScript, shim] = await Promise.all([bundleClient('page.ts'), bundleClient('script-run-shim.ts')]);
  const pageHtml = readFileSync(join(CLIENT_DIR, 'index.html'), 'utf8');

  const fresh = (): Emulator => {
    const emulator = new Emulator(sampleWorkbook(), undefined, { projectDir });
    emulator.open();
    addSampleTracking(emulator);
    addSampleGoals(emulator);
    return emulator;
  };

  /**
   * A new spreadsheet in the current locale, where the add-on is installed but not yet used: its menu
   * offers to enable the formulas, and the wizard's first opening sets up the four sheets.
   */
  const blank = (locale: string): Emulator => {
    const t = PREVIEW_TEXTS[/^fr/i.test(locale) ? 'fr' : 'en'];
    const workbook = new Workbook(t.blankTitle, locale, 'Europe/Paris');
    workbook.addSheet(t.blankSheet);
    const emulator = new Emulator(workbook, undefined, { projectDir, usedInDocument: false });
    emulator.open();
    return emulator;
  };

  const load = (): Emulator => {
    if (!existsSync(options.dataFile)) return fresh();
    try {
      const state = JSON.parse(readFileSync(options.dataFile, 'utf8')) as EmulatorState;
      const emulator = Emulator.fromState(state, { projectDir });
      emulator.open();
      return emulator;
    } catch (error) {
      const backup = `${options.dataFile}.unreadable-${Date.now()}`;
      renameSync(options.dataFile, backup);
      log(`Could not read ${options.dataFile} (${(error as Error).message}); kept it as ${backup} and started from the sample.`);
      return fresh();
    }
  };

  let emulator = load();

  const save = () => {
    mkdirSync(dirname(options.dataFile), { recursive: true });
    const temporary = `${options.dataFile}.tmp`;
    writeFileSync(temporary, JSON.stringify(emulator.state()));
    renameSync(temporary, options.dataFile);
  };
  save();

  const routes: Record<string, (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | void> = {
    'GET /': (_q, r) => send(r, 200, pageHtml, 'text/html; charset=utf-8'),
    'GET /page.js': (_q, r) => send(r, 200, pageScript, 'text/javascript; charset=utf-8'),
    'GET /api/view': (_q, r, url) => {
      const sheet = url.searchParams.get('sheet');
      json(r, 200, previewView(emulator, sheet ? Number(sheet) : undefined, Number(url.searchParams.get('from') ?? 1) || 1));
    },
    'GET /sidebar': (_q, r) => {
      const sidebar = emulator.ui.sidebar;
      if (!sidebar) return send(r, 404, '<!DOCTYPE html><p>No sidebar is open.</p>', 'text/html; charset=utf-8');
      send(r, 200, injectShim(sidebar.html, shim), 'text/html; charset=utf-8');
    },
    'POST /api/cell': async (q, r) => {
      const { sheetId, a1, input } = (await readBody(q)) as { sheetId: number; a1: string; input: string };
      const sheet = emulator.workbook.sheetById(Number(sheetId));
      if (!sheet || typeof a1 !== 'string' || typeof input !== 'string')
        return json(r, 400, { error: 'sheetId, a1 and input are required' });
      const { row, column } = parseA1(a1, sheet.maxRows);
      emulator.workbook.setContents(sheet, { row, column, numRows: 1, numColumns: 1 }, [[parseCellInput(input, emulator.workbook.locale)]]);
      save();
      json(r, 200, { ok: true });
    },
    'POST /api/sheet': async (q, r) => {
      const { sheetId } = (await readBody(q)) as { sheetId: number };
      if (emulator.workbook.sheetById(Number(sheetId))) emulator.workbook.activeSheetId = Number(sheetId);
      save();
      json(r, 200, { ok: true });
    },
    'POST /api/menu': async (q, r) => {
      const { functionName } = (await readBody(q)) as { functionName: string };
      const known = emulator.ui.menus.some((m) => m.items.some((i) => i !== 'separator' && i.functionName === functionName));
      if (!known) return json(r, 400, { error: `No menu item runs ${functionName}` });
      try {
        emulator.run(functionName);
        json(r, 200, { ok: true });
      } catch (error) {
        json(r, 500, { error: (error as Error).message });
      } finally {
        save();
      }
    },
    'POST /api/run': async (q, r) => {
      const result = runScriptFunction(emulator, (await readBody(q)) as ScriptRunRequest);
      save();
      json(r, 200, result);
    },
    'POST /api/sidebar/close': (_q, r) => {
      emulator.ui.sidebar = undefined;
      json(r, 200, { ok: true });
    },
    'POST /api/reset': (_q, r) => {
      emulator = fresh();
      save();
      json(r, 200, { ok: true });
    },
    'POST /api/blank': (_q, r) => {
      emulator = blank(emulator.workbook.locale);
      save();
      json(r, 200, { ok: true });
    },
    'POST /api/locale': async (q, r) => {
      const { locale } = (await readBody(q)) as { locale: string };
      if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(String(locale))) return json(r, 400, { error: 'locale like fr_FR expected' });
      emulator.workbook.setLocale(locale);
      emulator.session.locale = locale;
      emulator.ui.menus = [];
      emulator.open();
      save();
      json(r, 200, { ok: true });
    },
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return json(response, 404, { error: 'Not found' });
    Promise.resolve(handler(request, response, url)).catch((error: Error) => {
      if (!response.headersSent) json(response, 500, { error: error.message });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator: () => emulator,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
