/** Every benchmark module, in the order they run. Add one line per module. */
import type { BenchModule } from './types';
import { content } from './content';
import { formality } from './formality';
import { politenessBench } from './politeness';
import { analyze } from './analyze';
import { langidBench } from './langid';
import { inferBench } from './infer';
import { extension } from './extension';
import { profilesBench } from './profiles';
import { uiBench } from './ui';
import { practiceBench } from './practice';

export const modules: BenchModule[] = [formality, politenessBench, analyze, langidBench, inferBench, extension, profilesBench, content, uiBench, practiceBench];
