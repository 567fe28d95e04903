import type { LibraryKnowledge } from '../types';

/**
 * tsyringe: `container` is one container for the whole process; a registration made on it stays for every later test
 * (and, under mocha, every later file). `reset()` drops all registrations; `clearInstances()` drops value
 * registrations (`registerInstance`, `register(token, { useValue })`) and cached singletons but keeps class and factory
 * registrations. Which one `register(...)` made depends on its argument, which this table cannot see: both undos are
 * accepted for it (precision first), and only `registerInstance` gets the automatic `clearInstances()` fix. A child
 * container (`container.createChildContainer()`) made for a test takes its registrations along.
 */
export const tsyringe = {
  name: 'tsyringe',
  modules: ['tsyringe'],
  exports: { container: 'Container' },
  types: { DependencyContainer: 'Container' },
  kinds: {
    Container: {
      overrides: { register: 'registrations', registerSingleton: 'registrations', registerType: 'registrations', registerInstance: 'instances' },
      undoes: { reset: ['registrations', 'instances'], clearInstances: ['registrations', 'instances'] },
      methods: { createChildContainer: 'Container', dispose: 'promise' },
      otherMethods: 'value',
    },
  },
  overrideFamilies: {
    registrations: { description: 'container registration', inReceiver: true },
    instances: { description: 'registered instance', undo: 'clearInstances', inReceiver: true },
  },
} as const satisfies LibraryKnowledge;
