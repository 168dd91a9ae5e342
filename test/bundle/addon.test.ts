/** The bundle's add-on surface, run in a bare V8 context with typed fakes of the Apps Script services. */
import { readFileSync } from 'node:fs';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { CallCounter, ServiceDenied } from '../../src/local/fakes/calls';
import { FakeUi } from '../../src/local/fakes/ui';
import { FakeHtmlService } from '../../src/local/fakes/html';
import { FakeSession } from '../../src/local/fakes/session';
import { FakeScriptApp } from '../../src/local/fakes/script';
import { loadBundle } from '../support/bundle';
import { SIDEBAR_ENDPOINTS } from '../../src/addon/endpoints';

/** Services as onOpen sees them in AuthMode.NONE: Ui and Session answer, anything authorised throws. */
function unauthorisedServices(userLocale: string) {
  const calls = new CallCounter();
  const ui = new FakeUi(calls, 'Social ROI');
  const app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi' | 'getActiveSpreadsheet'> = {
    getUi: () => ui as unknown as GoogleAppsScript.Base.Ui,
    getActiveSpreadsheet: () => {
      throw new ServiceDenied('SpreadsheetApp.getActiveSpreadsheet');
    },
  };
  const denied = new Proxy(
    {},
    {
      get: (_t, name) => () => {
        throw new ServiceDenied(`PropertiesService.${String(name)}`);
      },
    },
  );
  const services = {
    ScriptApp: new FakeScriptApp(),
    SpreadsheetApp: app,
    Session: new FakeSession(calls, userLocale, 'Europe/Paris'),
    PropertiesService: denied,
    LockService: denied,
    HtmlService: new FakeHtmlService(calls, 'build'),
  };
  return { ui, calls, scope: loadBundle(services) };
}

test('onOpen builds the add-on menu in AuthMode.NONE, touching no authorised service', () => {
  const { ui, scope } = unauthorisedServices('en');
  scope.run('onOpen({ authMode: "NONE" })');
  expect(ui.menus).toHaveLength(1);
  expect(ui.menus[0].items.length).toBeGreaterThan(0);
});

test.each([['NONE'], ['LIMITED']])('every menu item calls a top-level function of the bundle (AuthMode.%s)', (mode) => {
  const { ui, scope } = unauthorisedServices('en');
  scope.run(`onOpen({ authMode: ScriptApp.AuthMode.${mode} })`);
  for (const item of ui.menus[0].items) {
    if (item === 'separator') continue;
    expect(scope.run(`typeof ${item.functionName}`)).toBe('function');
    expect(item.functionName).not.toMatch(/_$/);
  }
});

test('every sidebar endpoint is a top-level function of the bundle, the name google.script.run calls', () => {
  const { scope } = unauthorisedServices('en');
  for (const name of Object.keys(SIDEBAR_ENDPOINTS)) expect(scope.run(`typeof ${name}`)).toBe('function');
});

/** The menu onOpen(event) builds for a user of this locale: each item's caption or function, "-" for a separator. */
function menuAfterOpen(userLocale: string, event: string, field: 'caption' | 'functionName'): string[] {
  const { ui, scope } = unauthorisedServices(userLocale);
  scope.run(`onOpen(${event})`);
  return ui.menus[0].items.map((i) => (i === 'separator' ? '-' : i[field]));
}

test('the menu speaks the user language', () => {
  expect(menuAfterOpen('en', '{}', 'caption')).toContain('Formula help');
  expect(menuAfterOpen('fr', '{}', 'caption')).toContain('Aide des formules');
});

test('only in AuthMode.NONE (installed, not yet used here) does the menu offer to enable the formulas', () => {
  expect(menuAfterOpen('en', '{ authMode: ScriptApp.AuthMode.NONE }', 'functionName')).toEqual([
    'enableFormulas',
    '-',
    'showWizard',
    'showImport',
    'showFormulaHelp',
  ]);
  expect(menuAfterOpen('en', '{ authMode: ScriptApp.AuthMode.LIMITED }', 'functionName')).toEqual([
    'showWizard',
    'showImport',
    'showFormulaHelp',
  ]);
  expect(menuAfterOpen('fr', '{ authMode: ScriptApp.AuthMode.NONE }', 'caption')[0]).toBe('Activer les formules dans ce document');
});

test.each([['NONE'], ['FULL']])('onInstall builds the same menu as onOpen (AuthMode.%s)', (mode) => {
  const installed = unauthorisedServices('fr');
  installed.scope.run(`onInstall({ authMode: ScriptApp.AuthMode.${mode} })`);
  const opened = unauthorisedServices('fr');
  opened.scope.run(`onOpen({ authMode: ScriptApp.AuthMode.${mode} })`);
  expect(installed.ui.menus).toHaveLength(1);
  expect(installed.ui.menus[0].items).toEqual(opened.ui.menus[0].items);
});

test.each([
  ['en', 'Social ROI formulas'],
  ['fr', 'Formules Social ROI'],
])('the formula help (%s) lists every formula from the metadata', (locale, heading) => {
  const { ui, scope } = unauthorisedServices(locale);
  scope.run('showFormulaHelp()');
  expect(ui.sidebar?.html).toContain(`<h1>${heading}</h1>`);
  for (const def of FORMULA_REFERENCE) expect(ui.sidebar?.html).toContain(`id="${def.name}"`);
  expect(ui.sidebar?.html).toBe(readFileSync(`build/help-${locale}.html`, 'utf8'));
});
