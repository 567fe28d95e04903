import type { LibraryKnowledge } from '../types';

/**
 * React's effect hooks run their callback after a render commits and ignore what it returns (an effect cannot be
 * async), so a promise started there (`useEffect(() => { load(); })` in a component written for a test) is React's
 * idiom, not a test's dropped promise.
 */
export const react = {
  name: 'react',
  modules: ['react'],
  moduleObject: 'React',
  exports: { default: 'React', useEffect: 'EffectHook', useLayoutEffect: 'EffectHook', useInsertionEffect: 'EffectHook' },
  kinds: {
    React: { properties: { useEffect: 'EffectHook', useLayoutEffect: 'EffectHook', useInsertionEffect: 'EffectHook' } },
    EffectHook: { detachesCallback: true },
  },
} as const satisfies LibraryKnowledge;
