import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve, typed } from './helpers';

const registrations = { family: 'tsyringe.registrations', inReceiver: true };
const instances = { family: 'tsyringe.instances', undo: 'clearInstances', inReceiver: true };

describe('tsyringe', () => {
  it.each([
    ['import { container }', 'tsyringe.Container', []],
    ['container.createChildContainer()', 'tsyringe.Container', ['.createChildContainer()']],
    ['container.dispose()', 'promise', ['.dispose()']],
    ['container.resolve(X) stays synchronous', 'value', ['.resolve()']],
    ['container.register(token, provider)', 'value', ['.register()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('tsyringe', 'container', path)).toBe(gives);
  });

  it('a value annotated DependencyContainer is a container', () => {
    expect(typed('tsyringe', 'DependencyContainer')?.id).toBe('tsyringe.Container');
  });

  it.each([
    ['container.register(...)', 'register', registrations],
    ['container.registerSingleton(...)', 'registerSingleton', registrations],
    ['container.registerType(...)', 'registerType', registrations],
    ['container.registerInstance(...)', 'registerInstance', instances],
    ['container.resolve(...) overrides nothing', 'resolve', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(kindAt('tsyringe', 'container'), method)).toEqual(override);
  });

  it.each([
    ['container.reset()', ['tsyringe.registrations', 'tsyringe.instances'], 'reset'],
    // Which one register(...) made cannot be seen: clearInstances() is accepted for both (precision first).
    ['container.clearInstances()', ['tsyringe.registrations', 'tsyringe.instances'], 'clearInstances'],
    ['container.dispose() undoes nothing', undefined, 'dispose'],
  ] as const)('%s undoes %o', (_code, undone, method) => {
    expect(kindAt('tsyringe', 'container')?.undo(method)).toEqual(undone);
  });
});
