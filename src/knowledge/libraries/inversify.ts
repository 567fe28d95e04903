import type { LibraryKnowledge } from '../types';

/**
 * inversify: `container.snapshot()` saves the bindings so that a test can rebind freely; the bindings it changes stay
 * until `container.restore()` brings the snapshot back. A container the test creates takes its bindings along.
 * Binding without a snapshot (`container.rebind(...)`) is not reported: rebinding in `beforeEach` is the usual way to
 * reset a shared container, and nothing tells it apart from a leak.
 */
export const inversify = {
  name: 'inversify',
  modules: ['inversify'],
  exports: { Container: 'ContainerClass' },
  types: { Container: 'Container' },
  kinds: {
    ContainerClass: { construct: 'Container' },
    // What its methods return is left undescribed: since inversify 7, `load`, `unbind` and `rebind` return promises.
    Container: { overrides: { snapshot: 'snapshots' }, undoes: { restore: ['snapshots'] } },
  },
  overrideFamilies: {
    snapshots: { description: 'bindings changed after the snapshot', undo: 'restore', inReceiver: true },
  },
} as const satisfies LibraryKnowledge;
