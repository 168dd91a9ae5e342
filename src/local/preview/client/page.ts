/**
 * The preview page: sheet tabs, a grid whose cells carry data-a1, a labelled formula bar, the add-on
 * menu built by the bundle's own onOpen, the sidebar in a 300 px frame, and the sheet's charts.
 */
import type { PreviewCell, PreviewChart, PreviewView } from '../protocol';
import { PREVIEW_TEXTS, PreviewTexts } from './texts';
import { renderChart } from './charts';
import { cellA1 as a1, parseA1 } from '../../emulator/a1';

let view: PreviewView;
let sheetId: number | undefined;
let firstRow = 1;
let selected = { row: 1, column: 1 };
let sidebarVersion = 0;
let selectionVersion = 0;
/** How many of the add-on's alerts the page has shown (undefined until the first view). */
let alertsSeen: number | undefined;
/** The cell an entry in the formula bar is for, from its first key until Enter, Tab or Escape. */
let editing: { sheetId: number; row: number; column: number } | undefined;
/** Entries sent, in the order they were made, and how many are still on their way. */
let writes: Promise<void> = Promise.resolve();
let pendingWrites = 0;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const texts = (): PreviewTexts => PREVIEW_TEXTS[view?.lang ?? 'en'];

/** The top-left cell of an A1 notation ("B2", "B2:D9"). */
function topLeft(notation: string): { row: number; column: number } {
  const { row, column } = parseA1(notation, Number.MAX_SAFE_INTEGER);
  return { row, column };
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ?? response.statusText);
  return data as T;
}

async function refresh(): Promise<void> {
  view = await api<PreviewView>(`/api/view?sheet=${sheetId ?? ''}&from=${firstRow}`);
  const selection = view.selection;
  if (selection && selection.version !== selectionVersion) {
    // The add-on selected a range (Range.activate): show its sheet, as Sheets does.
    selectionVersion = selection.version;
    selected = topLeft(selection.a1);
    if (selection.sheetId !== view.sheetId) {
      sheetId = selection.sheetId;
      firstRow = 1;
      view = await api<PreviewView>(`/api/view?sheet=${sheetId}&from=${firstRow}`);
    }
  }
  sheetId = view.sheetId;
  render();
  // The add-on's Ui.alert, shown in the page; a new workbook starts its count again.
  const alerts = view.alert?.count ?? 0;
  if (alertsSeen !== undefined && alerts > alertsSeen && view.alert) void ask(view.alert.text, texts().ok);
  alertsSeen = alerts;
}

/**
 * Asks in an in-page modal dialog (a native confirm() would stop the page, and its tests); resolves
 * true when the user confirms. Without a cancel button it only informs, as the add-on's alerts do.
 * Escape cancels; the focus starts on the safe answer.
 */
function ask(text: string, confirm: string, cancel?: string): Promise<boolean> {
  const dialog = $('dialog') as HTMLDialogElement;
  const yes = $('dialog-confirm');
  const no = $('dialog-cancel');
  $('dialog-text').textContent = text;
  dialog.setAttribute('role', cancel === undefined ? 'alertdialog' : 'dialog');
  yes.textContent = confirm;
  no.hidden = cancel === undefined;
  no.textContent = cancel ?? '';
  if (dialog.open) dialog.close();
  dialog.showModal();
  (cancel === undefined ? yes : no).focus();
  return new Promise((resolve) => {
    const answer = (value: boolean) => {
      yes.onclick = no.onclick = dialog.oncancel = null;
      dialog.close();
      resolve(value);
    };
    yes.onclick = () => answer(true);
    no.onclick = () => answer(false);
    dialog.oncancel = (event) => {
      event.preventDefault();
      answer(false);
    };
  });
}

function status(message: string): void {
  $('status').textContent = message;
}

function cellAt(row: number, column: number): PreviewCell | undefined {
  const index = view.grid.columns.findIndex((c) => c.column === column);
  return view.grid.rows.find((r) => r.row === row)?.cells[index];
}

// Rendering ----------------------------------------------------------------------------------------

