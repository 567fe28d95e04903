import type { KindSpec, LibraryKnowledge } from '../types';

const allFamilies = ['stubs', 'spies', 'mocks', 'properties', 'timers'] as const;

/** What a sandbox offers; the `sinon` object itself is the default sandbox. */
const sandbox = {
  overrides: {
    stub: 'stubs',
    spy: 'spies',
    mock: 'mocks',
    replace: 'properties',
    replaceGetter: 'properties',
    replaceSetter: 'properties',
    define: 'properties',
    useFakeTimers: 'timers',
  },
  // `verifyAndRestore` restores even when the verification throws.
  undoes: { restore: allFamilies, verifyAndRestore: allFamilies },
  methods: { stub: 'Double', spy: 'Double', mock: 'Mock', useFakeTimers: 'Clock' },
  otherMethods: 'value',
} as const satisfies KindSpec;

/**
 * sinon: stubs, spies, mocks, replaced properties and fake timers made through `sinon` or a sandbox stay installed
 * until that sandbox is restored (`sinon.restore()`, `sandbox.restore()`) or the double itself is (`stub.restore()`,
 * `clock.restore()`). Since sinon 21.1 `sinon.restore()` no longer restores sandboxes made by `createSandbox()`, so a
 * family-wide undo counts only for the sandbox it is called on. `sinon.stub()` and `sinon.spy(fn)` without an object
 * replace nothing, and `sinon.fake()` never does.
 */
export const sinon = {
  name: 'sinon',
  modules: ['sinon'],
  moduleObject: 'Sinon',
  exports: {
    default: 'Sinon',
    createSandbox: 'CreateSandbox',
    stub: 'StubFunction',
    spy: 'SpyFunction',
    mock: 'MockFunction',
    replace: 'ReplaceFunction',
    replaceGetter: 'ReplaceFunction',
    replaceSetter: 'ReplaceFunction',
    define: 'ReplaceFunction',
    useFakeTimers: 'UseFakeTimers',
  },
  types: { SinonSandbox: 'Sandbox', SinonStub: 'Double', SinonSpy: 'Double', SinonFakeTimers: 'Clock', SinonMock: 'Mock' },
  kinds: {
    Sinon: { ...sandbox, methods: { ...sandbox.methods, createSandbox: 'Sandbox' } },
    Sandbox: sandbox,
    CreateSandbox: { call: 'Sandbox' },
    // Named exports act on the default sandbox: `sinon.restore()` undoes them too.
    StubFunction: { call: 'Double', overrides: { '()': 'stubs' } },
    SpyFunction: { call: 'Double', overrides: { '()': 'spies' } },
    MockFunction: { call: 'Mock', overrides: { '()': 'mocks' } },
    ReplaceFunction: { call: 'value', overrides: { '()': 'properties' } },
    UseFakeTimers: { call: 'Clock', overrides: { '()': 'timers' } },
    // Behaviours (`returns`, `resolves`, `callsFake`) return the stub itself.
    Double: { undoes: { restore: 'self' }, otherMethods: 'Double' },
    // `verify()` restores the mocked methods before it checks the expectations.
    Mock: { undoes: { restore: 'self', verify: 'self' }, otherMethods: 'value' },
    Clock: {
      undoes: { restore: 'self', uninstall: 'self' },
      methods: { tickAsync: 'promise', nextAsync: 'promise', runAllAsync: 'promise', runToLastAsync: 'promise' },
      otherMethods: 'value',
    },
  },
  overrideFamilies: {
    stubs: { description: 'sinon stub', undo: 'restore', target: 'object' },
    spies: { description: 'sinon spy', undo: 'restore', target: 'member' },
    mocks: { description: 'sinon mock', undo: 'restore', target: 'object' },
    properties: { description: 'replaced property', undo: 'restore', target: 'member' },
    timers: { description: 'fake timers', undo: 'restore' },
  },
} as const satisfies LibraryKnowledge;
