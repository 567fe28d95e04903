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
