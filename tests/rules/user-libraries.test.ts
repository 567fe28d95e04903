import awaitAsyncCalls from '../../rules/await-async-calls';
import noOpenHandles from '../../rules/no-open-handles';
import noLeakedOverrides from '../../rules/no-leaked-overrides';
import noSyncClient from '../../rules/no-sync-client';
import requireRollback from '../../rules/require-rollback';
import { lateFailuresTester, ruleTester } from '../rule-tester';

// A company's own database client, described in settings the way the built-in modules describe a library
// (docs/rules/await-async-calls.md, "Your own libraries").
const acmeDb = {
  name: 'acme-db',
  modules: ['@acme/db'],
  exports: { connect: 'Connect', Client: 'ClientClass', default: 'Module' },
  types: { Client: 'Client', Query: 'Query' },
  kinds: {
    Module: { properties: { connect: 'Connect' } },
    Connect: { call: 'promise<Client>' },
    ClientClass: { construct: 'Client' },
    Client: {
      resource: { description: 'acme-db connection', closes: ['close'] },
      beginsTransaction: { begin: 'returned' },
      methods: { query: 'promise', select: 'Query', escape: 'value', close: 'promise', begin: 'promise<Transaction>' },
    },
    Query: { thenable: 'lazy', methods: { where: 'Query', toSQL: 'value' } },
    Transaction: {
      transaction: { rollback: ['rollback'], commit: ['commit'] },
      methods: { rollback: 'promise', commit: 'promise', query: 'promise' },
    },
  },
};
const flags = {
  name: 'acme-flags',
  modules: ['@acme/flags'],
  exports: { flags: 'Flags' },
  globals: { legacyHttp: 'BlockingHttp' },
  overrideFamilies: { override: { description: 'feature flag override', undo: 'reset' } },
  kinds: {
    Flags: { overrides: { override: 'override' }, undoes: { reset: ['override'] } },
    BlockingHttp: { blocks: 'always' },
  },
};
const settings = { 'async-test': { libraries: [acmeDb, flags] } };
const vitest = `import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';\n`;
// jest waits for what is left open (vitest ends the file's worker): no-open-handles reports a pool made once only there.
const jest = `import { afterAll, beforeAll, it } from '@jest/globals';\n`;

lateFailuresTester.run('await-async-calls: libraries from settings', awaitAsyncCalls, {
  valid: [
    {
      name: 'a synchronous method of a user kind',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nit('a', () => {\n  new Client().escape('x');\n});`,
    },
    {
      name: 'an awaited method of a user kind',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nit('a', async () => {\n  await new Client().query('x');\n});`,
    },
    {
      name: 'inspecting a lazy query is synchronous',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nit('a', () => {\n  new Client().select().where('x').toSQL();\n});`,
    },
    {
      name: 'without the setting, the module is unknown',
      code: `${vitest}import { Client } from '@acme/db';\nit('a', () => {\n  new Client().query('x');\n});`,
    },
    {
      name: "a function handed to a call that runs it on its own schedule (Vue watchEffect) is not the test's code",
      settings: {
        'async-test': {
          libraries: [acmeDb, { name: 'vue', modules: ['vue'], exports: { watchEffect: 'Effect' }, kinds: { Effect: { detachesCallback: true } } }],
        },
      },
      code: `${vitest}import { watchEffect } from 'vue';\nimport { Client } from '@acme/db';\nit('a', () => {\n  watchEffect(() => { new Client().query('x'); });\n});`,
    },
  ],
  invalid: [
    {
      name: 'an unawaited method: the kind comes from a constructor of the user library',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nconst db = new Client();\nit('a', async () => {\n  db.query('insert');\n});`,
      output: `${vitest}import { Client } from '@acme/db';\nconst db = new Client();\nit('a', async () => {\n  await db.query('insert');\n});`,
      errors: [{ messageId: 'unawaited', line: 5, column: 3 }],
    },
    {
      name: 'a lazy query never runs: kind through an awaited factory and a chain',
      settings,
      code: `${vitest}import { connect } from '@acme/db';\nit('a', async () => {\n  const db = await connect();\n  db.select().where('id = 1');\n});`,
      output: `${vitest}import { connect } from '@acme/db';\nit('a', async () => {\n  const db = await connect();\n  await db.select().where('id = 1');\n});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5, column: 3 }],
    },
    {
      name: 'a type annotation naming a type of the user library',
      settings,
      code: `${vitest}import type { Client } from '@acme/db';\nlet db: Client;\nit('a', () => {\n  db.query('x');\n});`,
      output: `${vitest}import type { Client } from '@acme/db';\nlet db: Client;\nit('a', async () => {\n  await db.query('x');\n});`,
      errors: [{ messageId: 'unawaited', line: 5, column: 3 }],
    },
    {
      name: 'through the default export',
      settings,
      code: `${vitest}import acme from '@acme/db';\nit('a', () => {\n  acme.connect();\n});`,
      output: `${vitest}import acme from '@acme/db';\nit('a', async () => {\n  await acme.connect();\n});`,
      errors: [{ messageId: 'unawaited', line: 4, column: 3 }],
    },
  ],
});

ruleTester.run('no-open-handles: a resource from settings', noOpenHandles, {
  valid: [
    {
      name: 'closed in afterAll',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nconst db = new Client();\nafterAll(() => db.close());\nit('a', async () => {\n  await db.query('x');\n});`,
    },
  ],
  invalid: [
    {
      name: 'never closed: the fix writes the close the library names',
      settings,
      code: `${jest}import { Client } from '@acme/db';\nlet db;\nbeforeAll(() => {\n  db = new Client();\n});\nit('a', async () => {\n  await db.query('x');\n});`,
      output: `${jest}import { Client } from '@acme/db';\nlet db;\nbeforeAll(() => {\n  db = new Client();\n});\nafterAll(async () => {\n  await db.close();\n});\nit('a', async () => {\n  await db.query('x');\n});`,
      errors: [{ messageId: 'neverClosed', line: 5, column: 8 }],
    },
  ],
});

