import { describe, expect, it } from 'vitest';
import { describeValue, follow, imported, kindAt, resolve, typed } from './helpers';

describe('ava', () => {
  it.each([
    ['import test from "ava"', 'test', 'default', []],
    ['import { test }', 'test', 'test', []],
    ['test.serial', 'test', 'default', ['.serial']],
    ['test.failing', 'test', 'default', ['.failing']],
    ['test.before', 'beforeAll', 'default', ['.before']],
    ['test.after', 'afterAll', 'default', ['.after']],
    ['test.after.always', 'afterAll', 'default', ['.after', '.always']],
    ['test.beforeEach.skip', 'beforeEach', 'default', ['.beforeEach', '.skip']],
    ['test.afterEach.always', 'afterEach', 'default', ['.afterEach', '.always']],
  ] as const)('%s registers a %s, passing t', (_code, role, name, path) => {
    const kind = kindAt('ava', name, path);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.callbackContext?.id).toBe('ava.Context');
    // ava never passes a `done` callback.
    expect(kind?.spec.doneParam).toBe(undefined);
  });

  it('test.macro(...) gives a plain value', () => {
    expect(resolve('ava', 'default', ['.macro()'])).toBe('value');
  });

  describe('the execution context t', () => {
    const context = imported('ava', 'default')?.callbackContext;

    it.each([
      ['t.throwsAsync(fn)', 'ava.AsyncAssertion promise assertion', ['.throwsAsync()']],
      ['t.notThrowsAsync(fn)', 'ava.AsyncAssertion promise assertion', ['.notThrowsAsync()']],
      ['t.is(x, y) stays synchronous', 'value', ['.is()']],
      ['t.throws(fn) stays synchronous', 'value', ['.throws()']],
      ['t.plan(n)', 'value', ['.plan()']],
      ['t.try(fn)', 'promise', ['.try', '()']],
    ] as const)('%s gives %s', (_code, gives, path) => {
      expect(describeValue(follow(context, path))).toBe(gives);
    });

    it('asserts, counts assertions through t.plan, runs attempts as steps and registers teardowns', () => {
      expect(context?.spec.asserts).toBe(true);
      expect(context?.spec.assertionCounters).toEqual(['plan']);
      expect(context?.property('try')?.spec.callRole).toBe('step');
      expect(context?.property('try')?.callbackContext?.id).toBe('ava.Context');
      expect(context?.property('teardown')?.spec.callRole).toBe('teardown');
    });

    it('is the kind of a value annotated ExecutionContext', () => {
      expect(typed('ava', 'ExecutionContext')?.id).toBe('ava.Context');
    });
  });
});
