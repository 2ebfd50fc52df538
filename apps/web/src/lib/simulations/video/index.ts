import type { ToolModule } from '../tool-module';
import VideoTool from './VideoTool.svelte';
import { videoLogic } from './logic';

const tool: ToolModule = { ...videoLogic, View: VideoTool } as ToolModule;
export default tool;
