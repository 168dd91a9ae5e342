/** What every import view is rendered from. */
import type { Lang } from '../../../core/lang';
import type { ImportSidebarTexts } from '../texts';
import type { ImportData } from '../../../shared/endpoints';

export interface ImportViewContext {
  lang: Lang;
  texts: ImportSidebarTexts;
  data: ImportData;
}

/** A rendered view and the heading focus goes to when it opens. */
export interface Shown {
  element: HTMLElement;
  heading: HTMLElement;
}
