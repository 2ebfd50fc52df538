import type { ToolLogic } from '../tool-module';
import type { EmailAction } from './actions';
import { describeEmail, emailFacts, planEmail } from './plan';
import { reduceEmail } from './reduce';
import { parseEmailScenario, type EmailScenario } from './scenario';
import { initEmail, persistEmail, restoreEmail, type EmailState } from './state';

export const emailLogic: ToolLogic<EmailScenario, EmailState, EmailAction> = {
  parseScenario: parseEmailScenario,
  init: initEmail,
  restore: restoreEmail,
  persist: persistEmail,
  reduce: reduceEmail,
  facts: emailFacts,
  plan: planEmail,
  describe: describeEmail,
  isMistake: (e) => e.event === 'link.clicked',
  focusOf: (s) => s.focus,
};