function renderChrome(): void {
  const t = texts();
  document.documentElement.lang = view.lang;
  document.title = `${view.title} · ${t.heading}`;
  $('heading').textContent = t.heading;
  $('doc-title').textContent = view.title;
  $('formula-label').textContent = t.formula;
  $('cell-label').textContent = t.cell;
  $('reset').textContent = t.reset;
  $('blank').textContent = t.blank;
  $('locale-label').textContent = t.locale;
  $('tabs').setAttribute('aria-label', t.sheets);
  $('close-sidebar').setAttribute('aria-label', t.closeSidebar);
  $('close-sidebar').title = t.closeSidebar;
  $('notice').textContent = t.notice;
  ($('locale') as HTMLSelectElement).value = view.locale;
}

function renderMenu(): void {
  const button = $('addon-menu');
  const list = $('addon-menu-items');
  button.hidden = !view.menu;
  if (!view.menu) return;
  button.textContent = view.menu.name;
  list.replaceChildren(
    ...view.menu.items.map((item) => {
      if (!item) return Object.assign(document.createElement('hr'), { role: 'separator' });
      const entry = document.createElement('button');
      entry.type = 'button';
      entry.setAttribute('role', 'menuitem');
      entry.textContent = item.caption;
      entry.dataset.function = item.functionName;
      entry.addEventListener('click', () => runMenuItem(item.functionName));
      return entry;
    }),
  );
}

function renderTabs(): void {
  $('tabs').replaceChildren(
    ...view.sheets
      .filter((s) => !s.hidden)
      .map((s) => {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.textContent = s.name;
        tab.dataset.sheetId = String(s.id);
        if (s.id === view.sheetId) tab.setAttribute('aria-current', 'page');
        tab.addEventListener('click', () => openSheet(s.id));
        return tab;
      }),
  );
}

function renderGrid(): void {
  const grid = view.grid;
  const table = document.createElement('table');
  table.className = 'grid';
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', view.sheets.find((s) => s.id === view.sheetId)?.name ?? '');
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement('th'));
  for (const column of grid.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.letter;
    if (column.width) th.style.minWidth = `${column.width}px`;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const { row: rowNumber, cells } of grid.rows) {
    const tr = body.insertRow();
    if (rowNumber <= grid.frozenRows) tr.className = 'frozen';
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(rowNumber);
    tr.appendChild(th);
    cells.forEach((cell, c) => {
      const column = grid.columns[c].column;
      const td = tr.insertCell();
      td.dataset.a1 = a1(rowNumber, column);
      td.id = `cell-${td.dataset.a1}`;
      td.textContent = cell.v;
      td.setAttribute('role', 'gridcell');
      if (cell.num) td.classList.add('num');
      if (cell.m) td.title = cell.m;
      if (cell.n) td.title = cell.n;
      if (cell.v.startsWith('#') || cell.v.startsWith('⚠')) td.classList.add('error');
      if (cell.s) {
        if (cell.s.background) td.style.background = cell.s.background;
        if (cell.s.fontColor) td.style.color = cell.s.fontColor;
        if (cell.s.fontWeight === 'bold') td.style.fontWeight = 'bold';
        if (cell.s.fontStyle === 'italic') td.style.fontStyle = 'italic';
        if (cell.s.horizontalAlignment) td.style.textAlign = cell.s.horizontalAlignment;
        if (cell.s.wrap) td.classList.add('wrap');
      }
      if (rowNumber === selected.row && column === selected.column) td.setAttribute('aria-selected', 'true');
    });
  }
  $('grid').replaceChildren(table);
  const t = texts();
  $('rows').textContent = t.rows(grid.firstRow, grid.windowLastRow, grid.totalRows);
  ($('previous-rows') as HTMLButtonElement).disabled = grid.firstRow <= 1;
  ($('next-rows') as HTMLButtonElement).disabled = grid.windowLastRow >= grid.totalRows;
  $('previous-rows').setAttribute('aria-label', t.previousRows);
  $('next-rows').setAttribute('aria-label', t.nextRows);
  $('pager').hidden = grid.firstRow <= 1 && grid.windowLastRow >= grid.totalRows;
}

function renderSelection(): void {
  document.querySelectorAll('td[aria-selected]').forEach((td) => td.removeAttribute('aria-selected'));
  const name = a1(selected.row, selected.column);
  const td = document.querySelector<HTMLElement>(`td[data-a1="${name}"]`);
  td?.setAttribute('aria-selected', 'true');
  td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  $('cell-name').textContent = name;
  const cell = cellAt(selected.row, selected.column);
  // An entry being typed is the person's: a view that arrives meanwhile does not replace it.
  if (!editing) ($('formula') as HTMLInputElement).value = cell ? (cell.e ?? cell.v) : '';
  $('grid').setAttribute('aria-activedescendant', td ? td.id : '');
  $('cell-message').textContent = cell?.m ?? '';
}

