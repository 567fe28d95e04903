import rule from '../../rules/no-lost-tests';
import { ruleTester } from '../rule-tester';

const jestImport = `import { describe, it, beforeAll } from '@jest/globals';\n`;
const vitest = `import { describe, it, test, beforeAll } from 'vitest';\n`;

ruleTester.run('no-lost-tests: async suites', rule, {
  valid: [
    {
      name: 'vitest only type-checks a *.test-d.ts file: a test registered in a test is never run, and never lost',
      filename: 'types.test-d.ts',
      code: `${vitest}test('a', () => {\n  test('b', () => {});\n});`,
    },
    {
      name: 'bun runs an afterAll or afterEach registered in a running test (checked on bun 1.4.5)',
      code: `import { afterAll, afterEach, describe, it } from 'bun:test';\ndescribe('s', () => {\n  it('a', () => {\n    afterAll(() => cleanUp());\n    afterEach(() => reset());\n  });\n});`,
    },
    {
      name: 'vitest awaits an async describe',
      code: `${vitest}describe('s', async () => {\n  const users = await load();\n  it('a', () => {});\n});`,
    },
    {
      name: 'bun awaits an async describe',
      code: `import { describe, it } from 'bun:test';\ndescribe('s', async () => {\n  await load();\n  it('a', () => {});\n});`,
    },
    {
      name: 'node:test awaits an async describe',
      code: `import { describe, it } from 'node:test';\ndescribe('s', async () => {\n  await load();\n  it('a', () => {});\n});`,
    },
    {
      name: 'an unknown runner gets no report for what vitest accepts',
      code: `describe('s', async () => {\n  await load();\n  it('a', () => {});\n});`,
    },
    { name: 'a synchronous jest suite', code: `${jestImport}describe('s', () => {\n  it('a', async () => { await load(); });\n});` },
    {
      name: 'mocha runs every test of an async suite that awaits nothing (checked on mocha 12)',
      code: `before(() => {});\ndescribe('users', async function () {\n  it('lists', () => {});\n});`,
    },
    {
      name: 'Playwright runs every test of an async suite that awaits nothing (checked on Playwright 1.65)',
      code: `import { test } from '@playwright/test';\ntest.describe('s', async () => {\n  test('a', async ({ page }) => { await page.goto('/'); });\n});`,
    },
  ],
  invalid: [
    {
      name: 'the same nesting in a file vitest runs is lost',
      filename: 'types.test.ts',
      code: `${vitest}test('a', () => {\n  test('b', () => {});\n});`,
      errors: [{ messageId: 'registeredInTest', line: 3, column: 3 }],
    },
    {
      name: 'jest rejects any async suite, even without await (checked on jest 30.5); the fix removes async',
      code: `${jestImport}describe('users', async () => {\n  it('lists', () => {});\n});`,
      output: `${jestImport}describe('users', () => {\n  it('lists', () => {});\n});`,
      errors: [{ messageId: 'asyncSuiteRejected', line: 2, column: 19, data: { runner: 'jest' } }],
    },
    {
      name: 'mocha globals: the test after a real await is lost (checked on mocha 12)',
      code: `before(() => {});\ndescribe('users', async function () {\n  await load();\n  it('lists', () => {});\n});`,
      output: null,
      errors: [
        {
          messageId: 'asyncSuite',
          line: 2,
          column: 19,
          data: { runner: 'mocha' },
          suggestions: [
            {
              messageId: 'suggestSetupHook',
              output: `before(() => {});\ndescribe('users', function () {\n  before(async () => {\n    await load();\n  });\n  it('lists', () => {});\n});`,
            },
          ],
        },
        { messageId: 'registeredAfterAwait', line: 4, column: 3, data: { name: 'it', runner: 'mocha' } },
      ],
    },
    {
      name: 'jest: awaited setup moves into beforeAll (suggestion), the later test is lost',
      code: `${jestImport}describe('users', async () => {\n  const db = await connect();\n  it('lists', async () => {\n    await db.list();\n  });\n});`,
      output: null,
      errors: [
        {
          messageId: 'asyncSuiteRejected',
          line: 2,
          suggestions: [
            {
              messageId: 'suggestSetupHook',
              output: `${jestImport}describe('users', () => {\n  let db;\n  beforeAll(async () => {\n    db = await connect();\n  });\n  it('lists', async () => {\n    await db.list();\n  });\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'jest: the hook is added to an existing import from the runner',
      code: `import { describe, it } from '@jest/globals';\ndescribe('users', async () => {\n  await reset();\n  it('lists', () => {});\n});`,
      output: null,
      errors: [
        {
          messageId: 'asyncSuiteRejected',
          suggestions: [
            {
              messageId: 'suggestSetupHook',
              output: `import { describe, it, beforeAll } from '@jest/globals';\ndescribe('users', () => {\n  beforeAll(async () => {\n    await reset();\n  });\n  it('lists', () => {});\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Playwright: test.beforeAll is suggested',
      code: `import { test } from '@playwright/test';\ntest.describe('s', async () => {\n  const user = await createUser();\n  test('a', async ({ page }) => { await page.goto(user.url); });\n});`,
      output: null,
      errors: [
        {
          messageId: 'asyncSuite',
          data: { runner: 'Playwright' },
          suggestions: [
            {
              messageId: 'suggestSetupHook',
              output: `import { test } from '@playwright/test';\ntest.describe('s', () => {\n  let user;\n  test.beforeAll(async () => {\n    user = await createUser();\n  });\n  test('a', async ({ page }) => { await page.goto(user.url); });\n});`,
            },
          ],
        },
        { messageId: 'registeredAfterAwait', line: 4, data: { name: 'test', runner: 'Playwright' } },
      ],
    },
    {
      name: 'no suggestion when the awaited value is read while collecting',
      code: `${jestImport}describe('users', async () => {\n  const rows = await load();\n  it.each(rows)('row %s', () => {});\n});`,
      output: null,
      errors: [{ messageId: 'asyncSuiteRejected', suggestions: [] }],
    },
  ],
});

ruleTester.run('no-lost-tests: registrations after collection', rule, {
  valid: [
    {
      name: 'inside a test the runner skips: its body never runs, so nothing is registered or lost (jest 30 and Playwright, checked)',
      code: `import { test } from 'vitest';\ntest.skip('types only', () => {\n  test('inner', () => {});\n});`,
    },
    {
      name: 'inside a test of a skipped suite, and inside xit',
      code: `import { describe, it, xit } from 'mocha';\ndescribe.skip('s', () => {\n  it('a', () => {\n    it('inner', () => {});\n  });\n});\nxit('b', () => {\n  it('inner', () => {});\n});`,
    },
    {
      name: 'Playwright: a group skipped as a whole',
      code: `import { test } from '@playwright/test';\ntest.skip('later', async () => {\n  test('inner', async ({ page }) => {});\n  test.describe('group', () => {});\n});`,
    },
    {
      name: 'node:test subtests inside a test',
      code: `import test from 'node:test';\ntest('a', async (t) => {\n  await t.test('b', () => {});\n  t.beforeEach(() => {});\n});`,
    },
    { name: 'vitest onTestFinished inside a test', code: `${vitest}test('a', ({ onTestFinished }) => {\n  onTestFinished(() => {});\n});` },
    {
      name: 'Playwright annotations and steps inside a test',
      code: `import { test } from '@playwright/test';\ntest('a', async ({ browserName }) => {\n  test.skip(browserName === 'webkit', 'no');\n  await test.step('s', async () => {});\n});`,
    },
    {
      name: 'a registration in a sync helper called from a suite',
      code: `${vitest}function crud(name: string) { it(name, () => {}); }\ndescribe('s', () => { crud('a'); });`,
    },
    {
      name: 'an async helper that registers before its first await',
      code: `${jestImport}async function crud() { it('a', () => {}); await x(); }\ndescribe('s', () => { crud(); });`,
    },
    {
      name: 'node:test registers at any time: a test inside a test is a subtest',
      code: `import test from 'node:test';\ntest('outer', async () => {\n  await load();\n  test('inner', () => {});\n});`,
    },
  ],
  invalid: [
    {
      name: 'mocha without --delay (no run() call): the suite registered after the await is lost',
      code: `import { describe, it } from 'mocha';\n(async () => {\n  await seed();\n  describe('seeded', () => {\n    it('a', () => {});\n  });\n})();`,
      errors: [{ messageId: 'registeredInAsyncIife', line: 4, column: 3 }],
    },
    {
      name: 'inside .then',
      code: `${vitest}load().then((rows) => {\n  it('uses rows', () => {});\n});`,
      errors: [{ messageId: 'registeredLater', line: 3, column: 3, data: { name: 'it', callback: '.then' } }],
    },
    {
      name: 'inside setTimeout and an event listener',
      code: `${vitest}setTimeout(() => {\n  describe('late', () => {});\n});\nemitter.on('ready', () => {\n  test('later', () => {});\n});`,
      errors: [
        { messageId: 'registeredLater', line: 3, data: { name: 'describe', callback: 'setTimeout' } },
        { messageId: 'registeredLater', line: 6, data: { name: 'test', callback: '.on' } },
      ],
    },
    {
      name: 'vitest never runs an afterAll registered in a running test (checked on vitest 4.1)',
      code: `import { afterAll, it } from 'vitest';\nit('a', () => {\n  afterAll(() => cleanUp());\n});`,
      errors: [{ messageId: 'registeredInTest', line: 3, data: { name: 'afterAll' } }],
    },
    {
      name: 'bun: test() and beforeAll in a running test throw (checked on bun 1.4.5)',
      code: `import { beforeAll, describe, it, test } from 'bun:test';\ndescribe('s', () => {\n  it('a', () => {\n    test('inner', () => {});\n    beforeAll(() => {});\n  });\n});`,
      errors: [
        { messageId: 'registeredInTest', line: 4, data: { name: 'test' } },
        { messageId: 'registeredInTest', line: 5, data: { name: 'beforeAll' } },
      ],
    },
    {
      name: 'inside a test body, and a hook inside a test',
      code: `${vitest}it('outer', () => {\n  it('inner', () => {});\n  beforeAll(() => {});\n});`,
      errors: [
        { messageId: 'registeredInTest', line: 3, data: { name: 'it' } },
        { messageId: 'registeredInTest', line: 4, data: { name: 'beforeAll' } },
      ],
    },
    {
      name: 'an async helper called from a suite registers after its await',
      code: `${jestImport}async function crud(name) {\n  await seed();\n  it(name, () => {});\n}\ndescribe('s', () => { crud('a'); });`,
      errors: [{ messageId: 'registeredInAsyncHelper', line: 4, data: { name: 'it', helper: 'crud' } }],
    },
  ],
});

// What each runner does with registrations after a module-level `await`, checked by running jest 30.5 (CommonJS through
// babel-jest and ts-jest, native ES modules with --experimental-vm-modules), vitest 4.1, mocha 12, bun 1.4.5 and
// node:test on Node 20: the table in docs/rules/no-lost-tests.md.
const jestGlobals = `import { readFile } from 'node:fs/promises';\n`;
const registerLater = `async function registerLater() {\n  await seed();\n  test('seeded', () => {});\n}\n`;

ruleTester.run('no-lost-tests: module top level', rule, {
  valid: [
    {
      name: 'jest ES module: the tests after a top-level await run (CommonJS cannot compile it: a loud failure)',
      code: `${jestImport}const users = await load();\ndescribe('users', () => {\n  it('lists', () => {});\n});\nit('counts', () => {});`,
    },
    {
      name: 'jest globals, the runner known from jest.fn: the test after a top-level await runs',
      code: `${jestGlobals}const fixture = await readFile('users.json', 'utf8');\nconst load = jest.fn(() => fixture);\ntest('loads', () => {\n  expect(load()).toBe(fixture);\n});`,
    },
    {
      name: 'mocha globals: mocha imports an ES spec file and waits for its evaluation',
      code: `before(() => {});\nawait connect();\ndescribe('db', () => {\n  it('queries', () => {});\n});`,
    },
    { name: 'vitest: the test after a top-level await runs', code: `${vitest}const rows = await load();\nit('a', () => {});` },
    {
      name: 'bun: the test after a top-level await runs',
      code: `import { describe, test } from 'bun:test';\nfor await (const row of rows()) seen.push(row);\ndescribe('s', () => {\n  test('a', () => {});\n});`,
    },
    {
      name: 'jest: an async helper awaited at top level registers before the module has been evaluated',
      code: `import { test } from '@jest/globals';\n${registerLater}await registerLater();`,
    },
    {
      name: 'mocha: an async IIFE awaited at top level',
      code: `before(() => {});\nawait (async () => {\n  await seed();\n  it('seeded', () => {});\n})();`,
    },
    {
      name: 'vitest: an async helper kept and awaited later at top level',
      code: `${vitest}${registerLater}const pending = registerLater();\nawait pending;`,
    },
    {
      name: 'vitest waits for an async suite that awaits the helper, and for a suite that returns it',
      code: `${vitest}${registerLater}describe('awaits', async () => {\n  await registerLater();\n});\ndescribe('returns', () => registerLater());`,
    },
    {
      name: 'node:test registers at any time: a test in an async IIFE nobody awaits still runs',
      code: `import { test } from 'node:test';\n(async () => {\n  await seed();\n  test('seeded', () => {});\n})();`,
    },
    {
      name: 'Playwright fails the run loudly on a test registered late by a dropped helper (checked on Playwright 1.65)',
      code: `import { test } from '@playwright/test';\n${registerLater}registerLater();\ntest.describe('s', () => {\n  registerLater();\n});`,
    },
    {
      name: 'mocha --delay: the file calls run() when it has registered everything, so the suite after the await is collected (checked on mocha 10.8)',
      code: `import { describe, it } from 'mocha';\n(async () => {\n  await seed();\n  describe('seeded', () => {\n    it('a', () => {});\n  });\n  run();\n})();`,
    },
    {
      name: 'an async IIFE that registers before its first await',
      code: `${vitest}(async () => {\n  test('a', () => {});\n  await seed();\n})();`,
    },
  ],
  invalid: [
    {
      name: 'jest: a test in an async IIFE nobody awaits is registered after collection',
      code: `${jestImport}(async () => {\n  await seed();\n  describe('seeded', () => {\n    it('a', () => {});\n  });\n})();`,
      errors: [{ messageId: 'registeredInAsyncIife', line: 4, column: 3, data: { name: 'describe' } }],
    },
    {
      name: 'vitest and bun lose it too: they wait for the module, not for the promise it drops',
      code: `${vitest}void (async () => {\n  const rows = await load();\n  test('rows', () => {});\n})();`,
      errors: [{ messageId: 'registeredInAsyncIife', line: 4, column: 3, data: { name: 'test' } }],
    },
    {
      name: 'mocha: an async helper called at top level without await',
      code: `before(() => {});\nasync function registerLater() {\n  await seed();\n  it('seeded', () => {});\n}\nregisterLater().catch(console.error);`,
      errors: [{ messageId: 'registeredInAsyncHelper', line: 4, column: 3, data: { name: 'it', helper: 'registerLater' } }],
    },
    {
      name: 'bun: an async helper dropped by a suite that bun would wait for',
      code: `import { describe, test } from 'bun:test';\n${registerLater}describe('s', () => {\n  registerLater();\n});`,
      errors: [{ messageId: 'registeredInAsyncHelper', line: 4, column: 3, data: { name: 'test', helper: 'registerLater' } }],
    },
    {
      name: 'one call that drops the promise is enough, even if another awaits it',
      code: `${vitest}${registerLater}await registerLater();\nregisterLater();`,
      errors: [{ messageId: 'registeredInAsyncHelper', line: 4, column: 3, data: { name: 'test', helper: 'registerLater' } }],
    },
  ],
});
