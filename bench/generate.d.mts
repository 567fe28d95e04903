/** Types for generate.mjs, which the robustness tests import. */
export declare const runners: readonly ['vitest', 'jest', 'mocha', 'node', 'playwright'];
export type Runner = (typeof runners)[number];

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [number, T])[]): T;
}

export declare function createRandom(seed: number): Random;

export interface GenerateOptions {
  /** The runner whose shape the file takes; random when not given. */
  readonly runner?: Runner;
  /** The file's extension (`.test.ts`, `.spec.mjs`, …); one the runner's projects use when not given. */
  readonly ext?: string;
  /** Whether the file holds mistakes; random when not given. */
  readonly mistakes?: boolean;
  /** The chance that a statement or test is a mistake, in a file that holds mistakes (default 0.12). */
  readonly mistakeRate?: number;
  /** The chance that a statement uses syntax test files rarely hold (default 0.03). */
  readonly wild?: number;
  /** Scales the number of suites and tests (default 1). */
  readonly size?: number;
}

export interface GeneratedFile {
  /** Where the file goes in a corpus: `<runner>/[<folder>/]<name><ext>`. */
  readonly path: string;
  readonly text: string;
  readonly runner: Runner;
  readonly typescript: boolean;
  readonly withMistakes: boolean;
}

export declare function generateTestFile(seed: number, options?: GenerateOptions): GeneratedFile;

export declare function writeCorpus(dir: string, options?: { files?: number; seed?: number }): GeneratedFile[];

/** A generated test file's path in the project-shaped corpus (`packages/<package>/<folder>/<name>`, `e2e/<name>`). */
export declare function projectPath(file: GeneratedFile): string;

/** The same test files as `writeCorpus`, placed in a small monorepo with runner configs, setup files and helper modules. */
export declare function writeProjectCorpus(dir: string, options?: { files?: number; seed?: number }): GeneratedFile[];
