import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

describe('framework from imports', () => {
  it('knows each runner by its module', () => {
    const expected = {
      [`import { test } from 'vitest';`]: 'vitest',
      [`import { it, expect } from '@jest/globals';`]: 'jest',
      [`import test from 'node:test';`]: 'node',
      [`import { test } from 'test';`]: 'node',
      [`import { describe, test } from 'bun:test';`]: 'bun',
      [`import { test, expect } from '@playwright/test';`]: 'playwright',
      [`import { describe, it } from 'mocha';`]: 'mocha',
    };
    const detected = Object.keys(expected).map((code) => [code, analyse(code).file.framework]);
    expect(Object.fromEntries(detected)).toEqual(expected);
  });

  it('reads a runner that is only required (CommonJS)', () => {
    expect(analyse(`const { test } = require('node:test');`, { parser: 'js' }).file.framework).toBe('node');
  });

  it('reads a runner imported for its side effects only', () => {
    expect(analyse(`import 'vitest';\nit('x', () => {});`).file.framework).toBe('vitest');
  });

  it('ignores imports of libraries that are not runners', () => {
    expect(analyse(`import request from 'supertest';\nimport { screen } from '@testing-library/react';`).file.framework).toBeUndefined();
  });

  it('lets an import win over the configured framework', () => {
    expect(analyse(`import { test } from 'vitest';`, { settings: { framework: 'jest' } }).file.framework).toBe('vitest');
  });

  it('lets an import win over a marker global', () => {
    expect(analyse(`import { test } from 'node:test';\nafter(() => {});`).file.framework).toBe('node');
  });
});

describe('framework from globals', () => {
  it('knows vitest by vi, jest by jest, mocha by before/after', () => {
    const expected = {
      [`vi.fn();`]: 'vitest',
      [`jest.fn();`]: 'jest',
      [`before(() => {});`]: 'mocha',
      [`after(() => {});`]: 'mocha',
    };
    const detected = Object.keys(expected).map((code) => [code, analyse(code, { parser: 'js' }).file.framework]);
    expect(Object.fromEntries(detected)).toEqual(expected);
  });

  it('counts a global declared in the config (languageOptions.globals)', () => {
    expect(analyse(`vi.fn();`, { globals: { vi: 'readonly' } }).file.framework).toBe('vitest');
  });

  it('does not count a local binding named like a marker global', () => {
    expect(analyse(`const vi = { fn() {} };\nvi.fn();`).file.framework).toBeUndefined();
  });

  it('does not count describe/it, which every runner has', () => {
    expect(analyse(`describe('s', () => { it('x', () => {}); });`).file.framework).toBeUndefined();
  });
});

describe('framework from settings', () => {
  it('uses settings when neither imports nor marker globals say', () => {
    expect(analyse(`it('x', () => {});`, { settings: { framework: 'jest' } }).file.framework).toBe('jest');
  });

  it('prefers a marker global over the settings', () => {
    expect(analyse(`vi.fn();`, { settings: { framework: 'jest' } }).file.framework).toBe('vitest');
  });

  it('rejects an unknown framework name with a clear error', () => {
    expect(() => analyse(`it('x', () => {});`, { settings: { framework: 'jasmine' } })).toThrow(/framework must be one of/);
  });
});

describe('unknown framework', () => {
  it('is undefined for an empty file', () => {
    expect(analyse(``).file.framework).toBeUndefined();
  });
});
