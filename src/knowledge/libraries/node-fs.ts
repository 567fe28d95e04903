import type { LibraryKnowledge } from '../types';

/** `fs/promises` and `timers/promises`: every function returns a promise (`setInterval` an async iterator). */
export const nodePromises = {
  name: 'node-promises',
  modules: ['fs/promises', 'node:fs/promises', 'timers/promises', 'node:timers/promises'],
  moduleObject: 'Promises',
  exports: { default: 'Promises', scheduler: 'Scheduler', setInterval: 'value', constants: 'value' },
  otherExports: 'AsyncFunction',
  kinds: {
    Promises: { methods: { setInterval: 'value' }, otherMethods: 'promise' },
    Scheduler: { methods: { wait: 'promise', yield: 'promise' } },
    AsyncFunction: { call: 'promise' },
  },
} as const satisfies LibraryKnowledge;

/** `fs.promises` on the callback-style module. */
export const nodeFs = {
  name: 'node-fs',
  modules: ['fs', 'node:fs'],
  moduleObject: 'Fs',
  exports: { default: 'Fs', promises: 'node-promises.Promises' },
  kinds: { Fs: { properties: { promises: 'node-promises.Promises' }, otherMethods: 'value' } },
} as const satisfies LibraryKnowledge;
