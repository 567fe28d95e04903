import { ESLintUtils } from '@typescript-eslint/utils';

export interface AsyncTestRuleDocs {
  /** In the `recommended` presets. */
  readonly recommended: boolean;
  /** Detects more with type information (the rule still works without it). */
  readonly typeAware?: boolean;
}

export const repositoryUrl = 'https://github.com/eslint-plugin-async-test/eslint-plugin-async-test';

export function ruleDocsUrl(ruleName: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${ruleName}.md`;
}

export const createRule = ESLintUtils.RuleCreator<AsyncTestRuleDocs>(ruleDocsUrl);

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
