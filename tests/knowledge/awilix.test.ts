import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve, typed } from './helpers';

describe('awilix', () => {
  it.each([
    ['import { createContainer }', 'awilix.CreateContainer', []],
    ['createContainer()', 'awilix.Container', ['()']],
    ['container.createScope()', 'awilix.Container', ['()', '.createScope()']],
    ['container.register({...}) returns the container', 'awilix.Container', ['()', '.register()']],
    ['container.dispose()', 'promise', ['()', '.dispose()']],
    ['container.resolve(name): not described', undefined, ['()', '.resolve()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('awilix', 'createContainer', path)).toBe(gives);
  });

  it('a value annotated AwilixContainer is a container', () => {
    expect(typed('awilix', 'AwilixContainer')?.id).toBe('awilix.Container');
  });

  it.each([
    ['container.register(...)', 'register', { family: 'awilix.registrations', inReceiver: true }],
    ['container.createScope() overrides nothing', 'createScope', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(kindAt('awilix', 'createContainer', ['()']), method)).toEqual(override);
  });

  it.each([
    // awilix has no unregister: registering the original again in a teardown undoes it.
    ['container.register(original)', ['awilix.registrations'], 'register'],
    ['container.dispose() keeps the registrations', undefined, 'dispose'],
  ] as const)('%s undoes %o', (_code, undone, method) => {
    expect(kindAt('awilix', 'createContainer', ['()'])?.undo(method)).toEqual(undone);
  });
});
