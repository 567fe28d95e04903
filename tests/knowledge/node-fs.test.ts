import { describe, expect, it } from 'vitest';
import { resolve } from './helpers';

describe('node-promises (fs/promises, timers/promises)', () => {
  it.each([
    ['import { readFile } from "fs/promises"; readFile(p)', 'promise', 'fs/promises', 'readFile', ['()']],
    ['import { writeFile } from "node:fs/promises"; writeFile(p, d)', 'promise', 'node:fs/promises', 'writeFile', ['()']],
    ['import fs from "fs/promises"; fs.rm(p)', 'promise', 'fs/promises', 'default', ['.rm()']],
    ['import * as fs from "node:fs/promises"; fs.mkdir(p)', 'promise', 'node:fs/promises', '*', ['.mkdir()']],
    ['import { setTimeout } from "timers/promises"; setTimeout(ms)', 'promise', 'timers/promises', 'setTimeout', ['()']],
    ['import { setImmediate } from "node:timers/promises"', 'promise', 'node:timers/promises', 'setImmediate', ['()']],
    ['scheduler.wait(ms)', 'promise', 'timers/promises', 'scheduler', ['.wait()']],
    ['scheduler.yield()', 'promise', 'node:timers/promises', 'scheduler', ['.yield()']],
    ['timers.setInterval(ms) is an async iterator', 'value', 'timers/promises', 'default', ['.setInterval()']],
    // Listed as 'value', which names no kind: the import gets none, so nothing about it is known.
    ['import { setInterval }: no kind, so no promise', undefined, 'timers/promises', 'setInterval', []],
    ['import { constants }: no kind', undefined, 'fs/promises', 'constants', []],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });
});

describe('node-fs (the callback-style fs)', () => {
  it.each([
    ['import fs from "fs"; fs.readFile(p, cb) is callback style', 'value', 'fs', 'default', ['.readFile()']],
    ['fs.readFileSync(p)', 'value', 'node:fs', 'default', ['.readFileSync()']],
    ['fs.promises', 'node-promises.Promises', 'fs', 'default', ['.promises']],
    ['fs.promises.readFile(p)', 'promise', 'fs', 'default', ['.promises', '.readFile()']],
    ['import { promises } from "node:fs"; promises.stat(p)', 'promise', 'node:fs', 'promises', ['.stat()']],
    ['import * as fs from "fs"; fs.promises.unlink(p)', 'promise', 'fs', '*', ['.promises', '.unlink()']],
    ['import { readFile } from "fs" is not described', undefined, 'fs', 'readFile', []],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });
});
