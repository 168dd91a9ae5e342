/**
 * The goal wizard's sidebar (build/sidebar.html, from index.html): the list of goals, the five steps of a
 * SMART goal and the save. app.ts holds the screens and the goal being written, views/ renders them, and
 * what the wizard computes in the browser lives beside them (derived.ts, draft.ts, goals.ts, steps.ts);
 * texts.ts and field-texts.ts hold its words. It may import the kit (../kit), src/core and src/shared,
 * never the import sidebar. This file starts the app in #app.
 */
import { SidebarApp } from './app';

const root = document.getElementById('app');
if (root) new SidebarApp(root).start();
