import type { LibraryKnowledge } from '../types';

/**
 * awilix: `container.register(...)` replaces a registration of that container for everything resolved from it later.
 * awilix has no unregister: `dispose()` only empties the cache of resolved instances and calls their disposers, so the
 * registration survives it. What isolates a test is a container or scope (`container.createScope()`) made for it, which
 * takes its registrations along; on a shared container, registering the original again in a teardown undoes it.
 */
export const awilix = {
  name: 'awilix',
  modules: ['awilix'],
  exports: { createContainer: 'CreateContainer' },
  types: { AwilixContainer: 'Container' },
  kinds: {
    CreateContainer: { call: 'Container' },
    Container: {
      overrides: { register: 'registrations' },
      undoes: { register: ['registrations'] },
      methods: { createScope: 'Container', register: 'Container', dispose: 'promise' },
    },
  },
  overrideFamilies: {
    registrations: { description: 'container registration', inReceiver: true },
  },
} as const satisfies LibraryKnowledge;
