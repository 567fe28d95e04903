import { describe, expect, it } from 'vitest';
import { imported, resolve } from './helpers';

const settles = 'node-assert.Result promise assertion';

describe('node-assert', () => {
  it.each([
    ['import assert from "node:assert"', 'node-assert.Assert', 'node:assert', 'default', []],
    ['import * as assert from "assert"', 'node-assert.Assert', 'assert', '*', []],
    ['import assert from "node:assert/strict"', 'node-assert.Assert', 'node:assert/strict', 'default', []],
    ['import { strict } from "assert"', 'node-assert.Assert', 'assert', 'strict', []],
    ['assert(x) stays synchronous', 'value', 'node:assert', 'default', ['()']],
    ['assert.equal(x, y) stays synchronous', 'value', 'node:assert', 'default', ['.equal()']],
    ['assert.throws(fn) stays synchronous', 'value', 'node:assert', 'default', ['.throws()']],
    ['assert.rejects(p)', settles, 'node:assert', 'default', ['.rejects()']],
    ['assert.doesNotReject(p)', settles, 'node:assert', 'default', ['.doesNotReject()']],
    ['assert.strict.rejects(p)', settles, 'node:assert', 'default', ['.strict', '.rejects()']],
    ['import { rejects }; rejects(p)', settles, 'node:assert', 'rejects', ['()']],
    ['import { doesNotReject }; doesNotReject(p)', settles, 'assert/strict', 'doesNotReject', ['()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it('asserts when called or through its methods', () => {
    expect(imported('node:assert', 'default')?.spec.asserts).toBe(true);
  });
});
