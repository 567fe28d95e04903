import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve, typed } from './helpers';

const allFamilies = ['sinon.stubs', 'sinon.spies', 'sinon.mocks', 'sinon.properties', 'sinon.timers'];

describe('sinon', () => {
  it.each([
    ['import sinon from "sinon"', 'sinon.Sinon', 'default', []],
    ['import * as sinon', 'sinon.Sinon', '*', []],
    ['sinon.createSandbox()', 'sinon.Sandbox', 'default', ['.createSandbox()']],
    ['import { createSandbox }; createSandbox()', 'sinon.Sandbox', 'createSandbox', ['()']],
    ['sinon.stub(obj, "m")', 'sinon.Double', 'default', ['.stub()']],
    ['sinon.stub(obj, "m").resolves(x) keeps the stub', 'sinon.Double', 'default', ['.stub()', '.resolves()']],
    ['sandbox.spy(obj, "m")', 'sinon.Double', 'default', ['.createSandbox()', '.spy()']],
    ['sinon.mock(obj)', 'sinon.Mock', 'default', ['.mock()']],
    ['sinon.mock(obj).expects("m")', 'value', 'default', ['.mock()', '.expects()']],
    ['sinon.useFakeTimers()', 'sinon.Clock', 'default', ['.useFakeTimers()']],
    ['clock.tickAsync(ms)', 'promise', 'default', ['.useFakeTimers()', '.tickAsync()']],
    ['clock.runAllAsync()', 'promise', 'default', ['.useFakeTimers()', '.runAllAsync()']],
    ['clock.tick(ms) stays synchronous', 'value', 'default', ['.useFakeTimers()', '.tick()']],
    ['import { stub }; stub(obj, "m")', 'sinon.Double', 'stub', ['()']],
    ['import { replace }; replace(obj, "p", v)', 'value', 'replace', ['()']],
    ['sinon.fake() replaces nothing', 'value', 'default', ['.fake()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('sinon', name, path)).toBe(gives);
  });

  it.each([
    ['SinonSandbox', 'sinon.Sandbox'],
    ['SinonStub', 'sinon.Double'],
    ['SinonSpy', 'sinon.Double'],
    ['SinonFakeTimers', 'sinon.Clock'],
    ['SinonMock', 'sinon.Mock'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('sinon', type)?.id).toBe(kind);
  });

  it.each([
    ['sinon.stub(...)', 'default', [], 'stub', { family: 'sinon.stubs', undo: 'restore', target: 'object' }],
    ['sinon.spy(...)', 'default', [], 'spy', { family: 'sinon.spies', undo: 'restore', target: 'member' }],
    ['sinon.mock(...)', 'default', [], 'mock', { family: 'sinon.mocks', undo: 'restore', target: 'object' }],
    ['sinon.replace(...)', 'default', [], 'replace', { family: 'sinon.properties', undo: 'restore', target: 'member' }],
    ['sinon.replaceGetter(...)', 'default', [], 'replaceGetter', { family: 'sinon.properties', undo: 'restore', target: 'member' }],
    ['sinon.define(...)', 'default', [], 'define', { family: 'sinon.properties', undo: 'restore', target: 'member' }],
    ['sinon.useFakeTimers()', 'default', [], 'useFakeTimers', { family: 'sinon.timers', undo: 'restore' }],
    ['sandbox.stub(...)', 'default', ['.createSandbox()'], 'stub', { family: 'sinon.stubs', undo: 'restore', target: 'object' }],
    ['import { stub }; stub(...)', 'stub', [], '()', { family: 'sinon.stubs', undo: 'restore', target: 'object' }],
    ['import { spy }; spy(...)', 'spy', [], '()', { family: 'sinon.spies', undo: 'restore', target: 'member' }],
    ['import { mock }; mock(...)', 'mock', [], '()', { family: 'sinon.mocks', undo: 'restore', target: 'object' }],
    ['import { replaceSetter }; replaceSetter(...)', 'replaceSetter', [], '()', { family: 'sinon.properties', undo: 'restore', target: 'member' }],
    ['import { useFakeTimers }; useFakeTimers()', 'useFakeTimers', [], '()', { family: 'sinon.timers', undo: 'restore' }],
    ['sinon.fake(...) overrides nothing', 'default', [], 'fake', undefined],
  ] as const)('%s overrides %o', (_code, name, path, method, override) => {
    expect(overrideOf(kindAt('sinon', name, path), method)).toEqual(override);
  });

  it.each([
    ['sinon.restore()', allFamilies, 'default', [], 'restore'],
    ['sinon.verifyAndRestore()', allFamilies, 'default', [], 'verifyAndRestore'],
    ['sandbox.restore()', allFamilies, 'default', ['.createSandbox()'], 'restore'],
    ['sinon.reset() restores nothing', undefined, 'default', [], 'reset'],
    ['stub.restore()', 'self', 'default', ['.stub()'], 'restore'],
    ['stub.resolves(x).restore()', 'self', 'default', ['.stub()', '.resolves()'], 'restore'],
    ['stub.reset() restores nothing', undefined, 'default', ['.stub()'], 'reset'],
    ['mock.verify()', 'self', 'default', ['.mock()'], 'verify'],
    ['mock.restore()', 'self', 'default', ['.mock()'], 'restore'],
    ['clock.restore()', 'self', 'default', ['.useFakeTimers()'], 'restore'],
    ['clock.uninstall()', 'self', 'default', ['.useFakeTimers()'], 'uninstall'],
  ] as const)('%s undoes %o', (_code, undone, name, path, method) => {
    expect(kindAt('sinon', name, path)?.undo(method)).toEqual(undone);
  });
});
