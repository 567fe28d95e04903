import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

describe('worker-threads', () => {
  it.each([
    ['import { Worker }', 'worker-threads.WorkerClass', 'node:worker_threads', 'Worker', []],
    ['new Worker(file)', 'worker-threads.Worker', 'node:worker_threads', 'Worker', ['new']],
    ['new (require("worker_threads").Worker)(file)', 'worker-threads.Worker', 'worker_threads', '*', ['.Worker', 'new']],
    ['worker.terminate()', 'promise', 'worker_threads', 'Worker', ['new', '.terminate()']],
    ['worker.getHeapSnapshot()', 'promise', 'worker_threads', 'Worker', ['new', '.getHeapSnapshot()']],
    ['worker.on(event, fn)', 'worker-threads.Worker', 'worker_threads', 'Worker', ['new', '.on()']],
    ['worker.unref()', 'worker-threads.Worker', 'worker_threads', 'Worker', ['new', '.unref()']],
    ['worker.postMessage(m) stays synchronous', 'value', 'worker_threads', 'Worker', ['new', '.postMessage()']],
    ['import { isMainThread } is not described', undefined, 'worker_threads', 'isMainThread', []],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it('a worker is a resource closed by terminate(), open from `new`', () => {
    const resource = kindAt('worker_threads', 'Worker', ['new'])?.spec.resource;
    expect(resource?.closes).toEqual(['terminate']);
    expect(resource?.openedBy).toBe(undefined);
    expect(typed('worker_threads', 'Worker')?.id).toBe('worker-threads.Worker');
  });
});
