import { outcomes, type RunnerKnowledge } from '../types';

const locatorMakers = {
  locator: 'Locator',
  getByRole: 'Locator',
  getByText: 'Locator',
  getByLabel: 'Locator',
  getByPlaceholder: 'Locator',
  getByAltText: 'Locator',
  getByTitle: 'Locator',
  getByTestId: 'Locator',
  frameLocator: 'Locator',
} as const;

const eventMethods = { on: 'value', once: 'value', off: 'value', addListener: 'value', removeListener: 'value', prependListener: 'value' } as const;

/** Web-first assertions retry until they pass or time out; each returns a promise. */
const webFirstMatchers = outcomes('expect.AssertionResult', [
    'toBeAttached', 'toBeChecked', 'toBeDisabled', 'toBeEditable', 'toBeEmpty', 'toBeEnabled', 'toBeFocused',
    'toBeHidden', 'toBeInViewport', 'toBeVisible', 'toContainClass', 'toContainText', 'toHaveAccessibleDescription',
    'toHaveAccessibleErrorMessage', 'toHaveAccessibleName', 'toHaveAttribute', 'toHaveClass', 'toHaveCount',
    'toHaveCSS', 'toHaveId', 'toHaveJSProperty', 'toHaveRole', 'toHaveScreenshot', 'toHaveText', 'toHaveTitle',
    'toHaveURL', 'toHaveValue', 'toHaveValues', 'toMatchAriaSnapshot', 'toBeOK', 'toPass',
]);

/** Playwright Test: fixtures arrive destructured in the first parameter; page and locator actions return promises. */
export const playwright = {
  name: 'playwright',
  framework: 'playwright',
  modules: ['@playwright/test', 'playwright/test'],
  runner: {
    title: 'Playwright',
    module: '@playwright/test',
    hooks: { beforeAll: 'beforeAll', afterEach: 'afterEach', afterAll: 'afterAll' },
    hooksOnTest: true,
    suitePromise: 'ignored',
    // Every test file is loaded in a worker of its own.
    isolatesFiles: true,
    testCallback: 'fixtures',
    localFixtureModules: true,
    autoUndoOptions: [],
  },
  exports: { test: 'Test', default: 'Test', expect: 'Expect' },
  kinds: {
    Test: {
      callRole: 'test',
      callbackContext: 'Fixtures',
      properties: {
        only: 'Test',
        skip: 'Annotation',
        fixme: 'Annotation',
        fail: 'Annotation',
        slow: 'Annotation',
        describe: 'Describe',
        beforeAll: 'BeforeAll',
        beforeEach: 'BeforeEach',
        afterAll: 'AfterAll',
        afterEach: 'AfterEach',
        step: 'Step',
        extend: 'Extend',
        expect: 'Expect',
      },
      methods: { use: 'value', info: 'value', setTimeout: 'value' },
    },
    Annotation: {
      callRole: 'test',
      callbackContext: 'Fixtures',
      registersOnlyWithTitle: true,
      properties: { only: 'Test' },
    },
    Describe: {
      callRole: 'suite',
      properties: { only: 'Describe', skip: 'Describe', fixme: 'Describe', serial: 'Describe', parallel: 'Describe' },
      methods: { configure: 'value' },
    },
    BeforeAll: { callRole: 'beforeAll', callbackContext: 'Fixtures' },
    BeforeEach: { callRole: 'beforeEach', callbackContext: 'Fixtures' },
    AfterAll: { callRole: 'afterAll', callbackContext: 'Fixtures' },
    AfterEach: { callRole: 'afterEach', callbackContext: 'Fixtures' },
    Step: { callRole: 'step', call: 'promise', properties: { skip: 'Step' } },
    Extend: { callRole: 'fixtures', call: 'Test', callbackContext: 'Fixtures' },
    Expect: {
      call: 'Assertion',
      methods: { soft: 'Assertion', poll: 'expect.AsyncAssertion', configure: 'Expect', extend: 'Expect' },
      otherMethods: 'value',
    },
    Assertion: {
      matchesSubject: true,
      properties: { not: 'Assertion', resolves: 'expect.AsyncAssertion', rejects: 'expect.AsyncAssertion' },
      methods: webFirstMatchers,
      otherMethods: 'value',
    },
    Fixtures: {
      properties: { page: 'Page', context: 'BrowserContext', browser: 'Browser', request: 'RequestContext' },
    },
    Page: {
      properties: { keyboard: 'Input', mouse: 'Input', touchscreen: 'Input', request: 'RequestContext', clock: 'Input' },
      methods: {
        ...locatorMakers,
        ...eventMethods,
        url: 'value',
        viewportSize: 'value',
        isClosed: 'value',
        mainFrame: 'value',
        frames: 'value',
        frame: 'value',
        context: 'BrowserContext',
        video: 'value',
        workers: 'value',
        setDefaultTimeout: 'value',
        setDefaultNavigationTimeout: 'value',
      },
      otherMethods: 'promise',
    },
    Locator: {
      methods: {
        ...locatorMakers,
        first: 'Locator',
        last: 'Locator',
        nth: 'Locator',
        filter: 'Locator',
        and: 'Locator',
        or: 'Locator',
        describe: 'Locator',
        contentFrame: 'Locator',
        page: 'Page',
      },
      otherMethods: 'promise',
    },
    Input: { otherMethods: 'promise' },
    BrowserContext: {
      properties: { request: 'RequestContext', clock: 'Input' },
      methods: { ...eventMethods, pages: 'value', browser: 'value', setDefaultTimeout: 'value', setDefaultNavigationTimeout: 'value' },
      otherMethods: 'promise',
    },
    Browser: {
      methods: { ...eventMethods, contexts: 'value', isConnected: 'value', version: 'value', browserType: 'value' },
      otherMethods: 'promise',
    },
    RequestContext: { otherMethods: 'promise' },
  },
} as const satisfies RunnerKnowledge;
