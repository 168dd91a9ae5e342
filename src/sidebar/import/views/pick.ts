/**
 * First step: the files to read (and/or pasted CSV text), the channel for files that cannot tell it,
 * and "Read the files", with the reading progress under it. Says what files are accepted.
 */
import { CHANNELS } from '../../../core/catalog';
import { h, replaceChildren, uniqueId } from '../../kit';
import { field, selectField } from '../controls';
import { formatCount } from '../format';
import type { ReadProgress } from '../reading';
import type { ImportViewContext, Shown } from './context';

export interface PickState {
  files: readonly File[];
  pasted: string;
  channel: string;
  /** Set after "Read the files" with nothing to read. */
  nothingChosen: boolean;
}

export interface PickActions {
  filesChosen(files: File[]): void;
  pasted(text: string): void;
  channelChosen(channel: string): void;
  read(): void;
}

export interface PickView extends Shown {
  /** Shows the reading progress, or none; the read button is disabled meanwhile. */
  showProgress(progress: ReadProgress | undefined): void;
}

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values';

/** Puts the files chosen earlier back into a new file input, so a re-render loses none. */
function restoreFiles(input: HTMLInputElement, files: readonly File[]): void {
  if (files.length === 0) return;
  try {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
  } catch {
    // Without DataTransfer the list below still names them, and reading uses the kept files.
  }
}

export function pickView(ctx: ImportViewContext, state: PickState, actions: PickActions): PickView {
  const { texts, lang } = ctx;
  const heading = h('h1', { tabindex: -1 }, texts.title);

  const fileInput = h('input', { type: 'file', multiple: true, accept: ACCEPT, 'data-key': 'files' });
  restoreFiles(fileInput, state.files);
  fileInput.addEventListener('change', () => actions.filesChosen(Array.from(fileInput.files ?? [])));
  const chosen =
    state.files.length === 0
      ? null
      : h(
          'div',
          {},
          h('p', { class: 'hint' }, texts.pick.chosen(state.files.length, formatCount(lang, state.files.length))),
          h('ul', { class: 'file-list' }, ...state.files.map((f) => h('li', {}, f.name))),
        );
  const error = state.nothingChosen ? texts.pick.nothingChosen : undefined;
  const files = field(fileInput, { label: texts.pick.files, hint: texts.pick.filesHint, error }, chosen);

  const textarea = h('textarea', { rows: 5, spellcheck: 'false', autocomplete: 'off', 'data-key': 'paste' });
  textarea.value = state.pasted;
  textarea.addEventListener('input', () => actions.pasted(textarea.value));
  const paste = field(textarea, { label: texts.pick.paste, optional: texts.optional, hint: texts.pick.pasteHint });

  const channel = selectField({
    key: 'channel',
    label: texts.pick.channel,
    optional: texts.optional,
    value: state.channel,
    options: [{ value: '', label: texts.pick.channelDetect }, ...CHANNELS.map((c) => ({ value: c.id, label: c.label[lang] }))],
    hint: texts.pick.channelHint,
    onChange: (value) => actions.channelChosen(value),
  });

  const read = h('button', { type: 'submit', class: 'primary', 'data-key': 'read' }, texts.pick.read);
  const status = h('div', { role: 'status', class: 'progress-status', tabindex: -1 });
  const form = h('form', { novalidate: true, class: 'pick' }, files, paste, channel, h('div', { class: 'actions' }, read), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!read.disabled) actions.read();
  });

  const element = h(
    'section',
    { class: 'import-pick' },
    heading,
    h('p', { class: 'intro' }, texts.pick.intro(ctx.data.trackingSheet)),
    h('p', { class: 'note hint-box' }, texts.pick.accepted),
    form,
  );

  return {
    element,
    heading,
    showProgress(progress) {
      // The pressed button is about to be disabled: focus goes to the progress rather than to the page.
      if (progress && document.activeElement === read) status.focus();
      read.disabled = progress !== undefined;
      if (progress) form.setAttribute('aria-busy', 'true');
      else form.removeAttribute('aria-busy');
      if (!progress) {
        replaceChildren(status);
        return;
      }
      const index = formatCount(lang, progress.index);
      const total = formatCount(lang, progress.total);
      const text = texts.pick.reading(index, total, progress.fileName ?? texts.preview.pasted);
      const textId = uniqueId('progress');
      const bar = h('progress', { max: progress.total, 'aria-labelledby': textId });
      bar.value = progress.index - 1;
      replaceChildren(status, h('p', { id: textId, class: 'progress-text' }, text), bar);
    },
  };
}
