/** Every rule of the plugin, by id. `tests/rules-index.test.ts` checks that each file in this folder is listed. */
import awaitAsyncCalls from './await-async-calls';

export const rules = {
  'await-async-calls': awaitAsyncCalls,
};

export type RuleName = keyof typeof rules;
