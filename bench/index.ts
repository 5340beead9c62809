/** Every benchmark module, in the order they run. Add one line per module. */
import type { BenchModule } from './types';

export const modules: BenchModule[] = [];
