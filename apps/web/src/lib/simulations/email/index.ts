import type { ToolModule } from '../tool-module';
import EmailTool from './EmailTool.svelte';
import { emailLogic } from './logic';

const tool: ToolModule = { ...emailLogic, View: EmailTool } as ToolModule;
export default tool;
