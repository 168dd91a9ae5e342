/**
 * The sidebars' server functions by the name google.script.run calls them: the one list of them. The
 * type checker holds it to the Endpoints both sides share (src/shared/endpoints.ts), every parameter
 * untrusted (`unknown`, read by src/core), so a missing, extra or drifting endpoint fails to compile;
 * the build declares a global function for each key (tools/build.ts).
 */
import type { ServerEndpoints } from '../shared/endpoints';
import { loadWizard, saveGoal, showGoal } from './wizard-endpoints';
import { setLanguage } from './runtime';
import { loadImport, saveImport } from './import';

export const SIDEBAR_ENDPOINTS = { loadWizard, saveGoal, showGoal, setLanguage, loadImport, saveImport } satisfies ServerEndpoints;
