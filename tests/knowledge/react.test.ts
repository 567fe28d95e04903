import { describe, expect, it } from 'vitest';
import { kindAt } from './helpers';

describe('react', () => {
  it.each([
    ['import { useEffect }', true, 'useEffect', []],
    ['import { useLayoutEffect }', true, 'useLayoutEffect', []],
    ['import { useInsertionEffect }', true, 'useInsertionEffect', []],
    ['React.useEffect', true, 'default', ['.useEffect']],
    ['import * as React; React.useLayoutEffect', true, '*', ['.useLayoutEffect']],
    ['React.useState runs nothing later', undefined, 'default', ['.useState']],
    ['import { useCallback }', undefined, 'useCallback', []],
  ] as const)('%s detaches its callback: %s', (_code, detaches, name, path) => {
    expect(kindAt('react', name, path)?.spec.detachesCallback).toBe(detaches);
  });
});
