import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve } from './helpers';

describe('nock', () => {
  it.each([
    ['import nock from "nock"', 'nock.Nock', 'default', []],
    ['const nock = require("nock")', 'nock.Nock', '*', []],
    ['nock(url)', 'nock.Scope', 'default', ['()']],
    ['nock(url).get("/")', 'nock.Interceptor', 'default', ['()', '.get()']],
    ['nock(url).get("/").query(q) keeps the interceptor', 'nock.Interceptor', 'default', ['()', '.get()', '.query()']],
    ['nock(url).get("/").reply(200)', 'nock.Scope', 'default', ['()', '.get()', '.reply()']],
    ['nock(url).persist() keeps the scope', 'nock.Scope', 'default', ['()', '.persist()']],
    ['scope.isDone()', 'value', 'default', ['()', '.isDone()']],
    ['scope.pendingMocks()', 'value', 'default', ['()', '.pendingMocks()']],
    ['nock.cleanAll(): no outcome described', undefined, 'default', ['.cleanAll()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('nock', name, path)).toBe(gives);
  });

  it.each([
    ['nock(url)', '()', { family: 'nock.interceptors', undo: 'cleanAll' }],
    ['nock.define(defs)', 'define', { family: 'nock.interceptors', undo: 'cleanAll' }],
    ['nock.load(file)', 'load', { family: 'nock.interceptors', undo: 'cleanAll' }],
    ['nock.disableNetConnect()', 'disableNetConnect', { family: 'nock.netConnect', undo: 'enableNetConnect' }],
    ['nock.enableNetConnect() overrides nothing', 'enableNetConnect', undefined],
  ] as const)('%s overrides %o', (_code, method, override) => {
    expect(overrideOf(kindAt('nock', 'default'), method)).toEqual(override);
  });

  it.each([
    ['nock.cleanAll()', ['nock.interceptors'], [], 'cleanAll'],
    ['nock.restore()', ['nock.interceptors', 'nock.netConnect'], [], 'restore'],
    ['nock.enableNetConnect()', ['nock.netConnect'], [], 'enableNetConnect'],
    ['nock.abortPendingRequests() undoes nothing', undefined, [], 'abortPendingRequests'],
    ['scope.done() (all its interceptors consumed)', 'self', ['()'], 'done'],
    ['scope.isDone() undoes nothing', undefined, ['()'], 'isDone'],
  ] as const)('%s undoes %o', (_code, undone, path, method) => {
    expect(kindAt('nock', 'default', path)?.undo(method)).toEqual(undone);
  });
});
