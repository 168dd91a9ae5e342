/**
 * Compile-time check that the server functions are the Endpoints the sidebars call through
 * google.script.run (src/shared/endpoints.ts): a signature that drifts on either side fails to compile.
 * Nothing imports this file; the type checker reads it.
 */
import type { Endpoints } from '../shared/endpoints';
import { loadWizard, saveGoal, showGoal } from './wizard-endpoints';
import { setLanguage } from './runtime';
import { loadImport, saveImport } from './import';

export const SIDEBAR_ENDPOINTS: Endpoints = { loadWizard, saveGoal, showGoal, setLanguage, loadImport, saveImport };
