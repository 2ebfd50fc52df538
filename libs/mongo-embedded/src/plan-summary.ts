/** The plan stages and indexes an explain result names, wherever they sit in it. */
export interface PlanSummary {
  /** Every `stage` in the winning plan(s), outermost first: `['FETCH', 'IXSCAN']`. */
  stages: string[];
  /** The names of the indexes the plan reads. */
  indexes: string[];
  /** True when some part of the plan scans the whole collection. */
  collectionScan: boolean;
}

/**
 * Summarizes an explain result from this server or from a real mongod, whose shapes differ by
 * version and engine (`queryPlanner.winningPlan`, `queryPlan`, aggregate `stages[].$cursor`):
 * tests that prove index use can then ask one question of either. Rejected plans are skipped.
 */
export function planSummary(explain: unknown): PlanSummary {
  const stages: string[] = [];
  const indexes: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (typeof obj.stage === 'string') stages.push(obj.stage);
    if (typeof obj.indexName === 'string') indexes.push(obj.indexName);
    for (const [k, v] of Object.entries(obj)) {
      if (k !== 'rejectedPlans' && k !== 'allPlansExecution' && k !== 'executionStats') walk(v);
    }
  };
  walk(explain);
  return { stages, indexes, collectionScan: stages.includes('COLLSCAN') };
}
