/**
 * Linting with every rule of the plugin, as the robustness tests need it: the parser each extension calls for, and
 * fixing checked the way a user's `--fix` would run it (ESLint's fix loop over all rules at once).
 */
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { testFileGlobs } from '../../src/configs';
import plugin from '../../src/index';

export const root = path.resolve(__dirname, '../..');

const languages: Linter.Config[] = [
  { files: testFileGlobs },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

const all = plugin.configs.all;

/** Every rule with each of its boolean options turned on (`checkTypes` without type information, `requireFinally`). */
function withOptionsOn(): Linter.RulesRecord {
  return Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => {
      const schema = Array.isArray(rule.meta?.schema)
        ? (rule.meta.schema[0] as { properties?: Record<string, { type?: string }> } | undefined)
        : undefined;
      const booleans = Object.entries(schema?.properties ?? {}).filter(([, property]) => property.type === 'boolean');
      const options = Object.fromEntries(booleans.map(([option]) => [option, true]));
      return [`async-test/${name}`, booleans.length === 0 ? 'error' : ['error', options]];
    }),
  );
}

export const configs: Record<'defaults' | 'optionsOn' | 'parseOnly', Linter.Config[]> = {
  /** `configs.all`, every rule with its defaults. */
  defaults: [...languages, all],
  /** Every rule with every boolean option on. */
  optionsOn: [...languages, { ...all, rules: withOptionsOn() }],
  /** No rules: whether a text parses. */
  parseOnly: languages,
};

const linter = new Linter({ cwd: root });

/** A file name under the repository, so that the preset's test-file globs take it. */
export function virtualFile(name: string): string {
  return path.join(root, 'robustness', name);
}

export function lint(text: string, filename: string, config: Linter.Config[] = configs.defaults): Linter.LintMessage[] {
  return linter.verify(text, config, { filename });
}

export function parseErrors(text: string, filename: string): string[] {
  return lint(text, filename, configs.parseOnly)
    .filter((message) => message.fatal === true)
    .map((message) => `${message.line}:${message.column} ${message.message}`);
}

export interface FixOutcome {
  readonly fixed: boolean;
  readonly output: string;
  /** Fix passes ESLint made before nothing was left to fix. */
  readonly passes: number;
  /** Parse errors in the fixed text. */
  readonly parseErrors: string[];
  /** Whether fixing the fixed text changes it again. */
  readonly changesAgain: boolean;
}

/** All fixes of all rules, applied as `eslint --fix` does, then checked: the output parses and is a fixed point. */
export function fixAll(text: string, filename: string): FixOutcome {
  // `stats` (ESLint 9+) makes the linter count its fix passes; the types do not list it yet.
  const options: Linter.FixOptions & { stats: boolean } = { filename, stats: true };
  const report = linter.verifyAndFix(text, configs.defaults, options);
  const passes = linter.getFixPassCount();
  const again = linter.verifyAndFix(report.output, configs.defaults, { filename });
  return { fixed: report.fixed, output: report.output, passes, parseErrors: parseErrors(report.output, filename), changesAgain: again.fixed };
}
