/** What every view is rendered from, and what a wizard step may do. */
import type { Lang } from '../../../core/lang';
import type { SidebarTexts } from '../texts';
import type { WizardData } from '../../../shared/endpoints';
import type { Tracking } from '../derived';
import type { Draft } from '../draft';
import type { Field, FieldRegistry } from '../fields';

export interface ViewContext {
  lang: Lang;
  texts: SidebarTexts;
  data: WizardData;
  tracking: Tracking;
}

export interface StepContext extends ViewContext {
  /** The goal being written; steps change it in place, then call changed(). */
  draft: Draft;
  fields: FieldRegistry;
  /** After a change to the draft: clears those fields' errors and refreshes what depends on them. */
  changed(...fields: Field[]): void;
}

export interface StepView {
  element: HTMLElement;
  /** Shows derived values again after a change (drafted statement, suggestion, check). */
  refresh(): void;
}
