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
