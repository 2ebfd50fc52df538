import type { PracticeTool } from '@punte/course-engine';
import type { ToolModule } from './tool-module';

/**
 * Each tool is its own chunk, fetched only when its practice step is shown, so a lesson page
 * without practice never pays for the simulations.
 */
const LOADERS: Partial<Record<PracticeTool, () => Promise<{ default: ToolModule }>>> = {
  email: () => import('./email/index'),
  'e-government-portal': () => import('./gov/index'),
  'video-call': () => import('./video/index'),
  'social-privacy': () => import('./social/index'),
};

export function hasTool(tool: PracticeTool): boolean {
  return tool in LOADERS;
}

export async function loadTool(tool: PracticeTool): Promise<ToolModule | undefined> {
  const load = LOADERS[tool];
  return load ? (await load()).default : undefined;
}
