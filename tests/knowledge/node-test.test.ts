import { describe, expect, it } from 'vitest';
import { frameworkOfModule } from '../../src/knowledge';
import { describeValue, imported, kindAt, overrideOf, resolve } from './helpers';

describe('node:test', () => {
  it.each(['node:test', 'test'])('is recognised by %s', (module) => {
    expect(frameworkOfModule(module)).toBe('node');
  });

  it.each([
    ['import test (default)', 'node:test.TestFn', 'default', []],
    ['import * as test', 'node:test.TestFn', '*', []],
    ['import { it }', 'node:test.TestFn', 'it', []],
    ['test.only', 'node:test.TestFn', 'default', ['.only']],
    ['test.describe (the default export carries the API)', 'node:test.Suite', 'default', ['.describe']],
    ['test.mock', 'node:test.MockTracker', 'default', ['.mock']],
    ['import { suite }', 'node:test.Suite', 'suite', []],
    ['a top-level test(...) belongs to the runner', undefined, 'test', ['()']],
    ['mock.fn()', 'node:test.MockFunction', 'mock', ['.fn()']],
    ['mock.method(obj, "m")', 'node:test.MockFunction', 'mock', ['.method()']],
    ['mock.method(obj, "m").mock', 'node:test.MockFunctionContext', 'mock', ['.method()', '.mock']],
    ['mock.module("m")', 'node:test.MockModule', 'mock', ['.module()']],
    ['mock.timers', 'node:test.MockTimers', 'mock', ['.timers']],
    ['mock.timers.tick(10)', 'value', 'mock', ['.timers', '.tick()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('node:test', name, path)).toBe(gives);
  });

  it.each([
    ['test', 'test', 'test', 1, undefined],
    ['describe', 'suite', 'describe', undefined, undefined],
    ['before', 'beforeAll', 'before', 1, 'node:test.SubtestBeforeAll'],
    ['beforeEach', 'beforeEach', 'beforeEach', 1, 'node:test.SubtestBeforeEach'],
    // A module-level `after()` inside a test body is that test's own teardown.
    ['after', 'afterAll', 'after', 1, 'node:test.Teardown'],
    ['afterEach', 'afterEach', 'afterEach', 1, 'node:test.SubtestAfterEach'],
  ] as const)('%s registers a %s, done at %s, and inside a running test %s', (_code, role, name, done, inTest) => {
    const kind = imported('node:test', name);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.spec.doneParam).toBe(done);
    expect(kind?.inRunningTest?.id).toBe(inTest);
  });

  it.each([
    ['test', 'node:test.Context', 'test'],
    ['before', 'node:test.Context', 'before'],
    ['afterEach', 'node:test.Context', 'afterEach'],
    ['describe passes no context', undefined, 'describe'],
  ] as const)('%s passes its callback %s', (_code, context, name) => {
    expect(imported('node:test', name)?.callbackContext?.id).toBe(context);
  });

  describe('the test context t', () => {
    const context = imported('node:test', 'test')?.callbackContext;

    it.each([
      ['t.test', 'test', 'test', 1],
      ['t.after', 'teardown', 'after', undefined],
      ['t.before', 'beforeAll', 'before', 1],
      ['t.beforeEach', 'beforeEach', 'beforeEach', 1],
      ['t.afterEach', 'afterEach', 'afterEach', 1],
    ] as const)('%s registers a %s, done at %s', (_code, role, name, done) => {
      const kind = context?.property(name);
      expect(kind?.spec.callRole).toBe(role);
      expect(kind?.spec.doneParam).toBe(done);
    });

    it.each([
      ['t.test(...) returns the subtest promise', 'promise', 'test'],
      ['t.waitFor(fn)', 'promise', 'waitFor'],
      ['t.plan(n)', 'value', 'plan'],
      ['t.diagnostic(msg)', 'value', 'diagnostic'],
    ] as const)('%s gives %s', (_code, gives, method) => {
      expect(describeValue(context?.methodResult(method))).toBe(gives);
    });

    it('registers subtests and hooks from inside a running test, counts `t.plan`, asserts through `t.assert`', () => {
      expect(context?.property('test')?.spec.fromRunningTest).toBe(true);
      expect(context?.spec.assertionCounters).toEqual(['plan']);
      expect(context?.property('assert')?.id).toBe('node-assert.Assert');
    });
  });

  it.each([
    ['mock.method', 'method', { family: 'node:test.mocks', undo: 'restoreAll', target: 'member' }],
    ['mock.getter', 'getter', { family: 'node:test.mocks', undo: 'restoreAll', target: 'member' }],
    ['mock.property', 'property', { family: 'node:test.mocks', undo: 'restoreAll', target: 'member' }],
    ['mock.module', 'module', { family: 'node:test.modules', undo: 'restoreAll' }],
    ['mock.fn replaces nothing', 'fn', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(imported('node:test', 'mock'), method)).toEqual(override);
  });

  it('overrides the timers through mock.timers.enable', () => {
    expect(overrideOf(kindAt('node:test', 'mock', ['.timers']), 'enable')).toEqual({ family: 'node:test.timers', undo: 'reset' });
  });

  it.each([
    ['mock.restoreAll()', ['node:test.mocks', 'node:test.modules'], [], 'restoreAll'],
    ['mock.reset()', ['node:test.mocks', 'node:test.modules', 'node:test.timers'], [], 'reset'],
    ['mock.timers.reset()', ['node:test.timers'], ['.timers'], 'reset'],
    ['fn.mock.restore()', 'self', ['.method()', '.mock'], 'restore'],
    ['mockedModule.restore()', 'self', ['.module()'], 'restore'],
    ['mock.resetCalls() undoes nothing', undefined, [], 'resetCalls'],
  ] as const)('%s undoes %o', (_code, undone, path, method) => {
    expect(kindAt('node:test', 'mock', path)?.undo(method)).toEqual(undone);
  });
});
