import type { RunnerKnowledge } from '../types';

const testApi = {
  describe: 'Suite',
  it: 'Test',
  test: 'Test',
  beforeAll: 'BeforeAll',
  beforeEach: 'BeforeEach',
  afterAll: 'AfterAll',
  afterEach: 'AfterEach',
  expect: 'expect.Expect',
  spyOn: 'SpyOn',
  mock: 'Mock',
  jest: 'Jest',
} as const;

/** bun:test: jest-compatible API; callbacks may take `done`; an async `describe` is awaited. */
export const bunTest = {
  name: 'bun:test',
  framework: 'bun',
  modules: ['bun:test'],
  runner: {
    title: 'bun',
    module: 'bun:test',
    hooks: { beforeAll: 'beforeAll', afterEach: 'afterEach', afterAll: 'afterAll' },
    suitePromise: 'awaited',
    // `bun test` runs every file in one process.
    isolatesFiles: false,
    // bun 1.4 exits as soon as the last file's tests have run, without a warning.
    leftOpenHandles: 'keptForLaterFiles',
    testCallback: 'done',
    autoUndoOptions: [],
    project: {
      packages: [],
      command: 'bun test',
      configFiles: [],
      setupFilesOptions: [],
      testFilesOption: 'include',
      defaultTestFiles: ['**/*{.test,_test,.spec,_spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'],
    },
  },
  exports: testApi,
  kinds: {
    Suite: {
      callRole: 'suite',
      properties: { only: 'Suite', skip: 'Suite', todo: 'Suite' },
      methods: { each: 'Suite', if: 'Suite', skipIf: 'Suite', todoIf: 'Suite' },
    },
    Test: {
      callRole: 'test',
      doneParam: 0,
      properties: { only: 'Test', skip: 'Test', todo: 'Test', failing: 'Test', concurrent: 'Test', serial: 'Test' },
      methods: { each: 'Test', if: 'Test', skipIf: 'Test', todoIf: 'Test', failingIf: 'Test' },
    },
    BeforeAll: { callRole: 'beforeAll', doneParam: 0 },
    BeforeEach: { callRole: 'beforeEach', doneParam: 0 },
    // Called in a running test, afterAll and afterEach still run (bun 1.4.5); beforeAll and test() throw there.
    AfterAll: { callRole: 'afterAll', doneParam: 0, fromRunningTest: true },
    AfterEach: { callRole: 'afterEach', doneParam: 0, fromRunningTest: true },
    SpyOn: { call: 'Spy', overrides: { '()': 'spies' } },
    // `mock(fn)` makes a free-standing mock; `mock.module()` has no undo (`mock.restore()` leaves it in place).
    Mock: { undoes: { restore: ['spies'] }, otherMethods: 'value' },
    Jest: { overrides: { spyOn: 'spies' }, undoes: { restoreAllMocks: ['spies'] }, methods: { spyOn: 'Spy' }, otherMethods: 'value' },
    Spy: { undoes: { mockRestore: 'self' }, otherMethods: 'Spy' },
  },
  overrideFamilies: {
    spies: { description: 'spy', undo: 'restoreAllMocks' },
  },
} as const satisfies RunnerKnowledge;