function renderCharts(): void {
  const section = $('charts');
  section.hidden = view.charts.length === 0;
  section.replaceChildren(...view.charts.map((chart: PreviewChart) => renderChart(chart, texts().charts)));
}

function renderSidebar(): void {
  const aside = $('sidebar');
  if (!view.sidebar) {
    aside.hidden = true;
    return;
  }
  aside.hidden = false;
  $('sidebar-title').textContent = view.sidebar.title;
  const frame = $('sidebar-frame') as HTMLIFrameElement;
  frame.title = `${texts().sidebar}: ${view.sidebar.title}`;
  if (view.sidebar.version !== sidebarVersion) {
    sidebarVersion = view.sidebar.version;
    frame.src = `/sidebar?v=${sidebarVersion}`;
  }
}

function render(): void {
  renderChrome();
  renderMenu();
  renderTabs();
  renderGrid();
  renderSelection();
  renderCharts();
  renderSidebar();
  if (view.toasts.length) status(view.toasts[view.toasts.length - 1]);
}

// Actions ------------------------------------------------------------------------------------------

async function openSheet(id: number): Promise<void> {
  sheetId = id;
  firstRow = 1;
  selected = { row: 1, column: 1 };
  await api('/api/sheet', { sheetId: id });
  await refresh();
}

async function runMenuItem(functionName: string): Promise<void> {
  closeMenu();
  status(texts().working);
  const shownBefore = sidebarVersion;
  try {
    await api('/api/menu', { functionName });
    status('');
  } catch (error) {
    status((error as Error).message);
  }
  await refresh();
  // A sidebar the menu just opened takes the focus (and then gives it to its heading): the keyboard goes on inside it.
  if (sidebarVersion !== shownBefore) $('sidebar-frame').focus();
}

/**
 * Sends an entry for a cell. Entries go one after the other, in the order they were made, while the
 * selection has already moved on (a person types the next cell without waiting); the grid is busy until
 * the last one is in, then shows the workbook as they left it.
 */
function write(target: { sheetId: number; row: number; column: number }, input: string): Promise<void> {
  pendingWrites++;
  $('grid').setAttribute('aria-busy', 'true');
  writes = writes
    .then(() => api('/api/cell', { sheetId: target.sheetId, a1: a1(target.row, target.column), input }))
    .catch((error: Error) => status(`${texts().writeFailed}: ${error.message}`))
    .then(async () => {
      if (--pendingWrites > 0) return;
      await refresh();
      if (pendingWrites === 0) $('grid').setAttribute('aria-busy', 'false');
    });
  return writes;
}

/** Starts an entry for the selected cell in the formula bar: `initial` replaces its content (a key typed on the grid), or edits it. */
function startEntry(initial?: string): void {
  const formula = $('formula') as HTMLInputElement;
  editing = { sheetId: view.sheetId, ...selected };
  if (initial !== undefined) formula.value = initial;
  formula.focus();
  formula.setSelectionRange(formula.value.length, formula.value.length);
}

/**
 * Ends the entry as Sheets does: Enter commits it and moves down a row (Shift+Enter up), Tab right
 * (Shift+Tab left); the grid then has the focus again, and the formula bar shows the next cell. An
 * entry left unchanged is not written again.
 */
function commitEntry(rows: number, columns: number): void {
  const target = editing ?? { sheetId: view.sheetId, ...selected };
  editing = undefined;
  const input = ($('formula') as HTMLInputElement).value;
  const cell = target.sheetId === view.sheetId ? cellAt(target.row, target.column) : undefined;
  if (input !== (cell ? (cell.e ?? cell.v) : '')) void write(target, input);
  if (target.sheetId === view.sheetId) selected = { row: target.row, column: target.column };
  move(rows, columns);
  $('grid').focus();
}

/** Escape: the entry is dropped, the cell keeps what it had. */
function cancelEntry(): void {
  editing = undefined;
  renderSelection();
  $('grid').focus();
}

