import { describe, expect, it } from 'vitest';
import { describeValue, follow, global, imported, resolve } from './helpers';

describe('fetch', () => {
  it.each([
    ['import { fetch } from "undici"; fetch(url)', 'promise', 'undici', 'fetch'],
    ['import { request } from "undici"; request(url)', 'promise', 'undici', 'request'],
    ['import fetch from "node-fetch"; fetch(url)', 'promise', 'node-fetch', 'default'],
    ['import fetch from "cross-fetch"; fetch(url)', 'promise', 'cross-fetch', 'default'],
    ['import { Agent } from "undici" is not described', undefined, 'undici', 'Agent'],
  ] as const)('%s gives %s', (_code, gives, module, name) => {
    expect(resolve(module, name, ['()'])).toBe(gives);
  });

  it("undici's request also has a callback form, which returns nothing", () => {
    expect(imported('undici', 'request')?.takesCallbacks).toBe(true);
    expect(imported('undici', 'fetch')?.takesCallbacks).toBe(false);
  });

  it.each(['vitest', 'jest', undefined] as const)('the global fetch(url) under %s gives a promise', (framework) => {
    expect(describeValue(follow(global('fetch', framework), ['()']))).toBe('promise');
  });
});
