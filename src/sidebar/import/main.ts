/**
 * The "Import platform data" sidebar (build/import.html, from index.html): pick files or paste text,
 * match the columns of unknown files, preview, then write to Tracking. app.ts holds the screens and the
 * user's choices, views/ renders them, reading.ts, sources.ts, mapping.ts and totals.ts do the work in the
 * browser over src/core/import; texts.ts holds its words. It may import the kit (../kit), src/core and
 * src/shared, never the goal wizard. This file starts the app in #app.
 */
import { ImportApp } from './app';

const root = document.getElementById('app');
if (root) new ImportApp(root).start();
