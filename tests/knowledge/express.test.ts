import { describe, expect, it } from 'vitest';
import { kindAt, resolve } from './helpers';

describe('express', () => {
  it.each([
    ['import express from "express"', 'express.Factory', 'default', []],
    ['const express = require("express")', 'express.Factory', '*', []],
    ['express()', 'express.App', 'default', ['()']],
    ['app.use(mw) gives a plain value', 'value', 'default', ['()', '.use()']],
    ['app.get(path, handler)', 'value', 'default', ['()', '.get()']],
    ['app.listen(port)', 'node-http.ListeningServer', 'default', ['()', '.listen()']],
    ['app.listen(port).close(cb)', 'node-http.ListeningServer', 'default', ['()', '.listen()', '.close()']],
    ['import { Router } is not described', undefined, 'Router', []],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('express', name, path)).toBe(gives);
  });

  it.each([
    // An app handed to supertest opens no socket.
    ['express()', undefined, ['()']],
    ['app.listen(port)', ['close'], ['()', '.listen()']],
  ] as const)('%s holds a resource closed by %o', (_code, closes, path) => {
    expect(kindAt('express', 'default', path)?.spec.resource?.closes).toEqual(closes);
  });

  it('the server app.listen() returns already listens', () => {
    expect(kindAt('express', 'default', ['()', '.listen()'])?.spec.resource?.openedBy).toBe(undefined);
  });
});
