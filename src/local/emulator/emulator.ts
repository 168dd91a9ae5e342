/**
 * Runs the real built add-on (build/Code.js) against an in-memory spreadsheet: the bundle is loaded in
 * a fresh V8 context whose globals are typed fakes of the Apps Script services, and its custom
 * functions are served to HyperFormula. Node only; never part of the Apps Script bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import { CallCounter, counted } from '../fakes/calls';
import { FakeConsole } from '../fakes/console';
import { FakeHtmlService } from '../fakes/html';
import { FakeLockService, LockTable } from '../fakes/lock';
import { FakePropertiesService, PropertyStores } from '../fakes/properties';
import { FakeSession } from '../fakes/session';
import { CHART_TYPES, type AuthMode, SpreadsheetContext, spreadsheetAppFake } from '../fakes/spreadsheet';
import { FakeScriptApp, openEvent } from '../fakes/script';
import { FakeUi } from '../fakes/ui';
import { FakeUtilities } from '../fakes/utilities';
import { UnknownFunction, registerCustomFunctions } from './custom-functions';
import type { Workbook } from './workbook';
import { type WorkbookJson, blankWorkbookFor, restoreWorkbook, workbookToJson } from './persistence';

export const ADDON_MENU_NAME = 'Social ROI';

export interface EmulatorState {
  workbook: WorkbookJson;
  properties: PropertyStores;
  /** False while the add-on is installed but not yet used in the document (absent: used). */
  usedInDocument?: boolean;
}

export interface EmulatorOptions {
  /** Folder of the pushed project: Code.js and the .html files. Default: build. */
  projectDir?: string;
  /** The user's own locale (Session.getActiveUserLocale); defaults to the spreadsheet's. */
  userLocale?: string;
  /**
   * The script project running the bundle (default: DEFAULT_PROJECT). Developer metadata of PROJECT
   * visibility is seen by the project that wrote it only, as when a script moves to another Cloud project.
   */
  projectId?: string;
  /**
   * False for a document where the add-on is installed but not yet used: onOpen runs in AuthMode.NONE
   * and its custom functions show #NAME?, until the user runs any of its menu items or sidebars.
   */
  usedInDocument?: boolean;
}

export const DEFAULT_PROJECT = 'social-roi-script';

/**
 * Copies a custom function's argument into the bundle's realm, as Apps Script hands the script its own
 * arrays and Dates: the add-on's `value instanceof Date` holds for a date cell.
 */
const BUNDLE_VALUES = `(function intoBundle(value) {
  if (Array.isArray(value)) {
    var copy = [];
    for (var i = 0; i < value.length; i++) copy.push(intoBundle(value[i]));
    return copy;
  }
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date(value.getTime());
  return value;
})`;

/** Names of the custom functions a bundle declares: top-level functions whose JSDoc says @customfunction. */
export function declaredCustomFunctions(code: string): string[] {
  return [...code.matchAll(/@customfunction[\s\S]*?\*\/\s*\nfunction (\w+)\(/g)].map((m) => m[1]);
}

export class Emulator {
  readonly calls = new CallCounter();
  readonly ui: FakeUi;
  readonly locks = new LockTable();
  readonly customFunctionNames: string[];
  readonly session: FakeSession;
  /** What the add-on logged: Apps Script's executions log. */
  readonly console = new FakeConsole();
  private readonly context: Context;
  private readonly ctx: SpreadsheetContext;
  private executions = 0;
  /** Whether the add-on has been used in this document (see EmulatorOptions.usedInDocument). */
  usedInDocument: boolean;
  private currentExecution = 'execution-0';

  constructor(
    readonly workbook: Workbook,
    readonly properties: PropertyStores = { document: {}, user: {}, script: {} },
    options: EmulatorOptions = {},
  ) {
    const projectDir = options.projectDir ?? 'build';
    this.usedInDocument = options.usedInDocument ?? true;
    const code = readFileSync(join(projectDir, 'Code.js'), 'utf8');
    this.ui = new FakeUi(this.calls, ADDON_MENU_NAME);
    this.ctx = { workbook, calls: this.calls, ui: this.ui, authMode: 'FULL', projectId: options.projectId ?? DEFAULT_PROJECT };
    this.session = new FakeSession(this.calls, options.userLocale ?? workbook.locale, workbook.timeZone);
    const services = {
      SpreadsheetApp: spreadsheetAppFake(this.ctx),
      Session: this.session,
      HtmlService: new FakeHtmlService(this.calls, projectDir),
      PropertiesService: counted(new FakePropertiesService(properties, this.calls), 'PropertiesService', this.calls),
      LockService: counted(new FakeLockService(this.locks, () => this.currentExecution, this.calls), 'LockService', this.calls),
      Utilities: counted(new FakeUtilities(), 'Utilities', this.calls),
      Charts: { ChartType: CHART_TYPES },
      ScriptApp: new FakeScriptApp(),
      console: this.console,
    };
    this.context = createContext(services);
    runInContext(code, this.context, { filename: join(projectDir, 'Code.js') });
    this.customFunctionNames = declaredCustomFunctions(code);
    const intoBundle = runInContext(BUNDLE_VALUES, this.context) as (value: unknown) => unknown;
    workbook.customFunctions = (name, args) => {
      if (!this.usedInDocument) throw new UnknownFunction(name);
      return this.callGlobal(name, args.map(intoBundle));
    };
    registerCustomFunctions(this.customFunctionNames);
    // An engine knows the functions registered when it was built, and its cells were evaluated
    // without this add-on: rebuild and recalculate them with it.
    workbook.recalculate();
  }

  /** An emulator over a saved state: the add-on is loaded first, so the saved cells are evaluated once, with it. */
  static fromState(state: EmulatorState, options: EmulatorOptions = {}): Emulator {
    const emulator = new Emulator(blankWorkbookFor(state.workbook), state.properties, { usedInDocument: state.usedInDocument, ...options });
    restoreWorkbook(emulator.workbook, state.workbook);
    return emulator;
  }

  state(): EmulatorState {
    return { workbook: workbookToJson(this.workbook), properties: this.properties, usedInDocument: this.usedInDocument };
  }

  private callGlobal(name: string, args: unknown[]): unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn(...args);
  }

  hasGlobal(name: string): boolean {
    return typeof this.context[name] === 'function';
  }

  /**
   * Runs a top-level function of the bundle as one Apps Script execution (a menu item, a trigger, a
   * google.script.run call). Locks the execution held are released at its end, as Apps Script does.
   */
  run(name: string, args: unknown[] = [], authMode: AuthMode = 'FULL'): unknown {
    if (authMode === 'FULL' && !this.usedInDocument) {
      // Running the add-on enables it in the document: its formulas compute from now on.
      this.usedInDocument = true;
      this.workbook.recalculate();
    }
    const execution = `execution-${++this.executions}`;
    const previous = { execution: this.currentExecution, authMode: this.ctx.authMode };
    this.currentExecution = execution;
    this.ctx.authMode = authMode;
    try {
      return this.callGlobal(name, args);
    } finally {
      this.locks.release(execution);
      this.currentExecution = previous.execution;
      this.ctx.authMode = previous.authMode;
    }
  }

  /**
   * Opens the document as Sheets does: onOpen with the authorisation mode of the add-on's state here,
   * NONE where it is installed but not yet used, LIMITED where it is (or the mode given).
   */
  open(authMode: AuthMode = this.usedInDocument ? 'LIMITED' : 'NONE'): void {
    this.run('onOpen', [openEvent(authMode)], authMode);
  }
}
