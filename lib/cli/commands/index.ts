/** The CLI's commands. Each lives in its own file; add one line here per command. */
import type { CliCommand } from '../types';
import { extract } from './extract';
import { detectLang } from './detect-lang';
import { infer } from './infer';
import { formality } from './formality';
import { analyze } from './analyze';
import { brief } from './brief';
import { profile } from './profile';
import { compare } from './compare';
import { practice } from './practice';
import { decodeCmd } from './decode';

export const commands: Record<string, CliCommand> = { formality, analyze, extract, 'detect-lang': detectLang, infer, brief, profile, compare, practice, decode: decodeCmd };
