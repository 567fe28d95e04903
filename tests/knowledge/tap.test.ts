import { describe, expect, it } from 'vitest';
import { frameworkOfModule } from '../../src/knowledge';
import { imported, kindAt, resolve, typed } from './helpers';

const settles = 'tap.AsyncAssertion promise assertion';

describe('tap', () => {
  it('is a library, not a runner the analysis recognises', () => {
    expect(frameworkOfModule('tap')).toBe(undefined);
  });

  it.each([
    ['import t from "tap"', 'tap.Test', 'default', []],
    ['import { t }', 'tap.Test', 't', []],
    ['import * as tap', 'tap.Test', '*', []],
    ['t.rejects(p)', settles, 'default', ['.rejects()']],
    ['t.resolves(p)', settles, 'default', ['.resolves()']],
    ['t.resolveMatch(p, pattern)', settles, 'default', ['.resolveMatch()']],
    ['t.resolveMatchSnapshot(p)', settles, 'default', ['.resolveMatchSnapshot()']],
    ['import { rejects }; rejects(p)', settles, 'rejects', ['()']],
    ['t.mockImport(m)', 'promise', 'default', ['.mockImport()']],
    ['t.equal(x, y): no async outcome known', undefined, 'default', ['.equal()']],
    ['t.test(...) is queued by tap, no promise to await', undefined, 'default', ['.test', '()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('tap', name, path)).toBe(gives);
  });

  it.each([
    ['t.test', 'test', 'default', ['.test'], 'tap.Test'],
    ['t.only', 'test', 'default', ['.only'], 'tap.Test'],
    ['import { test }', 'test', 'test', [], 'tap.Test'],
    ['t.before', 'beforeAll', 'default', ['.before'], undefined],
    ['t.beforeEach', 'beforeEach', 'default', ['.beforeEach'], 'tap.Test'],
    ['t.after', 'afterAll', 'default', ['.after'], undefined],
    ['t.afterEach', 'afterEach', 'default', ['.afterEach'], 'tap.Test'],
    ['t.teardown', 'teardown', 'default', ['.teardown'], undefined],
  ] as const)('%s registers a %s passing %s', (_code, role, name, path, context) => {
    const kind = kindAt('tap', name, path);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.callbackContext?.id).toBe(context);
  });

  it('asserts through t, counts assertions through t.plan, and knows the Test type', () => {
    expect(imported('tap', 'default')?.spec.asserts).toBe(true);
    expect(imported('tap', 'default')?.spec.assertionCounters).toEqual(['plan']);
    expect(typed('tap', 'Test')?.id).toBe('tap.Test');
  });
});
