/**
 * The definitions behind every formula (see the product brief). Inputs are already validated, finite
 * numbers; the few combinations no rule on a single argument can catch are returned as a reason instead.
 * A result that overflows is Infinity or NaN, which core/args.ts refuses as too large; a step that would
 * overflow while the result would not (a sum in a denominator) is kept in range here, so it never turns
 * into a finite wrong result.
 */

/** ROI % = (value × margin − cost) / cost × 100. Article 001 divides by 100: that is wrong. */
export function roiPct(value: number, cost: number, margin = 1): number {
  return ((value * margin - cost) / cost) * 100;
}

/** Value of conversions = customer value × close rate (× conversions). "1 in 50" is a close rate of 0.02. */
export function conversionValue(customerValue: number, closeRate: number, conversions = 1): number {
  return customerValue * closeRate * conversions;
}

/** Total cost = hours × hourly rate + other costs: the marketer's own time is a cost. */
export function totalCost(hours: number, hourlyRate: number, otherCosts = 0): number {
  return hours * hourlyRate + otherCosts;
}

/** CAC = total acquisition cost / new customers. */
export function cac(cost: number, newCustomers: number): number {
  return cost / newCustomers;
}

/** LTV (simple) = average order value × purchases per year × years × margin. */
export function ltv(averageOrderValue: number, purchasesPerYear: number, years: number, margin = 1): number {
  return averageOrderValue * purchasesPerYear * years * margin;
}

/** LTV:CAC: about 3 is healthy, below 1 every customer loses money. */
export function ltvCac(lifetimeValue: number, acquisitionCost: number): number {
  return lifetimeValue / acquisitionCost;
}

/** ROAS = revenue / ad spend, a ratio (4 means 4 € back per 1 € spent), not a ROI. */
export function roas(revenue: number, adSpend: number): number {
  return revenue / adSpend;
}

/** Engagement rate = engagements / base, where the base (reach, impressions or followers) is named. */
export function engagementRate(engagements: number, base: number): number {
  return engagements / base;
}

/** Conversion rate = conversions / visits. */
export function conversionRate(conversions: number, visits: number): number {
  return conversions / visits;
}

/**
 * Share of voice = own / (own + competitors); undefined when nobody was mentioned at all. Where the sum
 * overflows (1e308 + 1e308), both halves are added instead (exact for such numbers): 0.5, not 1e308 / ∞ = 0.
 */
export function shareOfVoice(own: number, competitors: number): number | undefined {
  const total = own + competitors;
  // A sum past the largest number (x - x is NaN only for ±Infinity here): the same ratio on halves.
  // No global such as Infinity or Number here: this runs once per row, and a global lookup is slow.
  if (total - total !== 0) return own / 2 / (own / 2 + competitors / 2);
  return total > 0 ? own / total : undefined;
}

/**
 * Goal progress = (current − baseline × measured) / (target − baseline): 0 where the baseline alone would
 * be, 1 at the target. `measured` is for a flow counted from 0 since the goal's start (clicks, sales):
 * the share of the goal's time its readings cover, so that the old pace scores 0 all along. A stock,
 * an average or a ratio (and a flow at its deadline) takes measured = 1: (current − baseline) /
 * (target − baseline). Works for reduction goals (target below baseline); not clamped, so 1.2 means
 * 20 % beyond the target. Undefined when target equals baseline.
 */
export function goalProgress(current: number, target: number, baseline = 0, measured = 1): number | undefined {
  if (target === baseline) return undefined;
  const span = target - baseline;
  const progress = (current - baseline * measured) / span;
  // Finite both (x - x === 0), checked without a global such as Infinity: this runs once per row.
  if (progress - progress === 0 && span - span === 0) return progress;
  // A difference that overflows (from -1e308 to 1e308): the same ratio on halves, exact for such numbers.
  return (current / 2 - (baseline / 2) * measured) / (target / 2 - baseline / 2);
}
