// Entry of the Apps Script bundle: it only exposes what build/Code.js turns into globals.
export { onOpen, onInstall, enableFormulas } from './menu';
export { showFormulaHelp } from './help';
export { showWizard } from './wizard';
export { loadWizard, saveGoal, showGoal } from './wizard-endpoints';
export { setLanguage } from './runtime';
export { loadImport, saveImport } from './import';
export { showImport } from './import-sidebar';
export { CUSTOM_FUNCTIONS } from './custom-functions';
