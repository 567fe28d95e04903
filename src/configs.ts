/**
 * Presets, built from the rules' own meta: `recommended` holds the rules whose docs say so; `recommended-type-checked`
 * adds type information (`projectService`) and turns on every `checkTypes` option; `all` holds every rule.
 */
import type { ESLint, Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { RuleName, rules } from '../rules';

export type ConfigName = 'recommended' | 'recommended-type-checked' | 'all';

const scripts = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';

/** Where test files live: `*.test.*`, `*.spec.*`, and files under `__tests__`, `test`, `tests` and `e2e`. */
export const testFileGlobs: string[] = [
  `**/*.{test,spec}.${scripts}`,
  `**/__tests__/**/*.${scripts}`,
  `**/test/**/*.${scripts}`,
  `**/tests/**/*.${scripts}`,
  `**/e2e/**/*.${scripts}`,
];

type Rules = typeof rules;

export function buildConfigs(plugin: ESLint.Plugin, ruleModules: Rules): Record<ConfigName, Linter.Config> {
  const names = Object.keys(ruleModules) as RuleName[];
  const recommended = names.filter((name) => ruleModules[name].meta.docs?.recommended === true);
  const preset = (name: ConfigName, ruleNames: RuleName[], typed: boolean): Linter.Config => ({
    name: `async-test/${name}`,
    files: testFileGlobs,
    plugins: { 'async-test': plugin },
    ...(typed ? { languageOptions: { parser: tsParser, parserOptions: { projectService: true } } } : {}),
    rules: Object.fromEntries(ruleNames.map((ruleName) => [`async-test/${ruleName}`, typed ? typedEntry(ruleModules[ruleName]) : 'error'])),
  });
  return {
    recommended: preset('recommended', recommended, false),
    'recommended-type-checked': preset('recommended-type-checked', recommended, true),
    all: preset('all', names, false),
  };
}

function typedEntry(rule: Rules[RuleName]): Linter.RuleEntry {
  const schema = rule.meta.schema;
  const firstOption = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined) : undefined;
  return firstOption?.properties?.['checkTypes'] === undefined ? 'error' : ['error', { checkTypes: true }];
}
