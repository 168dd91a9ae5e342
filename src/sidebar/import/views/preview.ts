/**
 * Before anything is written: each source as read, then the import as a whole (readings, dates, files
 * giving nothing), the choice for readings Tracking already has, and "Import N readings" with the
 * write's status and problems next to it.
 */
import { renderCollision, renderCollisions, renderOverlap, renderPlanSummary, renderRepeated } from '../../../core/import/texts';
import type { InvalidReason } from '../texts';
import type { ImportMode } from '../../../core/import';
import type { TrackingRow } from '../../../core/tracking';
import { MAX_IMPORT_READINGS } from '../../../shared/endpoints';
import { button, h, replaceChildren } from '../../kit';
import { radioGroup } from '../controls';
import { formatCount, formatRange } from '../format';
import type { Source } from '../sources';
import type { ImportTotals } from '../totals';
import type { ImportViewContext, Shown } from './context';
import { describeReading, fileCard, sourceName, type FileCardActions } from './file-card';

/** Readings files disagree on, shown one by one; the rest are counted. */
const COLLISIONS_SHOWN = 5;

export type SaveProblem =
  | { kind: 'busy' }
  /** The refused reading and its source, when the index the server gave names one. */
  | { kind: 'invalid'; reason: InvalidReason; row?: TrackingRow; source?: Source }
  | { kind: 'failed'; message: string }
  | { kind: 'unreachable'; message: string };

export interface PreviewState {
  sources: readonly Source[];
  totals: ImportTotals;
  mode: ImportMode;
}

export interface PreviewActions extends FileCardActions {
  modeChosen(mode: ImportMode): void;
  write(): void;
  back(): void;
}

export interface PreviewView extends Shown {
  showWriting(writing: boolean): void;
  /** Shows a write problem; focus goes to its action, or to the problem itself. */
  showProblem(problem: SaveProblem | undefined, focus: boolean): void;
}

/** How many readings "Import N readings" writes: new ones, and replaced ones in 'replace' mode. */
export function writtenCount(totals: ImportTotals): number {
  return totals.plan.append.length + totals.plan.replace.length;
}

