/** Every benchmark module, in the order they run. Add one line per module. */
import type { BenchModule } from './types';
import { formality } from './formality';
import { analyze } from './analyze';

export const modules: BenchModule[] = [formality, analyze, ];
