/** The CLI's commands. Each lives in its own file; add one line here per command. */
import type { CliCommand } from '../types';
import { extract } from './extract';

export const commands: Record<string, CliCommand> = { extract,};
