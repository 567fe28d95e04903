import { describe, expect, it } from 'vitest';
import { describeValue, follow, global } from './helpers';

describe('Promise', () => {
  it.each([
    ['Promise', 'Promise.PromiseConstructor', []],
    ['new Promise(executor)', 'promise', ['new']],
    ['Promise.all([...])', 'promise', ['.all()']],
    ['Promise.allSettled([...])', 'promise', ['.allSettled()']],
    ['Promise.race([...])', 'promise', ['.race()']],
    ['Promise.any([...])', 'promise', ['.any()']],
    ['Promise.resolve(x)', 'promise', ['.resolve()']],
    ['Promise.reject(e)', 'promise', ['.reject()']],
    ['Promise.try(fn)', 'promise', ['.try()']],
    ['Promise.withResolvers() gives an object, not a promise', 'value', ['.withResolvers()']],
    ['Promise(...) without new is not a call it describes', undefined, ['()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(describeValue(follow(global('Promise', undefined), path))).toBe(gives);
  });

  it('is a global under every runner', () => {
    expect(global('Promise', 'mocha')?.id).toBe('Promise.PromiseConstructor');
  });
});
