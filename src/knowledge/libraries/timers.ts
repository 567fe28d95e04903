import type { LibraryKnowledge } from '../types';

/** `setInterval` keeps the process alive until `clearInterval`: an interval left running is an open handle. */
export const timers = {
  name: 'timers',
  modules: ['timers', 'node:timers'],
  exports: { setInterval: 'IntervalFn' },
  globals: { setInterval: 'IntervalFn' },
  kinds: {
    IntervalFn: { call: 'Interval' },
    Interval: { resource: { description: 'interval timer', closes: [], closedBy: ['clearInterval'] } },
  },
} as const satisfies LibraryKnowledge;
