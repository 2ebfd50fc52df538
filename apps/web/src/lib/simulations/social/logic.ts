import type { ToolLogic } from '../tool-module';
import type { SocialAction } from './actions';
import { describeSocial, isSocialMistake, planSocial, socialFacts } from './plan';
import { reduceSocial } from './reduce';
import { parseSocialScenario, type SocialScenario } from './scenario';
import { initSocial, restoreSocial, type SocialState } from './state';

export const socialLogic: ToolLogic<SocialScenario, SocialState, SocialAction> = {
  parseScenario: parseSocialScenario,
  init: initSocial,
  restore: restoreSocial,
  persist: (s) => s,
  reduce: reduceSocial,
  facts: socialFacts,
  plan: planSocial,
  describe: describeSocial,
  isMistake: isSocialMistake,
  focusOf: (s) => s.focus,
};
