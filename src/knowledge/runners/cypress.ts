import type { RunnerKnowledge } from '../types';

/** Cypress installs mocha's BDD interface (mocha 7, patched) on the spec window: these are mocha's own kinds; `x…` are `.skip`. */
const testApi = {
  describe: 'mocha.Suite',
  context: 'mocha.Suite',
  xdescribe: 'mocha.Suite',
  xcontext: 'mocha.Suite',
  it: 'mocha.Test',
  specify: 'mocha.Test',
  xit: 'mocha.Test',
  xspecify: 'mocha.Test',
  before: 'mocha.BeforeAll',
  beforeEach: 'mocha.BeforeEach',
  after: 'mocha.AfterAll',
  afterEach: 'mocha.AfterEach',
} as const;

const eventMethods = { on: 'value', once: 'value', off: 'value', removeListener: 'value', removeAllListeners: 'value' } as const;

/**
 * Cypress: specs run in the browser on mocha's API, and `cy.*` commands only enqueue work. A command returns a
 * chainer, not a promise: its `.then(cb)` is a command that runs `cb` when the queue reaches it, and nothing the
 * test awaits. The test ends when the queue is empty, so an unawaited command is the normal form, never a mistake.
 */
export const cypress = {
  name: 'cypress',
  framework: 'cypress',
  // The component-testing entry points export `mount`, which enqueues a command like `cy.mount`.
  modules: ['cypress', 'cypress/react', 'cypress/react18', 'cypress/vue', 'cypress/vue2', 'cypress/angular', 'cypress/svelte'],
  runner: {
    title: 'Cypress',
    module: 'cypress',
    hooks: { beforeAll: 'before', afterEach: 'afterEach', afterAll: 'after' },
    // Cypress's `describe` is mocha's, which calls the callback and drops what it returns; the suite stack is popped when
    // it returns, so a test registered after an `await` is lost or lands outside the suite (mocha's behaviour; Cypress
    // only wraps the call to read per-suite config).
    suitePromise: 'ignored',
    // A top-level `await` goes through the spec preprocessor's bundle (webpack or vite), whose timing against mocha's
    // run was not checked: no report (silence) rather than a guess.
    // Each spec file runs in a fresh spec window, so what one file overrides cannot reach another.
    isolatesFiles: true,
    // Spec code runs in the browser, which Cypress reloads for every spec file: nothing it opens keeps a Node process alive
    // (what cy.task opens lives in the config process and is not seen here).
    leftOpenHandles: 'closedWithWorker',
    // Tests and hooks with a parameter get mocha's `done`; a failing command then fails the test through it.
    testCallback: 'done',
    // Not checked: the docs say an unhandled rejection in test code does not fail the test, while the driver fails the
    // running test on a rejection from the spec frame. A failing assertion in a `.then` callback of a command fails the
    // test at once. So `done` called in a `.then` is not reported (silence) under Cypress.
    failsOnUnhandledRejection: true,
    // A top-level hook in a spec runs around that spec's tests only (each spec is its own run); the support file's
    // hooks run around every spec, but it is not read.
    autoUndoOptions: [],
    project: {
      packages: ['cypress'],
      command: 'cypress',
      // Cypress 10+ reads cypress.config.*; cypress.json is the config of Cypress 9 and earlier.
      configFiles: [
        'cypress.config.js',
        'cypress.config.ts',
        'cypress.config.mjs',
        'cypress.config.cjs',
        'cypress.config.mts',
        'cypress.config.cts',
        'cypress.json',
      ],
      setupFilesOptions: [],
      testFilesOption: ['e2e.specPattern', 'component.specPattern'],
      // The e2e and component defaults, and Cypress 9's default integration folder (its `testFiles` are relative to
      // `integrationFolder`, which is not read).
      defaultTestFiles: ['cypress/e2e/**/*.cy.{js,jsx,ts,tsx}', '**/*.cy.{js,jsx,ts,tsx}', 'cypress/integration/**/*.{js,jsx,ts,tsx}'],
    },
  },
  exports: { mount: 'Command' },
  globals: { ...testApi, cy: 'Cy', Cypress: 'Cypress', expect: 'chai.Expect', assert: 'chai.Assert' },
  markerGlobals: ['cy', 'Cypress'],
  markerTypeReferences: ['cypress'],
  runsTestApiOf: 'mocha',
  kinds: {
    // `cy.get`, `cy.request`, `cy.wrap`, `cy.task`, `cy.intercept`, custom commands: each enqueues and returns a chainer.
    Cy: { methods: eventMethods, otherMethods: 'Chainable' },
    Command: { call: 'Chainable' },
    // `.then`, `.should`, `.its`, `.click`, …: every link of a chain is another command.
    Chainable: { otherMethods: 'Chainable' },
    Cypress: {
      properties: { Commands: 'Commands', Promise: 'Promise.PromiseConstructor' },
      methods: eventMethods,
      otherMethods: 'value',
    },
    Commands: { otherMethods: 'value' },
  },
} as const satisfies RunnerKnowledge;
