import { describe, expect, it } from 'vitest';
import type { KindFeature } from '../../src/knowledge';
import { analyse } from './helpers';

const features: readonly KindFeature[] = ['resource', 'transaction', 'blocks', 'callOverride'];

function reached(code: string, options: Parameters<typeof analyse>[1] = {}, among = features): KindFeature[] {
  const { file } = analyse(code, options);
  return among.filter((feature) => file.mayMeet(feature));
}

describe('features of the kinds a file can meet', () => {
  it('reaches nothing a rule looks for from a runner and an HTTP test client alone', () => {
    expect(reached(`import { it } from 'vitest';\nimport request from 'supertest';`)).toEqual([]);
  });

  it('reaches what an imported library makes', () => {
    expect(reached(`import knex from 'knex';`)).toEqual(['resource', 'transaction']);
    expect(reached(`const { execSync } = require('node:child_process');`, { parser: 'js' })).toEqual(['blocks']);
  });

  it('reaches functions whose call overrides (sinon, nock, bun:test spyOn), not member overrides such as vi.spyOn', () => {
    expect(reached(`import { stub } from 'sinon';`)).toEqual(['callOverride']);
    expect(reached(`import { spyOn } from 'bun:test';`)).toEqual(['callOverride']);
    expect(reached(`import { vi } from 'vitest';`)).toEqual([]);
  });

  it('reaches the kinds of the libraries a library names: express apps listen as node:http servers', () => {
    expect(reached(`import express from 'express';`)).toEqual(['resource']);
  });

  it('reaches what a free global makes', () => {
    expect(reached(`it('ticks', () => { setInterval(() => {}, 10); });`)).toEqual(['resource']);
    expect(reached(`it('loads', () => { new XMLHttpRequest(); });`)).toEqual(['blocks']);
  });

  it('reaches what a module required inside a function makes', () => {
    expect(reached(`it('x', () => { const pg = require('pg'); pg; });`, { parser: 'js' })).toEqual(['resource', 'transaction']);
  });

  it("reaches its runner's registrations: which take `done`, which define fixtures", () => {
    const runners: readonly KindFeature[] = ['doneCallback', 'fixtures'];
    const expected = {
      [`import { it } from 'vitest';`]: ['fixtures'],
      [`import { test } from '@playwright/test';`]: ['fixtures'],
      [`import { it } from '@jest/globals';`]: ['doneCallback'],
      [`import { it } from 'mocha';`]: ['doneCallback'],
      [`import test from 'node:test';`]: ['doneCallback'],
      // Unknown runner: a local module's `test` is taken for Playwright's.
      [`import { test } from './fixtures';`]: ['fixtures'],
    };
    const found = Object.keys(expected).map((code) => [code, reached(code, {}, runners)]);
    expect(Object.fromEntries(found)).toEqual(expected);
  });

  it("reaches a user's library by its module and by its globals", () => {
    const settings = {
      libraries: [
        {
          name: 'our-db',
          modules: ['@acme/db'],
          globals: { testDb: 'Db' },
          kinds: { Db: { resource: { description: 'database handle', closes: ['close'] }, methods: { close: 'promise' } } },
        },
      ],
    };
    expect(reached(`import { connect } from '@acme/db';`, { settings })).toEqual(['resource']);
    expect(reached(`it('x', () => testDb.close());`, { settings })).toEqual(['resource']);
    expect(reached(`import { it } from 'vitest';`, { settings })).toEqual([]);
  });
});
