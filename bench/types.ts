/** One benchmark figure: a name (the JSON key), its value, and what it was measured on. */
export interface Figure {
  key: string;
  value: unknown;
  /** Human-readable summary for the table. */
  display: string;
  input: string;
  baseline: string;
}

export interface BenchModule {
  /** Shown while running. */
  name: string;
  /** Modules that need a built extension or Chromium say so; `bench` builds first when needed. */
  needs?: Array<'build' | 'chromium'>;
  run(ctx: { root: string; quick: boolean }): Promise<Figure[]>;
}
