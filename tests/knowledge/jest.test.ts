import { describe, expect, it } from 'vitest';
import { frameworkOfModule, markerGlobalFramework } from '../../src/knowledge';
import { global, imported, kindAt, overrideOf, resolve } from './helpers';

describe('jest', () => {
  it('is recognised by @jest/globals and by the `jest` global', () => {
    expect(frameworkOfModule('@jest/globals')).toBe('jest');
    expect(markerGlobalFramework('jest')).toBe('jest');
  });

  it.each([
    ['import { it }', 'jest.Test', 'it', []],
    ['fit', 'jest.Test', 'fit', []],
    ['xtest', 'jest.Test', 'xtest', []],
    ['it.concurrent.each([...])', 'jest.Test', 'it', ['.concurrent', '.each()']],
    ['it.failing', 'jest.Test', 'it', ['.failing']],
    ['fdescribe', 'jest.Suite', 'fdescribe', []],
    ['describe.each([...])', 'jest.Suite', 'describe', ['.each()']],
    ['describe.todo is not a jest modifier', undefined, 'describe', ['.todo']],
    ['import { expect }', 'expect.Expect', 'expect', []],
    ['jest.spyOn(obj, "m")', 'jest.Spy', 'jest', ['.spyOn()']],
    ['jest.spyOn(obj, "m").mockResolvedValue(1)', 'jest.Spy', 'jest', ['.spyOn()', '.mockResolvedValue()']],
    ['jest.replaceProperty(obj, "p", v)', 'jest.ReplacedProperty', 'jest', ['.replaceProperty()']],
    ['jest.runAllTimersAsync()', 'promise', 'jest', ['.runAllTimersAsync()']],
    ['jest.isolateModulesAsync(fn)', 'promise', 'jest', ['.isolateModulesAsync()']],
    ['jest.runAllTimers() stays synchronous', 'value', 'jest', ['.runAllTimers()']],
    ['jest.fn()', 'value', 'jest', ['.fn()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('@jest/globals', name, path)).toBe(gives);
  });

  it.each([
    ['describe', 'suite', 'describe', undefined],
    ['it', 'test', 'it', 0],
    ['xit', 'test', 'xit', 0],
    ['beforeAll', 'beforeAll', 'beforeAll', 0],
    ['beforeEach', 'beforeEach', 'beforeEach', 0],
    ['afterAll', 'afterAll', 'afterAll', 0],
    ['afterEach', 'afterEach', 'afterEach', 0],
  ] as const)('%s registers a %s, done at %s', (_code, role, name, done) => {
    const kind = imported('@jest/globals', name);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.spec.doneParam).toBe(done);
    expect(kind?.callbackContext).toBe(undefined);
  });

  it.each([
    ['jest.spyOn', 'spyOn', { family: 'jest.mocks', undo: 'restoreAllMocks', runnerSetting: 'restoreMocks' }],
    ['jest.replaceProperty', 'replaceProperty', { family: 'jest.mocks', undo: 'restoreAllMocks', runnerSetting: 'restoreMocks' }],
    ['jest.useFakeTimers', 'useFakeTimers', { family: 'jest.timers', undo: 'useRealTimers' }],
    ['jest.setSystemTime', 'setSystemTime', { family: 'jest.timers', undo: 'useRealTimers' }],
    ['jest.doMock', 'doMock', { family: 'jest.modules', undo: 'resetModules' }],
    ['jest.mock (hoisted, for the whole file)', 'mock', undefined],
    ['jest.fn', 'fn', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(imported('@jest/globals', 'jest'), method)).toEqual(override);
  });

  it('hoists jest.mock above the imports', () => {
    expect(imported('@jest/globals', 'jest')?.spec.mocksModules).toEqual(['mock']);
  });

  it.each([
    ['jest.restoreAllMocks()', ['jest.mocks'], [], 'restoreAllMocks'],
    ['jest.useRealTimers()', ['jest.timers'], [], 'useRealTimers'],
    ['jest.resetModules()', ['jest.modules'], [], 'resetModules'],
    ['jest.dontMock()', ['jest.modules'], [], 'dontMock'],
    ['jest.resetAllMocks() restores nothing', undefined, [], 'resetAllMocks'],
    ['spy.mockRestore()', 'self', ['.spyOn()'], 'mockRestore'],
    ['replaced.restore()', 'self', ['.replaceProperty()'], 'restore'],
  ] as const)('%s undoes %o', (_code, undone, path, method) => {
    expect(kindAt('@jest/globals', 'jest', path)?.undo(method)).toEqual(undone);
  });

  it.each([
    ['it under jest', 'jest.Test', 'it', 'jest'],
    // With no known runner a global takes jest's shape, whose callbacks may take `done`: the cautious one.
    ['it under an unknown runner', 'jest.Test', 'it', undefined],
    ['jest under jest', 'jest.Jest', 'jest', 'jest'],
    ['jest under vitest', undefined, 'jest', 'vitest'],
    ['fit under jest', 'jest.Test', 'fit', 'jest'],
  ] as const)('global %s is %s', (_code, kind, name, framework) => {
    expect(global(name, framework)?.id).toBe(kind);
  });
});
