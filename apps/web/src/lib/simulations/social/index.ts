import type { ToolModule } from '../tool-module';
import { socialLogic } from './logic';
import SocialTool from './SocialTool.svelte';

const tool: ToolModule = { ...socialLogic, View: SocialTool } as ToolModule;
export default tool;
