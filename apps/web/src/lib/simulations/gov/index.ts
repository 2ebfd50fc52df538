import type { ToolModule } from '../tool-module';
import GovTool from './GovTool.svelte';
import { govLogic } from './logic';

const tool: ToolModule = { ...govLogic, View: GovTool } as ToolModule;
export default tool;
