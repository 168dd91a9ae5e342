/**
 * The import sidebar's controller: which view shows, what the user chose (files, pasted text, channel,
 * column matchings, replace or skip) and the write. One loadImport when it opens, one saveImport per
 * import; reading, matching and previewing run in the browser. A problem never loses a choice.
 */
import type { KpiId } from '../../core/catalog';
import { renderImportError, renderImportSummary } from '../../core/import/texts';
import { IMPORT_SIDEBAR_TEXTS, type ImportSidebarTexts } from './texts';
import { langFromLocale, type Lang } from '../../core/lang';
import type { ImportFatal, ImportMode } from '../../core/import';
import type { TrackingRow } from '../../core/tracking';
import type { ImportData, ImportError, ImportSaved, Result } from '../../shared/endpoints';
import { focusHeading, h, replaceChildren } from '../kit/dom';
import { server } from '../kit/server';
import { header, type Header } from '../kit/header';
import { historyRows, readingsDigest } from '../../shared/digest';
import { checkDraft, draftFromGuess, firstValues, mappableColumns, problemCount, type MappingDraft, type MappingProblems } from './mapping';
import { readAll, type ReadProgress } from './reading';
import { awaitsMapping, readSource, textOf, type ReadContext, type Source } from './sources';
import { afterImport, totalsOf, type ImportTotals } from './totals';
import type { ImportViewContext, Shown } from './views/context';
import { doneView } from './views/done';
import { loadFailedView, loadingView } from './views/loading';
import { firstProblemKey, mappingView } from './views/mapping';
import { pickView, type PickState, type PickView } from './views/pick';
import { previewView, writtenCount, type PreviewActions, type PreviewView, type SaveProblem } from './views/preview';

/** Files whose columns are to be matched, the current one first, and how the current one went. */
interface Matching {
  queue: Source[];
  total: number;
  returnTo: 'pick' | 'preview';
  samples?: ReadonlyMap<string, string>;
  problems?: MappingProblems;
  fatal?: ImportFatal;
}

type Screen =
  | { kind: 'loading' }
  | { kind: 'loadFailed'; message: string }
  | { kind: 'pick' }
  | { kind: 'mapping'; source: Source }
  | { kind: 'preview' }
  | { kind: 'done'; saved: ImportSaved };

/**
 * Where focus goes after a render: the view's heading; back to the control that had it (same data-key)
 * when a change rebuilt the view; a given control; or nowhere.
 */
type FocusAfter = 'heading' | 'keep' | 'none' | { key: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function byKey(root: HTMLElement, key: string): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((e) => e.getAttribute('data-key') === key);
}

export class ImportApp {
  private lang: Lang = langFromLocale(navigator.language);
  private screen: Screen = { kind: 'loading' };
  private data: ImportData | undefined;
  private existing: TrackingRow[] = [];

  /** The first step's choices, kept whatever happens later. */
  private readonly choice: PickState = { files: [], pasted: '', channel: '', nothingChosen: false };
  private progress: ReadProgress | undefined;
  private sources: Source[] = [];
  private matching: Matching = { queue: [], total: 0, returnTo: 'pick' };
  /** The user's column matchings by file (name and size), kept for the same file picked again. */
  private readonly drafts = new Map<string, MappingDraft>();

  private mode: ImportMode = 'skip';
  private writing = false;
  private problem: SaveProblem | undefined;

  private pick: PickView | undefined;
  private preview: PreviewView | undefined;
  private readonly header: Header;
  private readonly announcer: HTMLElement;
  private readonly view: HTMLElement;

  constructor(root: HTMLElement) {
    this.header = header((lang) => this.switchLanguage(lang), IMPORT_SIDEBAR_TEXTS);
    this.announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.view = h('div', { class: 'view' });
    replaceChildren(root, this.header.element, h('main', {}, this.announcer, this.view));
  }

