import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve, typed } from './helpers';

const handlers = { family: 'msw.handlers', undo: 'resetHandlers', inReceiver: true };

describe('msw', () => {
  it.each([
    ['setupServer(...handlers)', 'msw.Server', 'msw/node', 'setupServer', ['()']],
    ['setupServer from msw/native', 'msw.Server', 'msw/native', 'setupServer', ['()']],
    ['new SetupServerApi(handlers)', 'msw.Server', 'msw/node', 'SetupServerApi', ['new']],
    ['server.listen() stays synchronous', 'value', 'msw/node', 'setupServer', ['()', '.listen()']],
    ['server.use(handler)', 'value', 'msw/node', 'setupServer', ['()', '.use()']],
    ['setupWorker(...handlers)', 'msw.Worker', 'msw/browser', 'setupWorker', ['()']],
    ['new SetupWorkerApi(handlers)', 'msw.Worker', 'msw/browser', 'SetupWorkerApi', ['new']],
    ['worker.start()', 'promise', 'msw/browser', 'setupWorker', ['()', '.start()']],
    ['worker.stop()', 'value', 'msw/browser', 'setupWorker', ['()', '.stop()']],
    ['import { http } from "msw" is not described', undefined, 'msw', 'http', []],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it.each([
    ['SetupServer', 'msw.Server'],
    ['SetupServerApi', 'msw.Server'],
    ['SetupWorker', 'msw.Worker'],
    ['SetupWorkerApi', 'msw.Worker'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('msw/node', type)?.id).toBe(kind);
  });

  it.each([
    ['server.use(handler)', 'msw/node', 'setupServer', 'use', handlers],
    ['worker.use(handler)', 'msw/browser', 'setupWorker', 'use', handlers],
    ['server.listen() overrides nothing', 'msw/node', 'setupServer', 'listen', undefined],
  ] as const)('%s overrides %o', (_code, module, name, method, override) => {
    expect(overrideOf(kindAt(module, name, ['()']), method)).toEqual(override);
  });

  it.each([
    ['server.resetHandlers()', ['msw.handlers'], 'msw/node', 'setupServer', 'resetHandlers'],
    ['server.close()', ['msw.handlers'], 'msw/node', 'setupServer', 'close'],
    ['worker.resetHandlers()', ['msw.handlers'], 'msw/browser', 'setupWorker', 'resetHandlers'],
    ['worker.stop()', ['msw.handlers'], 'msw/browser', 'setupWorker', 'stop'],
    ['server.restoreHandlers() undoes nothing', undefined, 'msw/node', 'setupServer', 'restoreHandlers'],
  ] as const)('%s undoes %o', (_code, undone, module, name, method) => {
    expect(kindAt(module, name, ['()'])?.undo(method)).toEqual(undone);
  });
});
