import { describe, expect, it } from 'vitest';
import { frameworkOfModule } from '../../src/knowledge';
import { global, imported, kindAt, overrideOf, resolve } from './helpers';

describe('bun:test', () => {
  it('is recognised by its module and has no globals of its own', () => {
    expect(frameworkOfModule('bun:test')).toBe('bun');
    expect(global('it', 'bun')).toBe(undefined);
  });

  it.each([
    ['import { it }', 'bun:test.Test', 'it', []],
    ['it.failing', 'bun:test.Test', 'it', ['.failing']],
    ['it.serial', 'bun:test.Test', 'it', ['.serial']],
    ['it.if(cond)', 'bun:test.Test', 'it', ['.if()']],
    ['test.todoIf(cond)', 'bun:test.Test', 'test', ['.todoIf()']],
    ['describe.if(cond)', 'bun:test.Suite', 'describe', ['.if()']],
    ['import { expect }', 'expect.Expect', 'expect', []],
    ['spyOn(obj, "m")', 'bun:test.Spy', 'spyOn', ['()']],
    ['jest.spyOn(obj, "m")', 'bun:test.Spy', 'jest', ['.spyOn()']],
    ['spy.mockReturnValue(1)', 'bun:test.Spy', 'spyOn', ['()', '.mockReturnValue()']],
    ['mock(fn) is a free-standing mock', undefined, 'mock', ['()']],
    ['mock.module("m")', 'value', 'mock', ['.module()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('bun:test', name, path)).toBe(gives);
  });

  it.each([
    ['describe', 'suite', 'describe', undefined, undefined],
    ['it', 'test', 'it', 0, undefined],
    ['beforeAll', 'beforeAll', 'beforeAll', 0, undefined],
    ['beforeEach', 'beforeEach', 'beforeEach', 0, undefined],
    // afterAll and afterEach still run when called inside a running test.
    ['afterAll', 'afterAll', 'afterAll', 0, true],
    ['afterEach', 'afterEach', 'afterEach', 0, true],
  ] as const)('%s registers a %s, done at %s', (_code, role, name, done, fromRunningTest) => {
    const kind = imported('bun:test', name);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.spec.doneParam).toBe(done);
    expect(kind?.spec.fromRunningTest).toBe(fromRunningTest);
  });

  it.each([
    ['spyOn(obj, "m")', 'spyOn', [], '()', { family: 'bun:test.spies', undo: 'restoreAllMocks' }],
    ['jest.spyOn(obj, "m")', 'jest', [], 'spyOn', { family: 'bun:test.spies', undo: 'restoreAllMocks' }],
    ['mock.module("m") has no undo, so it is no override', 'mock', [], 'module', undefined],
  ] as const)('%s overrides %o', (_code, name, path, method, override) => {
    expect(overrideOf(kindAt('bun:test', name, path), method)).toEqual(override);
  });

  it.each([
    ['mock.restore()', ['bun:test.spies'], 'mock', [], 'restore'],
    ['jest.restoreAllMocks()', ['bun:test.spies'], 'jest', [], 'restoreAllMocks'],
    ['spy.mockRestore()', 'self', 'spyOn', ['()'], 'mockRestore'],
    ['jest.clearAllMocks() restores nothing', undefined, 'jest', [], 'clearAllMocks'],
  ] as const)('%s undoes %o', (_code, undone, name, path, method) => {
    expect(kindAt('bun:test', name, path)?.undo(method)).toEqual(undone);
  });
});