  start(): void {
    this.screen = { kind: 'loading' };
    this.render('none');
    server.loadImport().then(
      (result) => this.loaded(result),
      (error) => this.loadFailed(this.texts.problems.unreachable(messageOf(error))),
    );
  }

  private get texts(): ImportSidebarTexts {
    return IMPORT_SIDEBAR_TEXTS[this.lang];
  }

  private loaded(result: Result<ImportData>): void {
    if (!result.ok) {
      const error = result.error;
      this.loadFailed(error.kind === 'failed' ? error.message : error.kind === 'busy' ? this.texts.problems.busy : this.texts.loadFailed);
      return;
    }
    this.data = result.value;
    this.lang = result.value.lang;
    this.existing = historyRows(result.value.existing);
    this.screen = { kind: 'pick' };
    this.render('none');
  }

  private loadFailed(message: string): void {
    this.screen = { kind: 'loadFailed', message };
    this.render('heading');
  }

  private switchLanguage(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // Remembered for next time, as the goal wizard does; the switch neither waits for it nor fails with it.
    server.setLanguage(lang).catch(() => undefined);
    this.render('keep');
  }

  private readContext(): ReadContext | undefined {
    return this.data && { locale: this.data.locale, today: this.data.today, channel: this.choice.channel };
  }

  private totals(): ImportTotals {
    return totalsOf(this.sources, this.existing, this.mode);
  }

  /** Said by screen readers; cleared first so that the same message said twice is said twice. */
  private announce(message: string): void {
    this.announcer.textContent = '';
    window.setTimeout(() => {
      this.announcer.textContent = message;
    }, 50);
  }

  // -------------------------------------------------------------------------------------------------
  // Rendering

