import type { PracticeTool } from '@punte/course-engine';
import { emailLogic } from './email/logic';
import { govLogic } from './gov/logic';
import { socialLogic } from './social/logic';
import { videoLogic } from './video/logic';
import type { AnyToolLogic } from './tool-module';

/** The tools' pure logic without their views (for tests and server-side checks). */
export const TOOL_LOGIC: Partial<Record<PracticeTool, AnyToolLogic>> = {
  email: emailLogic as AnyToolLogic,
  'e-government-portal': govLogic as AnyToolLogic,
  'video-call': videoLogic as AnyToolLogic,
  'social-privacy': socialLogic as AnyToolLogic,
};
