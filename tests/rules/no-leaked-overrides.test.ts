import rule from '../../rules/no-leaked-overrides';
import { ruleTester } from '../rule-tester';

const vitest = `import { describe, it, test, expect, vi, beforeEach, afterEach, afterAll, beforeAll, onTestFinished } from 'vitest';\n`;
const jestImport = `import { describe, it, expect, jest, afterEach } from '@jest/globals';\n`;

ruleTester.run('no-leaked-overrides: accepted release places', rule, {
  valid: [
    {
      name: 'unknown runner: a module-level patch reaches no other file that anything shows',
      code: `Date.now = () => 0;\nit('a', () => {});`,
    },
    {
      name: "vitest: a patch on Node's own module in the last test stays in the file (vitest isolates those modules too)",
      code: `${vitest}import os from 'node:os';\nit('a', () => {\n  os.cpus = () => [];\n});`,
    },
    {
      name: "a suite's beforeAll with no test after its suite, under a runner that isolates files: only its own tests see it",
      code: `${vitest}it('first', () => {});\ndescribe('s', () => {\n  beforeAll(() => {\n    vi.spyOn(console, 'warn');\n  });\n  it('a', () => {});\n});`,
    },
    {
      name: 'the last test of a file under a runner that isolates files: no later test sees the override',
      code: `${vitest}it('a', () => {});\ndescribe('s', () => {\n  it('b', () => {\n    vi.spyOn(console, 'error');\n    process.env.API_URL = 'x';\n  });\n});`,
    },
    {
      name: 'requireFinally: a restore before the assertions cannot be skipped by them',
      code: `${vitest}it('a', () => {\n  const spy = vi.spyOn(console, 'log');\n  run();\n  spy.mockRestore();\n  expect(spy).toHaveBeenCalled();\n});`,
      options: [{ requireFinally: true }],
    },
    {
      name: "requireFinally: tap's assertions record a failure and return, so the restore after them still runs",
      code: `import t from 'tap';\nimport sinon from 'sinon';\nt.test('a', (t) => {\n  const clock = sinon.useFakeTimers();\n  t.equal(Date.now(), 0);\n  clock.restore();\n  t.end();\n});`,
      options: [{ requireFinally: true }],
    },
    {
      name: "vitest isolates files: a global set in every suite's beforeEach leaves nothing another test would see",
      code: `${vitest}describe('a', () => {\n  beforeEach(() => {\n    global.document = makeDocument();\n  });\n  it('x', () => {});\n});\ndescribe('b', () => {\n  beforeEach(() => {\n    global.document = makeDocument();\n  });\n  it('y', () => {});\n});`,
    },
    {
      name: 'a setup module that registers no tests sets the environment for the whole run on purpose',
      settings: { 'async-test': { framework: 'mocha' } },
      code: `process.env.TZ = 'UTC';\nprocess.env.NODE_ENV = 'test';`,
    },
    {
      name: 'afterEach of the same suite',
      code: `${vitest}describe('s', () => {\n  afterEach(() => { vi.restoreAllMocks(); });\n  it('a', () => { vi.spyOn(console, 'error'); });\n});`,
    },
    {
      name: 'afterEach of an enclosing suite',
      code: `${vitest}afterEach(() => vi.restoreAllMocks());\ndescribe('s', () => {\n  it('a', () => { vi.spyOn(console, 'error'); });\n});`,
    },
    {
      name: 'a same-file helper that restores the spy it is given, called at the end of the test',
      code: `${vitest}function restore(spy) {\n  spy.mockRestore();\n}\nit('a', () => {\n  const spy = vi.spyOn(Date, 'now');\n  expect(Date.now).toBe(spy);\n  restore(spy);\n});`,
    },
    {
      name: 'mockRestore in finally',
      code: `${vitest}it('a', () => {\n  const spy = vi.spyOn(Date, 'now');\n  try { expect(1).toBe(1); } finally { spy.mockRestore(); }\n});`,
    },
    { name: 'onTestFinished in the test', code: `${vitest}it('a', () => {\n  vi.useFakeTimers();\n  onTestFinished(() => vi.useRealTimers());\n});` },
    {
      name: 'node:test t.after',
      code: `import test from 'node:test';\ntest('a', (t) => {\n  process.env.MODE = 'x';\n  t.after(() => { delete process.env.MODE; });\n});`,
    },
    { name: 'using', code: `${vitest}it('a', () => {\n  using spy = vi.spyOn(console, 'warn');\n  expect(spy).not.toHaveBeenCalled();\n});` },
    {
      name: 'a same-file helper that restores',
      code: `${vitest}function cleanup() { vi.unstubAllEnvs(); }\nafterEach(() => cleanup());\nit('a', () => { vi.stubEnv('API', 'x'); });`,
    },
    {
      name: 'the spy handed to a call in the teardown',
      code: `${vitest}let spy;\nbeforeEach(() => { spy = vi.spyOn(api, 'get'); });\nafterEach(() => { release(spy); });\nit('a', () => {});`,
    },
    {
      name: 'beforeAll with afterAll',
      code: `${vitest}beforeAll(() => { vi.useFakeTimers(); });\nafterAll(() => { vi.useRealTimers(); });\nit('a', () => {});`,
    },
    {
      name: 'module top level with any afterAll',
      code: `${vitest}vi.stubGlobal('fetch', vi.fn());\ndescribe('s', () => { afterAll(() => vi.unstubAllGlobals()); it('a', () => {}); });`,
    },
    {
      name: 'restoreMocks in the runner config',
      code: `${vitest}it('a', () => { vi.spyOn(console, 'error'); });`,
      settings: { 'async-test': { runnerConfig: { restoreMocks: true } } },
    },
    {
      name: 'a plain restore at the end of the test',
      code: `${vitest}it('a', () => {\n  const realNow = Date.now;\n  Date.now = () => 0;\n  expect(Date.now()).toBe(0);\n  Date.now = realNow;\n});`,
    },
    {
      name: 'process.env saved and restored in afterEach',
      code: `${jestImport}const saved = { ...process.env };\nafterEach(() => { process.env = saved; });\nit('a', () => { process.env.NODE_ENV = 'production'; });`,
    },
    {
      name: 'node:test: the module-level after() called inside a test restores when that test ends',
      code: `import { test, after } from 'node:test';\ntest('a', () => {\n  const saved = process.env.MODE;\n  after(() => { process.env.MODE = saved; });\n  process.env.MODE = 'x';\n});`,
    },
    {
      name: 'a spy restored through the property it was put on',
      code: `import { afterAll, beforeAll, describe, it, vi } from 'vitest';\nimport { Service } from './service';\ndescribe('s', () => {\n  beforeAll(() => vi.spyOn(Service.prototype, 'merge').mockImplementation((s) => s));\n  afterAll(() => Service.prototype.merge.mockRestore());\n  it('a', () => {});\n});`,
    },
    {
      name: 'node:test t.mock is restored by the runner',
      code: `import test from 'node:test';\ntest('a', (t) => { t.mock.method(console, 'log'); t.mock.timers.enable(); });`,
    },
    {
      name: 'a fixture that restores after use',
      code: `${vitest}const t2 = test.extend({ clock: async ({}, use) => { vi.useFakeTimers(); await use(vi); vi.useRealTimers(); } });`,
    },
    {
      name: 'a spy on an object made in the test dies with it',
      code: `${vitest}it('a', () => {\n  const service = { get() {} };\n  vi.spyOn(service, 'get');\n});`,
    },
    {
      name: 'page content and exit codes are not overrides',
      code: `${vitest}it('a', () => {\n  document.body.innerHTML = '<p>x</p>';\n  process.exitCode = 1;\n});`,
    },
    {
      name: 'vitest isolates files: a file-level spy is meant for the whole file',
      code: `${vitest}vi.spyOn(console, 'warn');\ndescribe('s', () => { vi.useFakeTimers(); it('a', () => {}); });`,
    },
    {
      name: 'code in a nested callback may run elsewhere',
      code: `import { test } from '@playwright/test';\ntest('a', async ({ page }) => {\n  await page.addInitScript(() => { window.navigator.getBattery = async () => ({}); });\n});`,
    },
    {
      name: 'vitest isolates files: a file-level beforeEach override covers every test of the file',
      code: `${vitest}beforeEach(() => { vi.useFakeTimers(); });\nit('a', () => {});`,
    },
    { name: 'vi.fn is not an override', code: `${vitest}it('a', () => { const f = vi.fn(); f(); });` },
    { name: 'a local object is not global state', code: `${vitest}it('a', () => { const config = { env: {} }; config.env.X = 1; });` },
  ],
  invalid: [
    {
      name: 'vitest: a later suite that does not set the global up again sees the value left behind',
      code: `${vitest}describe('a', () => {\n  beforeEach(() => {\n    global.document = makeDocument();\n  });\n  it('x', () => {});\n});\ndescribe('b', () => {\n  it('y', () => {});\n});`,
      output: null,
      errors: [{ messageId: 'leaks', line: 4, column: 5 }],
    },
    {
      name: "vitest: an enclosing suite's beforeAll ran once, before the leak, so it does not set the later test up again",
      code: `${vitest}describe('outer', () => {\n  beforeAll(() => {\n    global.document = makeDocument();\n  });\n  describe('a', () => {\n    beforeEach(() => {\n      global.document = makeDocument();\n    });\n    it('x', () => {});\n  });\n  it('y', () => {});\n});`,
      output: null,
      errors: [{ messageId: 'leaks', line: 8, column: 7 }],
    },
    {
      name: 'mocha shares globals across files: set up again or not, the last value leaks',
      code: `const { describe, it, beforeEach } = require('mocha');\ndescribe('a', () => {\n  beforeEach(() => {\n    global.document = makeDocument();\n  });\n  it('x', () => {});\n});\ndescribe('b', () => {\n  beforeEach(() => {\n    global.document = makeDocument();\n  });\n  it('y', () => {});\n});`,
      output: null,
      errors: [
        { messageId: 'leaks', line: 4, column: 5 },
        { messageId: 'leaksIntoLaterFiles', line: 10, column: 5 },
      ],
    },
    {
      name: 'mocha shares globals between files: a file-level override leaks',
      code: `const sinonLike = require('./x');\nprocess.env.NODE_ENV = 'test';\ndescribe('s', () => { after(() => {}); it('a', () => {}); });`,
      errors: [
        { messageId: 'leaksIntoLaterFiles', line: 2, data: { what: 'environment variable', target: 'process.env.NODE_ENV', place: 'in afterAll' } },
      ],
    },
    {
      name: 'vitest spy in a test, no hook yet: the fix adds afterEach after the last hook',
      code: `${vitest}describe('s', () => {\n  beforeEach(() => {});\n  it('a', () => {\n    vi.spyOn(console, 'error');\n  });\n});\nit('b', () => {});`,
      output: `${vitest}describe('s', () => {\n  beforeEach(() => {});\n  afterEach(() => {\n    vi.restoreAllMocks();\n  });\n  it('a', () => {\n    vi.spyOn(console, 'error');\n  });\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 5,
          column: 5,
          data: { what: 'spy', target: 'console.error', place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)' },
        },
      ],
    },
    {
      name: 'the fix adds the undo to an existing afterEach',
      code: `${vitest}afterEach(() => {\n  cleanup();\n});\nit('a', () => {\n  vi.useFakeTimers();\n});\nit('b', () => {});`,
      output: `${vitest}afterEach(() => {\n  cleanup();\n  vi.useRealTimers();\n});\nit('a', () => {\n  vi.useFakeTimers();\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 6,
          data: { what: 'fake timers', target: 'vi.useFakeTimers()', place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)' },
        },
      ],
    },
    {
      name: 'jest: the hook is added to the import from the runner, before the first test',
      code: `import { it, jest } from '@jest/globals';\nit('a', () => {\n  jest.spyOn(Math, 'random').mockReturnValue(0.5);\n});\nit('b', () => {});`,
      output: `import { it, jest, afterEach } from '@jest/globals';\nafterEach(() => {\n  jest.restoreAllMocks();\n});\nit('a', () => {\n  jest.spyOn(Math, 'random').mockReturnValue(0.5);\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 3,
          data: { what: 'spy', target: 'Math.random', place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)' },
        },
      ],
    },
    {
      name: 'beforeAll without afterAll',
      code: `${vitest}describe('s', () => {\n  beforeAll(() => {\n    vi.stubEnv('API_URL', 'http://test');\n  });\n  it('a', () => {});\n});\nit('after', () => {});`,
      output: `${vitest}describe('s', () => {\n  beforeAll(() => {\n    vi.stubEnv('API_URL', 'http://test');\n  });\n  afterAll(() => {\n    vi.unstubAllEnvs();\n  });\n  it('a', () => {});\n});\nit('after', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, data: { what: 'stubbed environment variable', target: 'API_URL', place: 'in afterAll' } }],
    },
    {
      name: 'per-test override released only in afterAll',
      code: `${vitest}describe('s', () => {\n  beforeEach(() => { vi.useFakeTimers(); });\n  afterAll(() => { vi.useRealTimers(); });\n  it('a', () => {});\n});\nit('after', () => {});`,
      errors: [{ messageId: 'releasedTooLate', line: 3, column: 22 }],
    },
    {
      name: 'a spy kept in a variable: using is suggested',
      code: `${vitest}it('a', () => {\n  const spy = vi.spyOn(api, 'get');\n  expect(spy).not.toHaveBeenCalled();\n});\nit('b', () => {});`,
      output: `${vitest}afterEach(() => {\n  vi.restoreAllMocks();\n});\nit('a', () => {\n  const spy = vi.spyOn(api, 'get');\n  expect(spy).not.toHaveBeenCalled();\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestUsing',
              output: `${vitest}it('a', () => {\n  using spy = vi.spyOn(api, 'get');\n  expect(spy).not.toHaveBeenCalled();\n});\nit('b', () => {});`,
            },
          ],
        },
      ],
    },
    {
      name: 'process.env assignment in a vitest test: stubEnv is suggested',
      code: `${vitest}it('a', () => {\n  process.env.API_URL = 'http://test';\n});\nit('b', () => {});`,
      output: null,
      errors: [
        {
          messageId: 'leaks',
          line: 3,
          data: {
            what: 'environment variable',
            target: 'process.env.API_URL',
            place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)',
          },
          suggestions: [
            { messageId: 'suggestStubEnv', output: `${vitest}it('a', () => {\n  vi.stubEnv('API_URL', 'http://test');\n});\nit('b', () => {});` },
            {
              messageId: 'suggestRestoreAfter',
              output: `${vitest}it('a', () => {\n  const originalProcessEnvAPI_URL = process.env.API_URL;\n  onTestFinished(() => {\n    process.env.API_URL = originalProcessEnvAPI_URL;\n  });\n  process.env.API_URL = 'http://test';\n});\nit('b', () => {});`,
            },
          ],
        },
      ],
    },
    {
      name: 'monkey-patching globals, delete of an env var, and Object.defineProperty',
      code: `${jestImport}it('a', () => {\n  Date.now = () => 0;\n  delete process.env.HOME;\n  Object.defineProperty(window, 'innerWidth', { value: 500 });\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 3,
          data: { what: 'Date method', target: 'Date.now', place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)' },
        },
        {
          messageId: 'leaks',
          line: 4,
          data: {
            what: 'environment variable',
            target: 'process.env.HOME',
            place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)',
          },
        },
        {
          messageId: 'leaks',
          line: 5,
          data: {
            what: 'redefined property',
            target: 'window.innerWidth',
            place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)',
          },
        },
      ],
    },
    {
      name: 'node:test: a patched global, with a save-and-restore suggestion through t.after',
      code: `import test from 'node:test';\ntest('a', (t) => {\n  globalThis.fetch = async () => new Response('ok');\n});\ntest('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestRestoreAfter',
              output: `import test from 'node:test';\ntest('a', (t) => {\n  const originalGlobalThisFetch = globalThis.fetch;\n  t.after(() => {\n    globalThis.fetch = originalGlobalThisFetch;\n  });\n  globalThis.fetch = async () => new Response('ok');\n});\ntest('b', () => {});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a patched imported module',
      code: `${vitest}import * as mailer from './mailer';\nit('a', () => {\n  mailer.send = vi.fn();\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'leaks',
          line: 4,
          data: { what: 'patched import', target: 'mailer.send', place: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)' },
          suggestions: [
            {
              messageId: 'suggestRestoreAfter',
              output: `${vitest}import * as mailer from './mailer';\nit('a', () => {\n  const originalMailerSend = mailer.send;\n  onTestFinished(() => {\n    mailer.send = originalMailerSend;\n  });\n  mailer.send = vi.fn();\n});\nit('b', () => {});`,
            },
          ],
        },
      ],
    },
    {
      name: 'requireFinally: a restore after the assertions can be skipped',
      code: `${vitest}it('a', () => {\n  const spy = vi.spyOn(console, 'log');\n  expect(run()).toBe(1);\n  spy.mockRestore();\n});\nit('b', () => {});`,
      options: [{ requireFinally: true }],
      errors: [
        {
          messageId: 'skippable',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestUsing',
              output: `${vitest}it('a', () => {\n  using spy = vi.spyOn(console, 'log');\n  expect(run()).toBe(1);\n  spy.mockRestore();\n});\nit('b', () => {});`,
            },
          ],
        },
      ],
    },
    {
      name: "jest: a patch on Node's own module in the last test reaches the worker's later files (jest shares those modules)",
      code: `${jestImport}import os from 'node:os';\nit('a', () => {\n  os.cpus = () => [];\n});`,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 4, column: 3 }],
    },
    {
      name: 'the last test registered by each runs once per row: the next row sees the override',
      code: `${vitest}it.each([1, 2])('a %i', () => {\n  vi.useFakeTimers();\n});`,
      output: `${vitest}afterEach(() => {\n  vi.useRealTimers();\n});\nit.each([1, 2])('a %i', () => {\n  vi.useFakeTimers();\n});`,
      errors: [{ messageId: 'leaks', line: 3, column: 3 }],
    },
    {
      name: 'the last test registered in a loop: the next one sees the override',
      code: `${vitest}for (const n of [1, 2]) {\n  it('a', () => {\n    vi.useFakeTimers();\n  });\n}`,
      output: null,
      errors: [{ messageId: 'leaks', line: 4, column: 5 }],
    },
    {
      name: 'requireFinally: an assertion in a same-file helper between the override and the restore',
      code: `${vitest}function check(value) {\n  expect(value).toBe(1);\n}\nit('a', () => {\n  const spy = vi.spyOn(console, 'log');\n  check(run());\n  spy.mockRestore();\n});\nit('b', () => {});`,
      options: [{ requireFinally: true }],
      errors: [
        {
          messageId: 'skippable',
          line: 6,
          suggestions: [
            {
              messageId: 'suggestUsing',
              output: `${vitest}function check(value) {\n  expect(value).toBe(1);\n}\nit('a', () => {\n  using spy = vi.spyOn(console, 'log');\n  check(run());\n  spy.mockRestore();\n});\nit('b', () => {});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a fixture that never undoes after use',
      code: `${vitest}const t2 = test.extend({ clock: async ({}, use) => { vi.useFakeTimers(); await use(vi); } });`,
      errors: [{ messageId: 'leaks', line: 2, data: { what: 'fake timers', target: 'vi.useFakeTimers()', place: 'in this fixture, after `use`' } }],
    },
  ],
});