  private render(focus: FocusAfter): void {
    const active = document.activeElement as HTMLInputElement | null;
    const keptKey = focus === 'keep' && active && this.view.contains(active) ? active.getAttribute('data-key') : null;
    const caret = keptKey && typeof active?.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd ?? active.selectionStart] : undefined;
    document.documentElement.lang = this.lang;
    document.title = `${this.texts.appName} · ${this.texts.title}`;
    this.header.update(this.data ? this.lang : undefined);
    this.pick = undefined;
    this.preview = undefined;
    const shown = this.build();
    replaceChildren(this.view, shown.element);
    this.restoreStatus();
    const key = typeof focus === 'object' ? focus.key : keptKey;
    if (focus === 'heading' && 'heading' in shown) focusHeading(shown.heading);
    else if (key) {
      const control = byKey(this.view, key) as HTMLInputElement | undefined;
      control?.focus();
      if (caret) control?.setSelectionRange(caret[0], caret[1]);
    }
  }

  /** Progress, write status and problem are shown by their views' handles, after the view is in the page. */
  private restoreStatus(): void {
    this.pick?.showProgress(this.progress);
    this.preview?.showWriting(this.writing);
    this.preview?.showProblem(this.problem, false);
  }

  private build(): Shown | { element: HTMLElement } {
    const screen = this.screen;
    if (screen.kind === 'loadFailed') return loadFailedView(this.lang, screen.message, () => this.start());
    const ctx: ImportViewContext | undefined = this.data && { lang: this.lang, texts: this.texts, data: this.data };
    if (screen.kind === 'loading' || !ctx) return { element: loadingView() };
    switch (screen.kind) {
      case 'pick':
        this.pick = pickView(ctx, this.choice, {
          filesChosen: (files) => this.pickChanged(() => (this.choice.files = files), true),
          pasted: (text) => this.pickChanged(() => (this.choice.pasted = text), false),
          channelChosen: (channel) => (this.choice.channel = channel),
          read: () => void this.read(),
        });
        return this.pick;
      case 'mapping':
        return this.buildMapping(ctx, screen.source);
      case 'preview':
        this.preview = previewView(ctx, { sources: this.sources, totals: this.totals(), mode: this.mode }, this.previewActions());
        return this.preview;
      case 'done':
        return doneView(ctx, screen.saved, () => this.importMore());
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Step 1: pick and read

  /** A pick changed: its error goes once something is chosen; the file list is shown again. */
  private pickChanged(change: () => void, rerender: boolean): void {
    change();
    const fixed = this.choice.nothingChosen && this.somethingChosen();
    if (fixed) this.choice.nothingChosen = false;
    if (rerender || fixed) this.render('keep');
  }

  private somethingChosen(): boolean {
    return this.choice.files.length > 0 || this.choice.pasted.trim() !== '';
  }

  private async read(): Promise<void> {
    const context = this.readContext();
    if (!context || this.progress) return;
    if (!this.somethingChosen()) {
      this.choice.nothingChosen = true;
      this.render({ key: 'files' });
      this.announce(this.texts.pick.nothingChosen);
      return;
    }
    const show = (progress: ReadProgress) => {
      this.progress = progress;
      this.pick?.showProgress(progress);
    };
    try {
      this.sources = await readAll(this.choice.files, this.choice.pasted, context, show, this.sources);
    } finally {
      this.progress = undefined;
      this.pick?.showProgress(undefined);
    }
    this.mode = 'skip';
    this.problem = undefined;
    this.startMatching(this.sources.filter(awaitsMapping), 'pick');
  }

  // -------------------------------------------------------------------------------------------------
  // Step 2: match the columns of files no platform spec knows

  private startMatching(queue: Source[], returnTo: Matching['returnTo']): void {
    this.matching = { queue, total: queue.length, returnTo };
    this.openMapping();
  }

  /** Opens the first file left to match, or the preview when none is left. */
  private openMapping(): void {
    const source = this.matching.queue[0];
    const columns = source?.columns;
    if (!source || !columns) {
      this.screen = { kind: 'preview' };
    } else {
      if (!this.drafts.has(source.key)) this.drafts.set(source.key, draftFromGuess(columns.header, columns.guess, this.choice.channel));
      this.matching = { ...this.matching, samples: firstValues(textOf(source), columns.header, columns.headerLine), problems: undefined, fatal: undefined };
      this.screen = { kind: 'mapping', source };
    }
    this.render('heading');
  }

  private buildMapping(ctx: ImportViewContext, source: Source): Shown {
    const header = source.columns?.header ?? [];
    const draft = this.drafts.get(source.key) ?? draftFromGuess(header, undefined, this.choice.channel);
    const { total, queue, samples, problems, fatal } = this.matching;
    return mappingView(
      ctx,
      {
        fileName: source.fileName,
        columns: mappableColumns(header),
        draft,
        samples,
        problems,
        fatal,
        position: total > 1 ? { index: total - queue.length + 1, total } : undefined,
      },
      {
        changed: () => this.mappingChanged(header, draft),
        apply: () => this.applyMapping(source, draft),
        leaveOut: () => this.nextMapping(),
        back: () => {
          this.screen = { kind: this.matching.returnTo };
          this.render('heading');
        },
      },
    );
  }

  private mappingChanged(header: readonly string[], draft: MappingDraft): void {
    // Problems already shown are checked again, so a fixed choice loses its error at once.
    if (this.matching.problems) {
      const checked = checkDraft(mappableColumns(header), draft);
      this.matching.problems = 'problems' in checked ? checked.problems : undefined;
    }
    this.render('keep');
  }

  private applyMapping(source: Source, draft: MappingDraft): void {
    const context = this.readContext();
    if (!context || !source.columns) return;
    const columns = mappableColumns(source.columns.header);
    const checked = checkDraft(columns, draft);
    if ('problems' in checked) {
      this.matching.problems = checked.problems;
      this.matching.fatal = undefined;
      this.render({ key: firstProblemKey(columns, draft, checked.problems) });
      this.announce(this.texts.mapping.attention(problemCount(checked.problems)));
      return;
    }
    source.mapping = checked.mapping;
    source.excluded = false;
    readSource(source, context);
    const fatal = source.preview?.fatal;
    if (!fatal) {
      this.nextMapping();
      return;
    }
    this.matching.problems = undefined;
    this.matching.fatal = fatal;
    this.render({ key: 'map-apply' });
    this.announce(renderImportError(this.lang, fatal));
  }

  private nextMapping(): void {
    this.matching.queue.shift();
    this.openMapping();
  }

  // -------------------------------------------------------------------------------------------------
  // Step 3: preview, then write

  private previewActions(): PreviewActions {
    return {
      include: (source: Source, included: boolean) => this.whileIdle(() => {
        source.excluded = !included;
        this.render('keep');
      }),
      map: (source: Source) => this.whileIdle(() => this.startMatching([source], 'preview')),
      channelChosen: (source: Source, channel: string) => {
        source.channel = channel || undefined;
        if (source.channelMissing && channel) {
          source.channelMissing = false;
          this.render('keep');
        }
      },
      readAgain: (source: Source) => this.whileIdle(() => this.readAgain(source)),
      kpiChosen: (source: Source, column: string, kpi: KpiId | null) => this.whileIdle(() => {
        const context = this.readContext();
        if (!context) return;
        source.kpiOverrides[column] = kpi;
        readSource(source, context);
        this.render('keep');
      }),
      modeChosen: (mode: ImportMode) => this.whileIdle(() => {
        this.mode = mode;
        this.render('keep');
      }),
      write: () => void this.write(),
      back: () => this.whileIdle(() => {
        this.screen = { kind: 'pick' };
        this.render('heading');
      }),
    };
  }

  /** Choices are frozen while the readings are being written. */
  private whileIdle(action: () => void): void {
    if (!this.writing) action();
  }

  private readAgain(source: Source): void {
    const context = this.readContext();
    if (!context) return;
    if (!source.channel) {
      source.channelMissing = true;
      this.render({ key: `file-channel:${source.id}` });
      this.announce(this.texts.preview.needChannel);
      return;
    }
    readSource(source, context);
    this.render({ key: `source:${source.id}` });
    if (source.preview) this.announce(renderImportSummary(this.lang, source.preview));
  }

  private async write(): Promise<void> {
    if (this.writing || !this.data) return;
    const totals = this.totals();
    if (writtenCount(totals) === 0) return;
    const mode = this.mode;
    this.problem = undefined;
    this.preview?.showProblem(undefined, false);
    this.writing = true;
    this.preview?.showWriting(true);
    let result: Result<ImportSaved, ImportError>;
    try {
      result = await server.saveImport({ readings: readingsDigest(totals.rows), mode });
    } catch (error) {
      this.writeFailed({ kind: 'unreachable', message: messageOf(error) });
      return;
    }
    if (!result.ok) {
      this.writeFailed(this.problemOf(result.error, totals));
      return;
    }
    this.writing = false;
    this.existing = afterImport(this.existing, totals.plan);
    this.screen = { kind: 'done', saved: result.value };
    this.render('heading');
  }

  private writeFailed(problem: SaveProblem): void {
    this.writing = false;
    this.problem = problem;
    this.preview?.showWriting(false);
    this.preview?.showProblem(problem, true);
  }

  private problemOf(error: ImportError, totals: ImportTotals): SaveProblem {
    if (error.kind === 'busy') return { kind: 'busy' };
    if (error.kind === 'failed') return { kind: 'failed', message: error.message };
    return { kind: 'invalid', reason: error.reason, row: totals.rows[error.index], source: totals.sourceOfRow(error.index) };
  }

  // -------------------------------------------------------------------------------------------------
  // Step 4: done

  private importMore(): void {
    Object.assign(this.choice, { files: [], pasted: '', channel: '', nothingChosen: false });
    this.sources = [];
    this.mode = 'skip';
    this.problem = undefined;
    this.screen = { kind: 'pick' };
    this.render('heading');
  }
}
