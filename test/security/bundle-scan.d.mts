export const FORBIDDEN: [RegExp, string][];
export const REVIEWED: { id: string; code: RegExp; why: string }[];
export function scanText(name: string, text: string, used?: Set<string>): string[];
export function scanBundle(dir: string): { files: number; hits: string[]; stale: string[] };
