/** Every rule of the plugin, by id. `tests/rules-index.test.ts` checks that each file in this folder is listed. */
import awaitAsyncCalls from './await-async-calls';
import noDoneCallback from './no-done-callback';
import noLeakedOverrides from './no-leaked-overrides';
import noLostTests from './no-lost-tests';
import noSyncClient from './no-sync-client';

export const rules = {
  'await-async-calls': awaitAsyncCalls,
  'no-done-callback': noDoneCallback,
  'no-leaked-overrides': noLeakedOverrides,
  'no-lost-tests': noLostTests,
  'no-sync-client': noSyncClient,
};

export type RuleName = keyof typeof rules;
