/**
 * Shared by the integration tests: a temporary project folder that has this repository's build installed as
 * `eslint-plugin-async-test` (a node_modules link), and findings reduced to what every tool reports alike.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Linter } from 'eslint';

export const repository = path.resolve(__dirname, '../..');
export const examples = path.join(repository, 'examples');

type Plugin = typeof import('../../src/index');

const load = createRequire(__filename);

/** The built plugin and the command's config, as a user gets them from the package. */
export const built = {
  plugin: (): Plugin => load(path.join(repository, 'dist/src/index.js')) as Plugin,
  cliConfig: (): Linter.Config[] => (load(path.join(repository, 'dist/src/cli/config.js')) as { cliConfig(): Linter.Config[] }).cliConfig(),
};

export interface Project {
  readonly folder: string;
  path(...segments: string[]): string;
  remove(): void;
}

/**
 * A temporary project folder with `eslint-plugin-async-test` linked to this repository, and the given packages of this
 * repository's node_modules linked beside it.
 */
export function temporaryProject(prefix: string, linkedPackages: readonly string[] = []): Project {
  const folder = mkdtempSync(path.join(os.tmpdir(), `async-test-${prefix}-`));
  const modules = path.join(folder, 'node_modules');
  mkdirSync(modules);
  symlinkSync(repository, path.join(modules, 'eslint-plugin-async-test'), 'dir');
  for (const name of linkedPackages) {
    mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
    symlinkSync(path.join(repository, 'node_modules', name), path.join(modules, name), 'dir');
  }
  return {
    folder,
    path: (...segments) => path.join(folder, ...segments),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function copyExamples(project: Project): string {
  const target = project.path('examples');
  cpSync(examples, target, { recursive: true });
  return target;
}

/** The example scripts, relative to examples/. */
export function exampleFiles(): string[] {
  return readdirSync(examples, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file))
    .sort();
}

/** One finding as `file:line rule-id`, with the file relative to a base folder: sortable and comparable across tools. */
export function finding(base: string, file: string, line: number, ruleId: string | null): string {
  return `${path.relative(base, path.resolve(base, file))}:${line} ${ruleId}`;
}

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number }[];
}

/** The findings of ESLint's JSON formatter (the `eslint` bin and `async-test-lint --format json`), sorted. */
export function eslintFindings(base: string, results: readonly EslintJsonResult[]): string[] {
  return results.flatMap((result) => result.messages.map((message) => finding(base, result.filePath, message.line, message.ruleId))).sort();
}
