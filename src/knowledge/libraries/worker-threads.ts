import { outcomes, type LibraryKnowledge } from '../types';

const events = ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'ref', 'unref'];

/**
 * worker_threads: `new Worker(file)` runs a thread that keeps the process alive while it has work or listens on its
 * port, until `terminate()`.
 */
export const workerThreads = {
  name: 'worker-threads',
  modules: ['worker_threads', 'node:worker_threads'],
  moduleObject: 'Module',
  exports: { Worker: 'WorkerClass' },
  types: { Worker: 'Worker' },
  kinds: {
    Module: { properties: { Worker: 'WorkerClass' }, otherMethods: 'value' },
    WorkerClass: { construct: 'Worker' },
    Worker: {
      resource: { description: 'worker thread', closes: ['terminate'] },
      methods: { ...outcomes('Worker', events), terminate: 'promise', getHeapSnapshot: 'promise' },
      otherMethods: 'value',
    },
  },
} as const satisfies LibraryKnowledge;
