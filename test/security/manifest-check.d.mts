/** Types for manifest-check.mjs (plain JS so the e2e runner can import it without a build). */
export const ALLOWED_PERMISSIONS: Record<string, string>;
export function parseCsp(csp: string): Record<string, string[]>;
export function checkManifest(
  manifest: unknown,
  options?: { supportedMatches?: readonly string[]; usedApis?: Set<string> },
): string[];
export function permissionsUsedIn(source: string): Set<string>;
