/**
 * The import sidebar's controller: which view shows, what the user chose (files, pasted text, channel,
 * column matchings, replace or skip) and the write. One loadImport when it opens, one saveImport per
 * import; reading, matching and previewing run in the browser. A problem never loses a choice.
 */
import type { KpiId } from '../../core/catalog';
import { renderImportError, renderImportSummary } from '../../core/import/texts';
import { IMPORT_SIDEBAR_TEXTS, type ImportSidebarTexts } from './texts';
import type { Lang } from '../../core/lang';
import type { ImportFatal, ImportMode } from '../../core/import';
import type { TrackingRow } from '../../core/tracking';
import type { EndpointError, ImportData, ImportError, ImportSaved, Result } from '../../shared/endpoints';
import { h, messageOf, server, Shell } from '../kit';
import { historyRows, readingsDigest } from '../../shared/digest';
import { checkDraft, draftFromGuess, firstValues, mappableColumns, problemCount, type MappingDraft, type MappingProblems } from './mapping';
import { readAll, type ReadProgress } from './reading';
import { awaitsMapping, readSource, textOf, type ReadContext, type Source } from './sources';
import { afterImport, totalsOf, type ImportTotals } from './totals';
import { keyEventChoices } from './key-events';
import type { ImportViewContext, Shown } from './views/context';
import { doneView } from './views/done';
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

/** `collisions`: readings the files gave with different values, not sent. */
type Screen =
  { kind: 'pick' } | { kind: 'mapping'; source: Source } | { kind: 'preview' } | { kind: 'done'; saved: ImportSaved; collisions: number };

export class ImportApp {
  private readonly shell: Shell<ImportData, EndpointError>;
  private screen: Screen = { kind: 'pick' };
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

  constructor(root: HTMLElement) {
    this.shell = new Shell(root, {
      texts: IMPORT_SIDEBAR_TEXTS,
      liveRegion: h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
      title: (lang) => `${IMPORT_SIDEBAR_TEXTS[lang].appName} · ${IMPORT_SIDEBAR_TEXTS[lang].title}`,
      load: () => server.loadImport(),
      refused: (error, lang) => {
        const texts = IMPORT_SIDEBAR_TEXTS[lang];
        return error.kind === 'failed' ? error.message : error.kind === 'busy' ? texts.problems.busy : texts.loadFailed;
      },
      loaded: (data) => {
        this.data = data;
        this.existing = historyRows(data.existing);
        this.screen = { kind: 'pick' };
      },
      screen: (data) => this.build(data),
      afterRender: () => this.restoreStatus(),
    });
  }

  start(): void {
    this.shell.start();
  }

  private get lang(): Lang {
    return this.shell.lang;
  }

  private get texts(): ImportSidebarTexts {
    return IMPORT_SIDEBAR_TEXTS[this.lang];
  }

  private readContext(): ReadContext | undefined {
    return (
      this.data && { locale: this.data.locale, today: this.data.today, channel: this.choice.channel, keyEventKpis: this.data.keyEvents }
    );
  }

  private totals(): ImportTotals {
    return totalsOf(this.sources, this.existing, this.mode);
  }

  /** Said by screen readers. */
  private announce(message: string): void {
    this.shell.announce(() => message);
  }

  // -------------------------------------------------------------------------------------------------
  // Rendering

  /** Progress, write status and problem are shown by their views' handles, after the view is in the page. */
  private restoreStatus(): void {
    this.pick?.showProgress(this.progress);
    this.preview?.showWriting(this.writing);
    this.preview?.showProblem(this.problem, false);
  }

