/** The "Import platform data" sidebar: starts the app in #app. */
import { ImportApp } from './app';

const root = document.getElementById('app');
if (root) new ImportApp(root).start();
