import { describe, expect, it } from 'vitest';
import { CalleeKeys } from '../../src/analysis/callee-keys';
import { analyse } from './helpers';

describe('CalleeKeys', () => {
  const file = analyse(`
    import { save, save as store } from 'db';
    import * as db from 'db';
    import { save as other } from 'other-db';
    const repo = makeRepo();
    save();
    store();
    other();
    db.save();
    repo.users.save();
    repo.users.save();
    (repo as Repo).users.save();
    fetch('/a');
    fetch('/b');
    function first() { const repo = makeRepo(); repo.users.save(); }
    repo[name]();
    makeRepo().save();
    this.save();
  `);
  const keys = new CalleeKeys(file.file.bindings);
  const keyOf = (callee: string, index?: number) => keys.of(file.call(callee, index).callee);

  it('gives an import the same key under any local name, and another module or export another key', () => {
    expect(keyOf('save')).toBe(keyOf('store'));
    expect(new Set([keyOf('save'), keyOf('other'), keyOf('db.save')]).size).toBe(3);
  });

  it('gives the same local variable and member path the same key, through TypeScript assertions', () => {
    expect(keyOf('repo.users.save', 0)).toBeDefined();
    expect(keyOf('repo.users.save', 1)).toBe(keyOf('repo.users.save', 0));
    expect(keyOf('(repo as Repo).users.save')).toBe(keyOf('repo.users.save', 0));
  });

  it('tells apart two variables of the same name', () => {
    expect(keyOf('repo.users.save', 2)).not.toBe(keyOf('repo.users.save', 0));
  });

  it('gives a global one key', () => {
    expect(keyOf('fetch', 0)).toBe(keyOf('fetch', 1));
  });

  it('gives no key to a computed member, a call result or this', () => {
    expect([keyOf('repo[name]'), keyOf('makeRepo().save'), keyOf('this.save')]).toEqual([undefined, undefined, undefined]);
  });
});
