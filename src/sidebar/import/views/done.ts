/** After the write: what the server did, in which sheet, and the way to import more. */
import type { ImportSaved } from '../../../shared/endpoints';
import { button, h } from '../../kit';
import { formatCount } from '../format';
import type { ImportViewContext, Shown } from './context';

export function doneView(ctx: ImportViewContext, saved: ImportSaved, importMore: () => void): Shown {
  const { texts, lang } = ctx;
  const heading = h('h1', { tabindex: -1 }, texts.done.title);
  const shown = {
    added: formatCount(lang, saved.appended),
    replaced: formatCount(lang, saved.replaced),
    skipped: formatCount(lang, saved.skipped),
  };
  const element = h(
    'section',
    { class: 'import-done' },
    heading,
    h('p', { class: 'done-summary' }, texts.done.summary(saved.appended, saved.replaced, saved.skipped, shown, saved.sheetName)),
    h('div', { class: 'actions' }, button(texts.done.importMore, importMore, { class: 'primary', 'data-key': 'import-more' })),
  );
  return { element, heading };
}