export function previewView(ctx: ImportViewContext, state: PreviewState, actions: PreviewActions): PreviewView {
  const { texts, lang } = ctx;
  const t = texts.preview;
  const { totals } = state;
  const heading = h('h1', { tabindex: -1 }, t.title);

  const summary: HTMLElement[] = [];
  if (totals.rows.length > 0) {
    const files = formatCount(lang, totals.contributing);
    summary.push(
      h(
        'p',
        { class: 'total-readings' },
        t.totalReadings(totals.rows.length, formatCount(lang, totals.rows.length), totals.contributing, files),
      ),
    );
    if (totals.dateRange) summary.push(h('p', {}, t.totalRange(formatRange(lang, totals.dateRange, t.range))));
  } else {
    summary.push(h('p', { class: 'total-readings' }, t.nothing));
  }
  if (totals.failing > 0) summary.push(h('p', { class: 'note' }, t.filesWithErrors(totals.failing, formatCount(lang, totals.failing))));
  if (totals.repeated > 0) summary.push(h('p', { class: 'note repeated' }, renderRepeated(lang, totals.repeated)));
  const collisions = collisionsBox(ctx, totals);
  if (collisions) summary.push(collisions);

  const overlap =
    totals.overlap.duplicates > 0
      ? [
          h('p', { class: 'overlap' }, renderOverlap(lang, totals.overlap)),
          radioGroup({
            key: 'mode',
            legend: t.overlapLegend,
            value: state.mode,
            options: [
              { value: 'skip', label: t.skip, hint: t.skipHint },
              { value: 'replace', label: t.replace, hint: t.replaceHint },
            ],
            onChange: (value) => actions.modeChosen(value === 'replace' ? 'replace' : 'skip'),
          }),
        ]
      : [];

  const written = writtenCount(totals);
  const tooMany = totals.rows.length > MAX_IMPORT_READINGS;
  const canWrite = totals.rows.length > 0 && written > 0 && !tooMany;
  const plan = totals.rows.length > 0 ? h('p', { class: 'note plan' }, renderPlanSummary(lang, totals.plan)) : null;
  const blocker = tooMany
    ? h('p', { class: 'field-error' }, t.tooMany(formatCount(lang, totals.rows.length), formatCount(lang, MAX_IMPORT_READINGS)))
    : totals.rows.length > 0 && written === 0
      ? h('p', { class: 'note hint-box' }, t.nothingNew)
      : null;

  const back = button(texts.back, () => actions.back(), { class: 'secondary', 'data-key': 'preview-back' });
  const write = canWrite
    ? h('button', { type: 'submit', class: 'primary', 'data-key': 'write' }, t.importButton(written, formatCount(lang, written)))
    : null;
  const status = h('p', { role: 'status', class: 'saving', tabindex: -1 });
  const problemSlot = h('div', { role: 'alert', class: 'problem-slot' });
  const form = h(
    'form',
    { novalidate: true, class: 'write' },
    ...overlap,
    plan,
    blocker,
    status,
    problemSlot,
    h('div', { class: 'nav' }, back, write),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (write && !write.disabled) actions.write();
  });

  const element = h(
    'section',
    { class: 'import-preview' },
    heading,
    h('p', { class: 'intro' }, t.intro),
    ...state.sources.map((source) => fileCard(ctx, source, actions)),
    h('section', { class: 'totals', 'aria-labelledby': 'totals-heading' }, h('h2', { id: 'totals-heading' }, t.total), ...summary, form),
  );

  const problemText = (problem: SaveProblem): string => {
    switch (problem.kind) {
      case 'busy':
        return texts.problems.busy;
      case 'invalid': {
        const reading = problem.row && problem.source ? describeReading(ctx, problem.row, problem.source) : undefined;
        return texts.problems.invalid(reading, texts.problems.reasons[problem.reason]);
      }
      case 'failed':
        return problem.message;
      case 'unreachable':
        return texts.problems.unreachable(problem.message);
    }
  };

  return {
    element,
    heading,
    showWriting(writing) {
      if (write) write.disabled = writing;
      back.disabled = writing;
      if (writing) element.setAttribute('aria-busy', 'true');
      else element.removeAttribute('aria-busy');
      status.textContent = writing ? t.writing : '';
      // The pressed button is now disabled: focus goes to the status rather than to the page.
      if (writing) status.focus();
    },
    showProblem(problem, focus) {
      if (!problem) {
        replaceChildren(problemSlot);
        return;
      }
      const retry =
        problem.kind === 'busy' || problem.kind === 'unreachable' || problem.kind === 'failed'
          ? button(texts.tryAgain, () => actions.write(), { class: 'secondary', 'data-key': 'retry' })
          : null;
      const box = h('div', { class: 'problem', tabindex: -1 }, h('p', {}, problemText(problem)), retry);
      replaceChildren(problemSlot, box);
      if (focus) (retry ?? box).focus();
    },
  };
}

/** Readings the files give with different values: refused, each named with its values and files, then "and N more". */
function collisionsBox(ctx: ImportViewContext, totals: ImportTotals): HTMLElement | null {
  const { lang, texts } = ctx;
  const count = totals.collisions.length;
  if (count === 0) return null;
  const file = (group: number) => {
    const source = totals.sourceOfGroup(group);
    return source ? sourceName(ctx, source) : '';
  };
  const items = totals.collisions.slice(0, COLLISIONS_SHOWN).map((c) => h('li', {}, renderCollision(lang, c, file)));
  const rest = count - items.length;
  if (rest > 0) items.push(h('li', { class: 'more' }, texts.preview.more(rest, formatCount(lang, rest))));
  return h('div', { class: 'problem collisions' }, h('p', {}, renderCollisions(lang, count)), h('ul', {}, ...items));
}
