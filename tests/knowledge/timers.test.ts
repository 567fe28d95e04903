import { describe, expect, it } from 'vitest';
import { describeValue, follow, global, kindAt, resolve } from './helpers';

describe('timers', () => {
  it.each([
    ['setInterval(fn, ms)', 'timers.Interval', () => follow(global('setInterval', 'vitest'), ['()'])],
    ['setInterval under an unknown runner', 'timers.Interval', () => follow(global('setInterval', undefined), ['()'])],
    ['import { setInterval } from "node:timers"', 'timers.Interval', () => follow(kindAt('node:timers', 'setInterval'), ['()'])],
    ['setTimeout is no open handle it describes', undefined, () => follow(global('setTimeout', undefined), ['()'])],
  ] as const)('%s gives %s', (_code, gives, value) => {
    expect(describeValue(value())).toBe(gives);
  });

  it('an interval is closed by clearInterval(timer), not by a method', () => {
    const resource = kindAt('timers', 'setInterval', ['()'])?.spec.resource;
    expect(resource?.closes).toEqual([]);
    expect(resource?.closedBy).toEqual(['clearInterval']);
    expect(resource?.openedBy).toBe(undefined);
  });

  it('import { setInterval } from "timers/promises" is another library', () => {
    expect(resolve('timers/promises', 'setInterval', ['()'])).toBe(undefined);
  });
});
