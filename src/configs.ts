/**
 * Presets, built from the rules' own meta: `recommended` holds the rules whose docs say so; `recommended-type-checked`
 * adds type information (`projectService`, with the project's own TypeScript parser when it has one) and turns on
 * every `checkTypes` option; `strict` holds every rule, also those that fall short of `recommended`'s precision bar,
 * with every `requireFinally` and `reportLateFailures` option on; `all` is the same set (kept for the habit of other
 * plugins).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { RuleName, rules } from '../rules';

export type ConfigName = 'recommended' | 'recommended-type-checked' | 'strict' | 'all';

const scripts = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';

/** Where test files live: `*.test.*`, `*.spec.*`, Cypress's `*.cy.*`, and files under `__tests__`, `test`, `tests` and `e2e`. */
export const testFileGlobs: string[] = [
  `**/*.{test,spec,cy}.${scripts}`,
  `**/__tests__/**/*.${scripts}`,
  `**/test/**/*.${scripts}`,
  `**/tests/**/*.${scripts}`,
  `**/e2e/**/*.${scripts}`,
];

type Rules = typeof rules;

/** What `strict` adds: undo written after the assertions, failures the runner reports only late, `done` handed to a client. */
const strictOptions = ['requireFinally', 'reportLateFailures', 'preferAwait'];

export function buildConfigs(plugin: ESLint.Plugin, ruleModules: Rules): Record<ConfigName, Linter.Config> {
  const names = Object.keys(ruleModules) as RuleName[];
  const recommended = names.filter((name) => ruleModules[name].meta.docs?.recommended === true);
  /** Each rule at 'error', with the boolean options named in `switchedOn` set wherever the rule's schema has them. */
  const preset = (name: ConfigName, ruleNames: RuleName[], switchedOn: readonly string[], typed = false): Linter.Config => ({
    name: `async-test/${name}`,
    files: testFileGlobs,
    plugins: { 'async-test': plugin },
    ...(typed ? { languageOptions: typedLanguageOptions() } : {}),
    rules: Object.fromEntries(ruleNames.map((ruleName) => [`async-test/${ruleName}`, ruleEntry(ruleModules[ruleName], switchedOn)])),
  });
  return {
    recommended: preset('recommended', recommended, []),
    'recommended-type-checked': preset('recommended-type-checked', recommended, ['checkTypes'], true),
    strict: preset('strict', names, strictOptions),
    all: preset('all', names, strictOptions),
  };
}

/**
 * The typed preset's parser is read when a config uses the preset, not when the plugin loads: finding and loading the
 * user's copy is then paid only by those who use it.
 */
function typedLanguageOptions(): Linter.LanguageOptions {
  let parser: Linter.Parser | undefined;
  return {
    get parser(): Linter.Parser {
      return (parser ??= usersTypeScriptParser(process.cwd()) ?? tsParser);
    },
    parserOptions: { projectService: true },
  };
}

/**
 * The TypeScript parser of the project ESLint runs in, when it is a typescript-eslint 8 parser: the one its
 * `typescript-eslint` package configures (`tseslint.configs.*`), else its `@typescript-eslint/parser`. Each copy of the
 * parser builds its own TypeScript program: with a copy of our own, the user's files under their parser and the test
 * files under ours would load the project twice. `typescript-eslint`'s comes first, since a package manager may hoist
 * our own copy to the top of node_modules while theirs stays under `typescript-eslint`.
 */
export function usersTypeScriptParser(projectFolder: string): Linter.Parser | undefined {
  const fromProject = createRequire(path.join(projectFolder, 'package.json'));
  const candidates = [
    () => createRequire(fromProject.resolve('typescript-eslint')).resolve('@typescript-eslint/parser'),
    () => fromProject.resolve('@typescript-eslint/parser'),
  ];
  for (const candidate of candidates) {
    let parser: { version?: unknown; parseForESLint?: unknown } | undefined;
    try {
      parser = fromProject(candidate()) as typeof parser;
    } catch {
      continue; // not installed there
    }
    if (typeof parser?.parseForESLint === 'function' && typeof parser.version === 'string' && parser.version.startsWith('8.')) {
      return parser as Linter.Parser;
    }
  }
  return undefined;
}

function ruleEntry(rule: Rules[RuleName], switchedOn: readonly string[]): Linter.RuleEntry {
  const schema = rule.meta.schema;
  const properties = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined)?.properties : undefined;
  const options = Object.fromEntries(switchedOn.filter((option) => properties?.[option] !== undefined).map((option) => [option, true]));
  return Object.keys(options).length === 0 ? 'error' : ['error', options];
}

/** A config that also spreads to itself: `[...config]` is `[config]`. */
export type SpreadableConfig = Linter.Config & Iterable<Linter.Config>;

/** The configs under their names, and each under `flat/<name>` too. */
export type ConfigsWithHabits<Name extends string> = Record<Name | `flat/${Name}`, SpreadableConfig>;

/**
 * Habits from other plugins, accepted instead of failing with an unclear error: typescript-eslint's configs are arrays,
 * so `[...plugin.configs.recommended]` is written from habit ("is not iterable" otherwise), and eslint-plugin-jest
 * names its flat configs `flat/recommended` (undefined otherwise, which ESLint rejects as "Unexpected undefined config").
 * Each config spreads to itself, and `flat/<name>` is the same object. Neither is enumerable, so each config is listed
 * once (by `Object.keys` and eslint-doc-generator) and a copy made with `{ ...config }` is a plain config.
 */
export function acceptHabits<Name extends string>(configs: Record<Name, Linter.Config>): ConfigsWithHabits<Name> {
  for (const [name, config] of Object.entries<Linter.Config>(configs)) {
    Object.defineProperty(config, Symbol.iterator, {
      *value() {
        yield config;
      },
    });
    Object.defineProperty(configs, `flat/${name}`, { value: config });
  }
  return configs as ConfigsWithHabits<Name>;
}
