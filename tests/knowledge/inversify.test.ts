import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve, typed } from './helpers';

describe('inversify', () => {
  it.each([
    ['import { Container }', 'inversify.ContainerClass', []],
    ['new Container()', 'inversify.Container', ['new']],
    // Since inversify 7 several methods return promises: what they return is left undescribed.
    ['container.rebind(X): not described', undefined, ['new', '.rebind()']],
    ['container.get(X): not described', undefined, ['new', '.get()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('inversify', 'Container', path)).toBe(gives);
  });

  it('a value annotated Container is a container', () => {
    expect(typed('inversify', 'Container')?.id).toBe('inversify.Container');
  });

  it.each([
    ['container.snapshot()', 'snapshot', { family: 'inversify.snapshots', undo: 'restore', inReceiver: true }],
    ['container.rebind(X) without a snapshot is not reported', 'rebind', undefined],
    ['container.bind(X)', 'bind', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(kindAt('inversify', 'Container', ['new']), method)).toEqual(override);
  });

  it.each([
    ['container.restore()', ['inversify.snapshots'], 'restore'],
    ['container.unbindAll() undoes nothing', undefined, 'unbindAll'],
  ] as const)('%s undoes %o', (_code, undone, method) => {
    expect(kindAt('inversify', 'Container', ['new'])?.undo(method)).toEqual(undone);
  });
});
