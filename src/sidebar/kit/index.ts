/**
 * The sidebar kit: what both sidebars (wizard/, import/) are built from. Safe DOM helpers (dom.ts), the
 * google.script.run client (server.ts), and the shell (shell.ts) that runs a sidebar around its screens:
 * the header and language switch (header.ts), loading and its failure (loading.ts), the live region and
 * focus; and the styles both pages share (sidebar.css). It may import src/core and src/shared, never an
 * app; the apps import it through this file.
 */
export { button, h, hiddenText, replaceChildren, setAttrs, uniqueId, type Child } from './dom';
export { server } from './server';
export { messageOf, Shell, type Shown } from './shell';
