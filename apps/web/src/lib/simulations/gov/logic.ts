import type { ToolLogic } from '../tool-module';
import type { GovAction } from './actions';
import { describeGov, govFacts, planGov } from './plan';
import { reduceGov } from './reduce';
import { parseGovScenario, type GovScenario } from './scenario';
import { initGov, persistGov, restoreGov, type GovState } from './state';

export const govLogic: ToolLogic<GovScenario, GovState, GovAction> = {
  parseScenario: parseGovScenario,
  init: initGov,
  restore: restoreGov,
  persist: persistGov,
  reduce: reduceGov,
  facts: govFacts,
  plan: planGov,
  describe: describeGov,
  focusOf: (s) => s.focus,
};
