/**
 * Which column of a recognised export feeds which KPI, by the platform's metric map: the first header a
 * rule lists wins its KPI, other columns for the same KPI are reported, and so are metric columns the
 * map leaves out. A header the map does not know but that is a catalogue KPI's label ("Portée") feeds
 * that KPI. Identifier and text columns (Post ID, Permalink…) are neither used nor reported.
 */
import { kpiById, type KpiId } from '../catalog';
import { normaliseHeader } from './headers';
import { compiledRules, kpiOfCatalogueLabel, type MetricRule } from './metrics-map';
import type { MetricColumn } from './normalise';
import { DESCRIPTIVE_HEADERS } from './platforms';
import type { IgnoredColumn, KnownPlatformId } from './types';

export interface ResolvedColumns {
  metrics: MetricColumn[];
  ignored: Array<IgnoredColumn & { index: number }>;
}

/** The metric rule of one normalised header, if the platform's map knows it. */
export function ruleOf(platform: KnownPlatformId, normalised: string): MetricRule | undefined {
  return compiledRules(platform).find((c) => c.names.includes(normalised))?.rule;
}

export function resolveColumns(
  platform: KnownPlatformId,
  header: readonly string[],
  reserved: ReadonlySet<number>,
  overrides: Readonly<Record<string, KpiId | null>> = {},
  organicOnly = false,
): ResolvedColumns {
  const normalised = header.map(normaliseHeader);
  const overrideOf = new Map(Object.entries(overrides).map(([name, kpi]) => [normaliseHeader(name), kpi]));
  const metrics: MetricColumn[] = [];
  const ignored: ResolvedColumns['ignored'] = [];
  const givenBy = new Map<KpiId, string>();
  const claimed = new Set<number>(reserved);

  const give = (index: number, kpi: KpiId) => {
    const by = givenBy.get(kpi);
    if (by !== undefined) {
      ignored.push({ index, header: header[index], reason: { code: 'alsoGiven', kpi, by } });
    } else {
      givenBy.set(kpi, header[index]);
      metrics.push({ index, header: header[index], kpi });
    }
  };

  normalised.forEach((name, index) => {
    if (claimed.has(index) || !overrideOf.has(name)) return;
    claimed.add(index);
    const kpi = overrideOf.get(name);
    if (kpi) give(index, kpi);
  });

  for (const { rule, names } of compiledRules(platform, organicOnly)) {
    for (const name of names) {
      normalised.forEach((h, index) => {
        if (h !== name || claimed.has(index)) return;
        claimed.add(index);
        if ('kpi' in rule) give(index, rule.kpi);
        else ignored.push({ index, header: header[index], reason: rule.ignore });
      });
    }
  }

  normalised.forEach((name, index) => {
    if (claimed.has(index) || name === '' || DESCRIPTIVE_HEADERS.has(name)) return;
    const kpi = kpiOfCatalogueLabel(name);
    // A ratio (conversion rate, churn) is computed from its parts, never imported: as the mapping step offers none.
    if (kpi && kpiById(kpi)?.kind !== 'ratio') give(index, kpi);
    else ignored.push({ index, header: header[index], reason: { code: kpi ? 'rate' : 'noKpi' } });
  });

  metrics.sort((a, b) => a.index - b.index);
  ignored.sort((a, b) => a.index - b.index);
  return { metrics, ignored };
}
