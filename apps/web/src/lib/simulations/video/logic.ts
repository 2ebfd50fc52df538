import type { ToolLogic } from '../tool-module';
import type { VideoAction } from './actions';
import { describeVideo, planVideo, videoFacts } from './plan';
import { reduceVideo } from './reduce';
import { parseVideoScenario, type VideoScenario } from './scenario';
import { initVideo, restoreVideo, type VideoState } from './state';

export const videoLogic: ToolLogic<VideoScenario, VideoState, VideoAction> = {
  parseScenario: parseVideoScenario,
  init: initVideo,
  restore: restoreVideo,
  persist: (s) => s,
  reduce: reduceVideo,
  facts: videoFacts,
  plan: planVideo,
  describe: describeVideo,
  focusOf: (s) => s.focus,
};
