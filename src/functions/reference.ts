/**
 * Every custom function with its words, in the order the README and the help list them.
 * Used at build time (JSDoc stubs, help pages), by the README generator and by the sidebar;
 * never imported by the server bundle.
 */
import type { FormulaDef } from './types';
import { withDoc } from './define';
import { ROI_PCT, ROI_PCT_DOC } from './formulas/roi-pct';
import { CONVERSION_VALUE, CONVERSION_VALUE_DOC } from './formulas/conversion-value';
import { PPC_EQUIVALENT, PPC_EQUIVALENT_DOC } from './formulas/ppc-equivalent';
import { TOTAL_COST, TOTAL_COST_DOC } from './formulas/total-cost';
import { CAC, CAC_DOC } from './formulas/cac';
import { LTV, LTV_DOC } from './formulas/ltv';
import { LTV_CAC, LTV_CAC_DOC } from './formulas/ltv-cac';
import { ROAS, ROAS_DOC } from './formulas/roas';
import { ENGAGEMENT_RATE, ENGAGEMENT_RATE_DOC } from './formulas/engagement-rate';
import { CONVERSION_RATE, CONVERSION_RATE_DOC } from './formulas/conversion-rate';
import { SHARE_OF_VOICE, SHARE_OF_VOICE_DOC } from './formulas/share-of-voice';
import { GOAL_PROGRESS, GOAL_PROGRESS_DOC } from './formulas/goal-progress';
import { UTM_URL, UTM_URL_DOC } from './formulas/utm-url';

export const FORMULA_REFERENCE: readonly FormulaDef[] = [
  withDoc(ROI_PCT, ROI_PCT_DOC),
  withDoc(CONVERSION_VALUE, CONVERSION_VALUE_DOC),
  withDoc(PPC_EQUIVALENT, PPC_EQUIVALENT_DOC),
  withDoc(TOTAL_COST, TOTAL_COST_DOC),
  withDoc(CAC, CAC_DOC),
  withDoc(LTV, LTV_DOC),
  withDoc(LTV_CAC, LTV_CAC_DOC),
  withDoc(ROAS, ROAS_DOC),
  withDoc(ENGAGEMENT_RATE, ENGAGEMENT_RATE_DOC),
  withDoc(CONVERSION_RATE, CONVERSION_RATE_DOC),
  withDoc(SHARE_OF_VOICE, SHARE_OF_VOICE_DOC),
  withDoc(GOAL_PROGRESS, GOAL_PROGRESS_DOC),
  withDoc(UTM_URL, UTM_URL_DOC),
];