const mocha = `import { describe, it, beforeEach } from 'mocha';\nimport sinon from 'sinon';\n`;

ruleTester.run('no-leaked-overrides: later tests that start clean', rule, {
  valid: [
    {
      name: 'vitest: a file-level beforeEach restores every spy before each later test',
      code: `${vitest}beforeEach(() => {\n  vi.restoreAllMocks();\n});\nit('logs', () => {\n  vi.spyOn(console, 'log');\n});\nit('logs again', () => {});`,
    },
    {
      name: "vitest: each later suite's own beforeEach restores the spies",
      code: `${vitest}describe('a', () => {\n  beforeEach(() => vi.restoreAllMocks());\n  it('x', () => { vi.spyOn(console, 'log'); });\n});\ndescribe('b', () => {\n  beforeEach(() => vi.restoreAllMocks());\n  it('y', () => {});\n});`,
    },
    {
      name: 'vitest: a beforeEach sets the environment variable again before every later test',
      code: `${vitest}beforeEach(() => {\n  process.env.API_URL = 'http://localhost';\n});\nit('a', () => {\n  process.env.API_URL = 'http://other';\n});\nit('b', () => {});`,
    },
    {
      name: 'mocha: a top-level beforeEach is a root hook, run before the tests of every file (checked on mocha 12)',
      code: `${mocha}beforeEach(() => {\n  sinon.restore();\n});\ndescribe('s', () => {\n  it('a', () => {\n    sinon.stub(api, 'get');\n  });\n});`,
    },
  ],
  invalid: [
    {
      name: 'vitest: a later suite has no hook of its own that restores the spy',
      code: `${vitest}describe('a', () => {\n  beforeEach(() => vi.restoreAllMocks());\n  it('x', () => { vi.spyOn(console, 'log'); });\n});\ndescribe('b', () => {\n  it('y', () => {});\n});`,
      output: `${vitest}describe('a', () => {\n  beforeEach(() => vi.restoreAllMocks());\n  afterEach(() => {\n    vi.restoreAllMocks();\n  });\n  it('x', () => { vi.spyOn(console, 'log'); });\n});\ndescribe('b', () => {\n  it('y', () => {});\n});`,
      errors: [{ messageId: 'leaks', line: 4, column: 19 }],
    },
    {
      name: "mocha: a describe's beforeEach does not run for the tests of later files, which share the process",
      code: `${mocha}describe('s', () => {\n  beforeEach(() => {\n    sinon.restore();\n  });\n  it('a', () => {\n    sinon.stub(api, 'get');\n  });\n});`,
      output: `import { describe, it, beforeEach, afterEach } from 'mocha';\nimport sinon from 'sinon';\ndescribe('s', () => {\n  beforeEach(() => {\n    sinon.restore();\n  });\n  afterEach(() => {\n    sinon.restore();\n  });\n  it('a', () => {\n    sinon.stub(api, 'get');\n  });\n});`,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 8, column: 5 }],
    },
  ],
});

// Each Cypress spec file runs in a fresh spec window: a file-wide patch cannot reach another spec.
ruleTester.run('no-leaked-overrides: Cypress', rule, {
  valid: [
    {
      name: 'a Cypress spec with describe and before is not a mocha file: its file-wide patch stays in its spec',
      code: `describe('clock', () => {\n  before(() => {\n    Date.now = () => 0;\n  });\n  it('shows the epoch', () => {\n    cy.visit('/');\n  });\n});`,
    },
  ],
  invalid: [
    {
      name: 'the same file without cy is mocha’s: the patch reaches later files',
      code: `describe('clock', () => {\n  before(() => {\n    Date.now = () => 0;\n  });\n  it('shows the epoch', () => {});\n});`,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 3, column: 5 }],
    },
  ],
});
