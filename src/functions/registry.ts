/** Every custom function of Social ROI, as the server bundle runs them. */
import type { FormulaSpec } from './types';
import { ROI_PCT } from './formulas/roi-pct';
import { CONVERSION_VALUE } from './formulas/conversion-value';
import { PPC_EQUIVALENT } from './formulas/ppc-equivalent';
import { TOTAL_COST } from './formulas/total-cost';
import { CAC } from './formulas/cac';
import { LTV } from './formulas/ltv';
import { LTV_CAC } from './formulas/ltv-cac';
import { ROAS } from './formulas/roas';
import { ENGAGEMENT_RATE } from './formulas/engagement-rate';
import { CONVERSION_RATE } from './formulas/conversion-rate';
import { SHARE_OF_VOICE } from './formulas/share-of-voice';
import { GOAL_PROGRESS } from './formulas/goal-progress';
import { UTM_URL } from './formulas/utm-url';

export const FORMULAS: readonly FormulaSpec[] = [
  ROI_PCT,
  CONVERSION_VALUE,
  PPC_EQUIVALENT,
  TOTAL_COST,
  CAC,
  LTV,
  LTV_CAC,
  ROAS,
  ENGAGEMENT_RATE,
  CONVERSION_RATE,
  SHARE_OF_VOICE,
  GOAL_PROGRESS,
  UTM_URL,
];
