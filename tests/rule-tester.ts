/** RuleTester from typescript-eslint, wired to vitest. */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export { RuleTester };

/** The TypeScript parser without type information (the common test setup). */
export const ruleTester = new RuleTester();

type Cases = Parameters<RuleTester['run']>[2];

/**
 * The tester with every case run with `reportLateFailures` on (as `strict` sets it), for the cases about which calls
 * give promises rather than about which runner loses their failures: the default leaves those to the runner's facts.
 */
export function withLateFailures(tester: RuleTester): { run(name: string, rule: Parameters<RuleTester['run']>[1], tests: Cases): void } {
  const withOption = <Case extends { options?: readonly unknown[] }>(testCase: Case | string): Case =>
    (typeof testCase === 'string'
      ? { code: testCase, options: [{ reportLateFailures: true }] }
      : {
          ...testCase,
          options: [{ ...(testCase.options?.[0] as object | undefined), reportLateFailures: true }, ...(testCase.options?.slice(1) ?? [])],
        }) as Case;
  return { run: (name, rule, tests) => tester.run(name, rule, { valid: tests.valid.map(withOption), invalid: tests.invalid.map(withOption) }) };
}

export const lateFailuresTester = withLateFailures(ruleTester);
