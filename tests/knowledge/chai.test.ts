import { describe, expect, it } from 'vitest';
import { valuePropertyKind } from '../../src/knowledge';
import { describeValue, imported, resolve } from './helpers';

const settles = 'chai.AsyncAssertion promise assertion';

describe('chai', () => {
  it.each([
    ['import { expect }', 'chai.Expect', 'expect', []],
    ['expect(x)', 'chai.Assertion', 'expect', ['()']],
    ['expect(x).to.equal(y) stays synchronous', 'chai.Assertion', 'expect', ['()', '.to', '.equal()']],
    ['expect(x).to.be.true', 'chai.Assertion', 'expect', ['()', '.to', '.be', '.true']],
    ['expect(p).to.eventually', settles, 'expect', ['()', '.to', '.eventually']],
    ['expect(p).to.eventually.equal(y)', settles, 'expect', ['()', '.to', '.eventually', '.equal()']],
    ['expect(p).to.be.fulfilled', settles, 'expect', ['()', '.to', '.be', '.fulfilled']],
    ['expect(p).to.be.rejected', settles, 'expect', ['()', '.to', '.be', '.rejected']],
    ['expect(p).to.be.rejectedWith(Error)', settles, 'expect', ['()', '.to', '.be', '.rejectedWith()']],
    ['expect(p).to.become(y)', settles, 'expect', ['()', '.to', '.become()']],
    ['import { assert }', 'chai.Assert', 'assert', []],
    ['assert.equal(x, y) stays synchronous', 'value', 'assert', ['.equal()']],
    ['assert.isFulfilled(p)', settles, 'assert', ['.isFulfilled()']],
    ['assert.isRejected(p)', settles, 'assert', ['.isRejected()']],
    ['assert.becomes(p, y)', settles, 'assert', ['.becomes()']],
    ['assert.eventually.equal(p, y)', settles, 'assert', ['.eventually', '.equal()']],
    ['chai has no default export', undefined, 'default', []],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('chai', name, path)).toBe(gives);
  });

  it('assertions from chai-as-promised are the same kinds', () => {
    expect(resolve('chai-as-promised', 'expect', ['()', '.to', '.eventually'])).toBe(settles);
  });

  it('asserts through expect chains and assert', () => {
    expect(imported('chai', 'expect')?.call?.kind?.spec.asserts).toBe(true);
    expect(imported('chai', 'assert')?.spec.asserts).toBe(true);
  });

  it.each([
    ['x.should with chai imported', 'chai.Assertion', ['chai']],
    ['x.should with chai-as-promised imported', 'chai.Assertion', ['chai-as-promised']],
    ['x.should with nothing imported', undefined, ['vitest']],
  ] as const)('%s is %s', (_code, kind, modules) => {
    expect(valuePropertyKind('should', new Set(modules))?.id).toBe(kind);
  });

  it('x.should.eventually.equal(y) settles an assertion', () => {
    const should = valuePropertyKind('should', new Set(['chai']));
    expect(describeValue(should?.property('eventually')?.methodResult('equal'))).toBe(settles);
  });
});
