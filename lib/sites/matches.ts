/**
 * Host match patterns of the supported sites, derived from the registry (each site module's
 * `hosts`). The content script runs only here; any other site is added on the user's request
 * through optional host permissions.
 */
import { SITES } from './registry';

export const SUPPORTED_MATCHES: readonly string[] = SITES.flatMap((s) => s.matchPatterns);