ruleTester.run('require-rollback: a transaction from settings', requireRollback, {
  valid: [
    {
      name: 'rolled back in afterEach',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nconst db = new Client();\nlet trx;\nbeforeEach(async () => {\n  trx = await db.begin();\n});\nafterEach(async () => {\n  await trx.rollback();\n});\nit('a', async () => {\n  await trx.query('x');\n});`,
    },
  ],
  invalid: [
    {
      name: 'begun in beforeEach and never ended',
      settings,
      code: `${vitest}import { Client } from '@acme/db';\nconst db = new Client();\nlet trx;\nbeforeEach(async () => {\n  trx = await db.begin();\n});\nit('a', async () => {\n  await trx.query('x');\n});`,
      output: `${vitest}import { Client } from '@acme/db';\nconst db = new Client();\nlet trx;\nbeforeEach(async () => {\n  trx = await db.begin();\n});\nafterEach(async () => {\n  await trx.rollback();\n});\nit('a', async () => {\n  await trx.query('x');\n});`,
      errors: [{ messageId: 'missingRollback', line: 6, column: 15 }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: an override family from settings', noLeakedOverrides, {
  valid: [
    {
      name: 'undone in afterEach by the family-wide reset',
      settings,
      code: `${vitest}import { flags } from '@acme/flags';\nafterEach(() => {\n  flags.reset();\n});\nit('a', () => {\n  flags.override('beta', true);\n});`,
    },
  ],
  invalid: [
    {
      name: 'an override never undone',
      settings,
      code: `${vitest}import { flags } from '@acme/flags';\nit('a', () => {\n  flags.override('beta', true);\n});\nit('b', () => {});`,
      output: `${vitest}import { flags } from '@acme/flags';\nafterEach(() => {\n  flags.reset();\n});\nit('a', () => {\n  flags.override('beta', true);\n});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, column: 3 }],
    },
  ],
});

ruleTester.run('no-sync-client: a blocking global from settings', noSyncClient, {
  valid: [{ name: 'without the setting, the global is unknown', code: `${vitest}it('a', () => {\n  legacyHttp('/health');\n});` }],
  invalid: [
    {
      name: 'a blocking call in a test',
      settings,
      code: `${vitest}it('a', () => {\n  legacyHttp('/health');\n});`,
      errors: [{ messageId: 'blockingClient', line: 3, column: 3 }],
    },
  ],
});