  private build(data: ImportData): Shown {
    this.pick = undefined;
    this.preview = undefined;
    const screen = this.screen;
    const ctx: ImportViewContext = { lang: this.lang, texts: this.texts, data };
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
        return doneView(ctx, screen.saved, screen.collisions, () => this.importMore());
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Step 1: pick and read

  /** A pick changed: its error goes once something is chosen; the file list is shown again. */
  private pickChanged(change: () => void, rerender: boolean): void {
    change();
    const fixed = this.choice.nothingChosen && this.somethingChosen();
    if (fixed) this.choice.nothingChosen = false;
    if (rerender || fixed) this.shell.render('keep');
  }

  private somethingChosen(): boolean {
    return this.choice.files.length > 0 || this.choice.pasted.trim() !== '';
  }

  private async read(): Promise<void> {
    const context = this.readContext();
    if (!context || this.progress) return;
    if (!this.somethingChosen()) {
      this.choice.nothingChosen = true;
      this.shell.render({ key: 'files' });
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
      this.matching = {
        ...this.matching,
        samples: firstValues(textOf(source), columns.header, columns.headerLine),
        problems: undefined,
        fatal: undefined,
      };
      this.screen = { kind: 'mapping', source };
    }
    this.shell.render('heading');
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
        why: source.preview?.fatal?.code === 'severalNetworks' ? source.preview.fatal : undefined,
        position: total > 1 ? { index: total - queue.length + 1, total } : undefined,
      },
      {
        changed: () => this.mappingChanged(header, draft),
        apply: () => this.applyMapping(source, draft),
        leaveOut: () => this.nextMapping(),
        back: () => {
          this.screen = { kind: this.matching.returnTo };
          this.shell.render('heading');
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
    this.shell.render('keep');
  }

  private applyMapping(source: Source, draft: MappingDraft): void {
    const context = this.readContext();
    if (!context || !source.columns) return;
    const columns = mappableColumns(source.columns.header);
    const checked = checkDraft(columns, draft);
    if ('problems' in checked) {
      this.matching.problems = checked.problems;
      this.matching.fatal = undefined;
      this.shell.render({ key: firstProblemKey(columns, draft, checked.problems) });
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
    this.shell.render({ key: 'map-apply' });
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
      include: (source: Source, included: boolean) =>
        this.whileIdle(() => {
          source.excluded = !included;
          this.shell.render('keep');
        }),
      map: (source: Source) => this.whileIdle(() => this.startMatching([source], 'preview')),
      channelChosen: (source: Source, channel: string) => {
        source.channel = channel || undefined;
        if (source.channelMissing && channel) {
          source.channelMissing = false;
          this.shell.render('keep');
        }
      },
      readAgain: (source: Source) => this.whileIdle(() => this.readAgain(source)),
      kpiChosen: (source: Source, column: string, kpi: KpiId | null) =>
        this.whileIdle(() => {
          const context = this.readContext();
          if (!context) return;
          source.kpiOverrides[column] = kpi;
          readSource(source, context);
          this.shell.render('keep');
        }),
      organicChosen: (source: Source, organicOnly: boolean) =>
        this.whileIdle(() => {
          const context = this.readContext();
          if (!context) return;
          source.organicOnly = organicOnly;
          readSource(source, context);
          this.shell.render('keep');
        }),
      modeChosen: (mode: ImportMode) =>
        this.whileIdle(() => {
          this.mode = mode;
          this.shell.render('keep');
        }),
      write: () => void this.write(),
      back: () =>
        this.whileIdle(() => {
          this.screen = { kind: 'pick' };
          this.shell.render('heading');
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
      this.shell.render({ key: `file-channel:${source.id}` });
      this.announce(this.texts.preview.needChannel);
      return;
    }
    readSource(source, context);
    this.shell.render({ key: `source:${source.id}` });
    if (source.preview) this.announce(renderImportSummary(this.lang, source.preview));
  }

  private async write(): Promise<void> {
    if (this.writing || !this.data) return;
    const totals = this.totals();
    if (writtenCount(totals) === 0) return;
    const mode = this.mode;
    const keyEvents = keyEventChoices(this.sources);
    this.problem = undefined;
    this.preview?.showProblem(undefined, false);
    this.writing = true;
    this.preview?.showWriting(true);
    let result: Result<ImportSaved, ImportError>;
    try {
      result = await server.saveImport({ readings: readingsDigest(totals.rows), mode, ...(keyEvents.length > 0 ? { keyEvents } : {}) });
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
    for (const choice of keyEvents) this.data.keyEvents[choice.property] = choice.kpi;
    this.screen = { kind: 'done', saved: result.value, collisions: totals.collisions.length };
    this.shell.render('heading');
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
    this.shell.render('heading');
  }
}
