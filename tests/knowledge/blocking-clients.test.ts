import { describe, expect, it } from 'vitest';
import { describeValue, follow, global, kindAt, resolve, typed } from './helpers';

describe('blocking-clients', () => {
  it.each([
    ['import request from "sync-request"; request(m, url)', 'sync-request', 'default', ['()']],
    ['import fetch from "sync-fetch"; fetch(url)', 'sync-fetch', 'default', ['()']],
    ['sync-request-curl', 'sync-request-curl', 'default', ['()']],
    ['then-request/sync', 'then-request/sync', 'default', ['()']],
    ['import { anything } from "sync-request"', 'sync-request', 'anything', []],
    ['deasync(fn)(...) (the wrapped function blocks too)', 'deasync', 'default', ['()']],
    ['deasync.loopWhile(fn)', 'deasync', 'default', ['.loopWhile']],
    ['deasync.sleep(ms)', 'deasync', '*', ['.sleep']],
  ] as const)('%s always blocks', (_code, module, name, path) => {
    expect(kindAt(module, name, path)?.spec.blocks).toBe('always');
  });
});

describe('child-process', () => {
  it.each([
    ['import { execSync }', 'network-command', 'child_process', 'execSync', []],
    ['import { execFileSync }', 'network-command', 'node:child_process', 'execFileSync', []],
    ['import { spawnSync }', 'network-command', 'node:child_process', 'spawnSync', []],
    ['require("child_process").execSync', 'network-command', 'child_process', '*', ['.execSync']],
    ['import { exec } does not block', undefined, 'child_process', 'exec', []],
  ] as const)('%s blocks: %s', (_code, blocks, module, name, path) => {
    expect(kindAt(module, name, path)?.spec.blocks).toBe(blocks);
  });

  it.each([
    ['execSync(cmd)', 'value', 'execSync', ['()']],
    ['cp.exec(cmd, cb)', 'value', '*', ['.exec()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('child_process', name, path)).toBe(gives);
  });
});

describe('node-http', () => {
  it.each([
    ['import http from "http"', 'node-http.Http', 'http', 'default', []],
    ['http.get(url, cb) is callback style', 'value', 'http', 'default', ['.get()']],
    ['import { request } from "node:https"; request(opts, cb)', 'value', 'node:https', 'request', ['()']],
    ['http.createServer(handler)', 'node-http.Server', 'node:http', 'default', ['.createServer()']],
    ['import { createServer }; createServer(h)', 'node-http.Server', 'http', 'createServer', ['()']],
    ['new Server(h)', 'node-http.Server', 'https', 'Server', ['new']],
    ['server.listen(port) returns the server', 'node-http.Server', 'http', 'createServer', ['()', '.listen()']],
    ['server.close(cb) returns the server, no promise', 'node-http.Server', 'http', 'createServer', ['()', '.close()']],
    ['server.address()', 'value', 'http', 'createServer', ['()', '.address()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it('a server made by createServer() holds nothing until listen(), then until close(cb)', () => {
    const resource = kindAt('http', 'createServer', ['()'])?.spec.resource;
    expect(resource?.closes).toEqual(['close']);
    expect(resource?.openedBy).toEqual(['listen']);
    expect(resource?.closeStatement).toBe('await new Promise((resolve) => {{holder}}.close(resolve))');
  });

  it('a value annotated Server is a server; requests are HTTP clients in the callback style', () => {
    expect(typed('http', 'Server')?.id).toBe('node-http.Server');
    const request = kindAt('http', 'get');
    expect(request?.spec.httpClient).toBe(true);
    expect(request?.spec.callbackStyle).toBe(true);
  });
});

describe('xhr', () => {
  it.each([
    ['new XMLHttpRequest()', 'xhr.Xhr', 'XMLHttpRequest', ['new']],
    ['xhr.open(method, url, false)', 'value', 'XMLHttpRequest', ['new', '.open()']],
    ['xhr.send()', 'value', 'XMLHttpRequest', ['new', '.send()']],
    ['Atomics.wait(...)', 'value', 'Atomics', ['.wait()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(describeValue(follow(global(name, undefined), path))).toBe(gives);
  });

  it.each([
    ['xhr.open', 'third-argument-false', 'XMLHttpRequest', ['new', '.open']],
    ['Atomics.wait', 'always', 'Atomics', ['.wait']],
    ['xhr.send does not block by itself', undefined, 'XMLHttpRequest', ['new', '.send']],
  ] as const)('%s blocks: %s', (_code, blocks, name, path) => {
    expect(follow(global(name, undefined), path)?.kind?.spec.blocks).toBe(blocks);
  });
});
