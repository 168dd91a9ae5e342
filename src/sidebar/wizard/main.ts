/** The goal wizard's sidebar: starts the app in #app. */
import { SidebarApp } from './app';

const root = document.getElementById('app');
if (root) new SidebarApp(root).start();
