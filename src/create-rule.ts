import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import packageJson from '../package.json';
import { testFileOf, type TestFile } from './analysis/test-file';

export interface AsyncTestRuleDocs {
  /** In the `recommended` presets. */
  readonly recommended: boolean;
  /** Detects more with type information (the rule still works without it). */
  readonly typeAware?: boolean;
}

/** The repository's web address, from package.json's `repository`: the rule docs' links and SARIF's tool link use it. */
export const repositoryUrl = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export function ruleDocsUrl(ruleName: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${ruleName}.md`;
}

const ruleCreator = ESLintUtils.RuleCreator<AsyncTestRuleDocs>(ruleDocsUrl);

/** A rule as written in rules/: `create` also gets the model of the file, built once per file and shared by every rule. */
export interface AsyncTestRule<Options extends readonly unknown[], MessageIds extends string> extends Omit<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, AsyncTestRuleDocs>,
  'create'
> {
  create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Readonly<Options>, testFile: () => TestFile): TSESLint.RuleListener;
}

/**
 * typescript-eslint's RuleCreator, except that the options merged with their defaults are kept per distinct
 * configuration: the creator clones the defaults for every file and every rule, which the benchmark showed as about
 * 5 % of our rule time. Options come from JSON configuration, so their JSON text identifies them.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<AsyncTestRule<Options, MessageIds>>,
): TSESLint.RuleModule<MessageIds, Options, AsyncTestRuleDocs> {
  // The creator gives the meta and docs URL; its own `create` is replaced below.
  const created = ruleCreator({ ...rule, create: () => ({}) });
  const defaults = (rule.meta.defaultOptions ?? []) as unknown as Options;
  const merged = new Map<string, Options>();
  return {
    ...created,
    create(context) {
      // Most configurations give no options: the defaults as merged once.
      const key = context.options.length === 0 ? '[]' : JSON.stringify(context.options);
      let options: Options | undefined = merged.get(key);
      if (options === undefined) {
        options = ESLintUtils.applyDefault(defaults, context.options as unknown as Options) as unknown as Options;
        merged.set(key, options);
      }
      // A file no run executes (`*.test-d.ts`, a file the runner configs leave out) has nothing to report. The model is
      // built once per file and shared by every rule (testFileOf caches it).
      const file = testFileOf(context);
      if (file.neverRuns) return {};
      return rule.create(context, options, () => file);
    },
  };
}

/**
 * The option of the checks whose failure the runner does report, only late: against another test, outside any test, or
 * as a timeout instead of the assertion. Off in `recommended`, which reports only what the runner never reports; on in
 * `strict`.
 */
export const reportLateFailuresOption = {
  reportLateFailures: {
    type: 'boolean',
    description:
      'Also report mistakes whose failure the runner does report, but late: against another test, outside any test, or as a timeout instead of the assertion.',
  },
} as const;

/** The `requireFinally` option shared by the rules that pair a setup with its teardown (on in `strict` and `all`). */
export const requireFinallySchema = {
  type: 'object',
  properties: {
    requireFinally: {
      type: 'boolean',
      description: 'Also report an undo written as a plain statement after the assertions, which a failing assertion skips.',
    },
  },
  additionalProperties: false,
} as const;
