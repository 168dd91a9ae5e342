// Entry of the Apps Script bundle: it only exposes what build/Code.js turns into globals.
export { onOpen, onInstall, enableFormulas } from './menu';
export { showFormulaHelp } from './help';
export { showWizard } from './wizard';
export { showImport } from './import-sidebar';
export { SIDEBAR_ENDPOINTS } from './endpoints';
export { CUSTOM_FUNCTIONS } from './custom-functions';
