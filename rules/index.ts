/** Every rule of the plugin, by id. `tests/package.test.ts` checks that each file in this folder is listed. */
import awaitAsyncCalls from './await-async-calls';
import noDoneCallback from './no-done-callback';
import noLeakedOverrides from './no-leaked-overrides';
import noLostTests from './no-lost-tests';
import noOpenHandles from './no-open-handles';
import noSyncClient from './no-sync-client';
import requireRollback from './require-rollback';
import validFixture from './valid-fixture';

export const rules = {
  'await-async-calls': awaitAsyncCalls,
  'no-done-callback': noDoneCallback,
  'no-leaked-overrides': noLeakedOverrides,
  'no-lost-tests': noLostTests,
  'no-open-handles': noOpenHandles,
  'no-sync-client': noSyncClient,
  'require-rollback': requireRollback,
  'valid-fixture': validFixture,
};

export type RuleName = keyof typeof rules;
