import { describe, expect, it } from 'vitest';
import { frameworkOfModule, markerGlobalFramework } from '../../src/knowledge';
import { global, imported, kindAt, overrideOf, resolve } from './helpers';

describe('vitest', () => {
  it('is recognised by its module and by `vi`', () => {
    expect(frameworkOfModule('vitest')).toBe('vitest');
    expect(markerGlobalFramework('vi')).toBe('vitest');
    expect(markerGlobalFramework('it')).toBe(undefined);
  });

  it.each([
    ['import { it }', 'vitest.Test', 'it', []],
    ['import { test }', 'vitest.Test', 'test', []],
    ['it.only', 'vitest.Test', 'it', ['.only']],
    ['it.concurrent.each([...])', 'vitest.Test', 'it', ['.concurrent', '.each()']],
    ['it.skipIf(cond)', 'vitest.Test', 'it', ['.skipIf()']],
    ['test.extend', 'vitest.Extend', 'test', ['.extend']],
    ['test.extend({...})', 'vitest.Test', 'test', ['.extend', '()']],
    ['test.scoped({...})', 'value', 'test', ['.scoped()']],
    ['describe.for([...])', 'vitest.Suite', 'describe', ['.for()']],
    ['suite.shuffle', 'vitest.Suite', 'suite', ['.shuffle']],
    ['import { expect }', 'expect.Expect', 'expect', []],
    ['import { vi }', 'vitest.Vi', 'vi', []],
    ['import { vitest }', 'vitest.Vi', 'vitest', []],
    ['vi.spyOn(obj, "m")', 'vitest.Spy', 'vi', ['.spyOn()']],
    ['vi.spyOn(obj, "m").mockReturnValue(1)', 'vitest.Spy', 'vi', ['.spyOn()', '.mockReturnValue()']],
    ['vi.waitFor(fn)', 'promise', 'vi', ['.waitFor()']],
    ['vi.importActual("m")', 'promise', 'vi', ['.importActual()']],
    ['vi.advanceTimersByTimeAsync(10)', 'promise', 'vi', ['.advanceTimersByTimeAsync()']],
    ['vi.advanceTimersByTime(10) stays synchronous', 'value', 'vi', ['.advanceTimersByTime()']],
    ['vi.fn()', 'value', 'vi', ['.fn()']],
    ['an unknown export', undefined, 'nothing', []],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('vitest', name, path)).toBe(gives);
  });

  it.each([
    ['describe', 'suite', 'describe', []],
    ['it', 'test', 'it', []],
    ['test.extend', 'fixtures', 'test', ['.extend']],
    ['beforeAll', 'beforeAll', 'beforeAll', []],
    ['beforeEach', 'beforeEach', 'beforeEach', []],
    ['afterAll', 'afterAll', 'afterAll', []],
    ['afterEach', 'afterEach', 'afterEach', []],
    ['onTestFinished', 'teardown', 'onTestFinished', []],
    ['onTestFailed', 'teardown', 'onTestFailed', []],
    ['vi is no registration', undefined, 'vi', []],
  ] as const)('%s registers a %s', (_code, role, name, path) => {
    expect(kindAt('vitest', name, path)?.spec.callRole).toBe(role);
  });

  it.each([
    ['it', 'vitest.Context', 'it'],
    ['beforeEach', 'vitest.Context', 'beforeEach'],
    ['afterEach', 'vitest.Context', 'afterEach'],
    ['beforeAll gets no test context', undefined, 'beforeAll'],
    ['afterAll gets no test context', undefined, 'afterAll'],
  ] as const)('%s passes its callback %s', (_code, context, name) => {
    const kind = imported('vitest', name);
    expect(kind?.callbackContext?.id).toBe(context);
    // vitest never passes a `done` callback.
    expect(kind?.spec.doneParam).toBe(undefined);
  });

  it("gives the test context's own expect and teardown", () => {
    const context = imported('vitest', 'it')?.callbackContext;
    expect(context?.property('expect')?.id).toBe('expect.Expect');
    expect(context?.property('onTestFinished')?.spec.callRole).toBe('teardown');
    expect(context?.property('task')).toBe(undefined);
  });

  it.each([
    ['vi.spyOn', 'spyOn', { family: 'vitest.mocks', undo: 'restoreAllMocks', runnerSetting: 'restoreMocks' }],
    ['vi.stubEnv', 'stubEnv', { family: 'vitest.env', undo: 'unstubAllEnvs', runnerSetting: 'unstubEnvs' }],
    ['vi.stubGlobal', 'stubGlobal', { family: 'vitest.globals', undo: 'unstubAllGlobals', runnerSetting: 'unstubGlobals' }],
    ['vi.useFakeTimers', 'useFakeTimers', { family: 'vitest.timers', undo: 'useRealTimers' }],
    ['vi.setSystemTime', 'setSystemTime', { family: 'vitest.timers', undo: 'useRealTimers' }],
    ['vi.doMock', 'doMock', { family: 'vitest.modules', undo: 'resetModules' }],
    // `vi.mock` is hoisted and lasts for the file: a module mock, not an override to undo.
    ['vi.mock', 'mock', undefined],
    ['vi.fn', 'fn', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(imported('vitest', 'vi'), method)).toEqual(override);
  });

  it('hoists vi.mock above the imports', () => {
    expect(imported('vitest', 'vi')?.spec.mocksModules).toEqual(['mock']);
  });

  it.each([
    ['vi.restoreAllMocks()', ['vitest.mocks'], 'vi', [], 'restoreAllMocks'],
    ['vi.unstubAllEnvs()', ['vitest.env'], 'vi', [], 'unstubAllEnvs'],
    ['vi.unstubAllGlobals()', ['vitest.globals'], 'vi', [], 'unstubAllGlobals'],
    ['vi.useRealTimers()', ['vitest.timers'], 'vi', [], 'useRealTimers'],
    ['vi.resetModules()', ['vitest.modules'], 'vi', [], 'resetModules'],
    ['vi.doUnmock()', ['vitest.modules'], 'vi', [], 'doUnmock'],
    ['vi.clearAllMocks() restores nothing', undefined, 'vi', [], 'clearAllMocks'],
    ['spy.mockRestore()', 'self', 'vi', ['.spyOn()'], 'mockRestore'],
    ['spy.mockReset() restores nothing', undefined, 'vi', ['.spyOn()'], 'mockReset'],
  ] as const)('%s undoes %o', (_code, undone, name, path, method) => {
    expect(kindAt('vitest', name, path)?.undo(method)).toEqual(undone);
  });

  it.each([
    ['it under vitest', 'vitest.Test', 'it', 'vitest'],
    ['vi under vitest', 'vitest.Vi', 'vi', 'vitest'],
    ['vi under jest', undefined, 'vi', 'jest'],
    ['onTestFinished under vitest', 'vitest.Teardown', 'onTestFinished', 'vitest'],
  ] as const)('global %s is %s', (_code, kind, name, framework) => {
    expect(global(name, framework)?.id).toBe(kind);
  });
});
