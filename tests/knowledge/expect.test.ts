import { describe, expect, it } from 'vitest';
import { imported, resolve } from './helpers';

const settles = 'expect.AssertionResult promise assertion';

describe('expect', () => {
  it.each([
    ['import { expect }', 'expect.Expect', 'expect', []],
    ['import expect (default)', 'expect.Expect', 'default', []],
    ['expect(x)', 'expect.Assertion', 'expect', ['()']],
    ['expect(x).toBe(y) stays synchronous', 'value', 'expect', ['()', '.toBe()']],
    ['expect(x).not.toEqual(y) stays synchronous', 'value', 'expect', ['()', '.not', '.toEqual()']],
    ['expect(p).resolves', 'expect.AsyncAssertion', 'expect', ['()', '.resolves']],
    ['expect(p).resolves.toBe(y)', settles, 'expect', ['()', '.resolves', '.toBe()']],
    ['expect(p).rejects.toThrow()', settles, 'expect', ['()', '.rejects', '.toThrow()']],
    ['expect(p).resolves.not.toBe(y)', settles, 'expect', ['()', '.resolves', '.not', '.toBe()']],
    ['expect(x).not.resolves.toBe(y)', settles, 'expect', ['()', '.not', '.resolves', '.toBe()']],
    ['expect(x).toMatchFileSnapshot(path)', settles, 'expect', ['()', '.toMatchFileSnapshot()']],
    ['expect.poll(fn).toBe(y)', settles, 'expect', ['.poll()', '.toBe()']],
    ['expect.element(el).toBeVisible()', settles, 'expect', ['.element()', '.toBeVisible()']],
    ['expect.soft(x)', 'expect.Assertion', 'expect', ['.soft()']],
    ['expect.soft(x).toBe(y) stays synchronous', 'value', 'expect', ['.soft()', '.toBe()']],
    ['expect.assertions(n)', 'value', 'expect', ['.assertions()']],
    ['expect.any(Number)', 'value', 'expect', ['.any()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('expect', name, path)).toBe(gives);
  });

  it('matches the subject of expect(subject) and counts assertions through expect.assertions and expect.hasAssertions', () => {
    const expectKind = imported('expect', 'expect');
    expect(expectKind?.call?.kind?.spec.matchesSubject).toBe(true);
    expect(expectKind?.spec.matchesSubject).toBe(undefined);
    expect(expectKind?.spec.assertionCounters).toEqual(['assertions', 'hasAssertions']);
  });
});