/** Moves the selection through the rows and columns shown: hidden columns are skipped, as in Sheets. */
function move(rows: number, columns: number): void {
  const step = (shown: number[], current: number, by: number) => {
    const index = shown.indexOf(current);
    return shown[Math.min(Math.max(0, (index < 0 ? 0 : index) + by), shown.length - 1)];
  };
  selected = {
    row: step(
      view.grid.rows.map((r) => r.row),
      selected.row,
      rows,
    ),
    column: step(
      view.grid.columns.map((c) => c.column),
      selected.column,
      columns,
    ),
  };
  renderSelection();
}

function closeMenu(): void {
  $('addon-menu-items').hidden = true;
  $('addon-menu').setAttribute('aria-expanded', 'false');
}

function wire(): void {
  const menuButton = $('addon-menu');
  const menuItems = $('addon-menu-items');
  menuButton.addEventListener('click', () => {
    const open = menuItems.hidden;
    menuItems.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
    if (open) menuItems.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  });
  menuItems.addEventListener('keydown', (event) => {
    const items = [...menuItems.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      closeMenu();
      menuButton.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!menuButton.contains(event.target as Node) && !menuItems.contains(event.target as Node)) closeMenu();
  });

  const grid = $('grid');
  grid.addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-a1]');
    if (!td?.dataset.a1) return;
    selected = topLeft(td.dataset.a1);
    renderSelection();
  });
  grid.addEventListener('dblclick', () => startEntry());
  grid.addEventListener('keydown', (event) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (moves[event.key]) {
      event.preventDefault();
      move(...moves[event.key]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEntry();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void write({ sheetId: view.sheetId, ...selected }, '');
    } else if (event.key.length === 1) {
      // A key typed on a cell starts a new entry that replaces its content, as in Sheets.
      event.preventDefault();
      startEntry(event.key);
    }
    // Tab leaves the grid for the next control: the grid is one stop of the page's tab order.
  });

  const formula = $('formula') as HTMLInputElement;
  formula.addEventListener('focus', () => {
    // Clicking into the formula bar edits the selected cell.
    if (!editing) editing = { sheetId: view.sheetId, ...selected };
  });
  formula.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitEntry(event.shiftKey ? -1 : 1, 0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commitEntry(0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelEntry();
    }
  });
  formula.addEventListener('blur', () => {
    // Clicking elsewhere in the page keeps what was typed, where it was typed (Sheets); leaving the window does not end the entry.
    if (!editing || !document.hasFocus()) return;
    const target = editing;
    const cell = target.sheetId === view.sheetId ? cellAt(target.row, target.column) : undefined;
    editing = undefined;
    if (formula.value !== (cell ? (cell.e ?? cell.v) : '')) void write(target, formula.value);
  });

  // Both replace the whole workbook: they ask first.
  const replaceWorkbook = async (path: string, question: string, action: string, done: string) => {
    if (!(await ask(question, action, texts().cancel))) return;
    await api(path, {});
    sheetId = undefined;
    firstRow = 1;
    sidebarVersion = 0;
    selected = { row: 1, column: 1 };
    await refresh();
    status(done);
  };
  $('reset').addEventListener('click', () => replaceWorkbook('/api/reset', texts().confirmReset, texts().reset, texts().resetDone));
  $('blank').addEventListener('click', () => replaceWorkbook('/api/blank', texts().confirmBlank, texts().blank, texts().blankDone));
  $('locale').addEventListener('change', async (event) => {
    await api('/api/locale', { locale: (event.target as HTMLSelectElement).value });
    await refresh();
  });
  const pageRows = () => view.grid.windowLastRow - view.grid.firstRow + 1;
  $('previous-rows').addEventListener('click', () => {
    firstRow = Math.max(1, view.grid.firstRow - pageRows());
    void refresh();
  });
  $('next-rows').addEventListener('click', () => {
    firstRow = view.grid.windowLastRow + 1;
    void refresh();
  });
  $('close-sidebar').addEventListener('click', async () => {
    await api('/api/sidebar/close', {});
    await refresh();
  });
  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin) return;
    const type = (event.data as { type?: string })?.type;
    if (type === 'script-run-done') void refresh();
    if (type === 'sidebar-close') void api('/api/sidebar/close', {}).then(refresh);
  });
}

wire();
void refresh();
