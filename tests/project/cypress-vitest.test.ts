/**
 * Cypress beside vitest in one package: each file gets the runner whose config takes it (vitest's `include`, Cypress's
 * `e2e.specPattern` and `component.specPattern`), also when the file names neither runner, and the reports follow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { projectFactsOf } from '../../src/project/project';

const root = path.resolve(import.meta.dirname, '../fixtures/projects/cypress-vitest');
const fixture = (relative: string) => path.join(root, relative);

/** The reports of every rule on a fixture file, as `line:column rule messageId`; `framework` is the setting. */
function reportsOf(relative: string, framework?: string): string[] {
  const file = fixture(relative);
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { 'async-test': plugin },
    rules: plugin.configs.all.rules,
    settings: { 'async-test': { framework } },
  };
  return new Linter({ cwd: root })
    .verify(readFileSync(file, 'utf8'), [config] as Linter.Config[], { filename: file })
    .map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`);
}

describe('Cypress beside vitest', () => {
  it.each([
    { file: 'src/cart.test.ts', framework: 'vitest', why: "vitest's include, no Cypress pattern" },
    { file: 'src/badge.cy.ts', framework: 'cypress', why: "Cypress's component.specPattern; vitest's include wants .test.ts" },
    { file: 'cypress/e2e/login.cy.ts', framework: 'cypress', why: "Cypress's e2e.specPattern, though the file never names cy" },
    { file: 'cypress/e2e/checkout.cy.ts', framework: 'cypress', why: "Cypress's e2e.specPattern" },
  ])('$file: $framework ($why)', ({ file, framework }) => {
    expect(projectFactsOf(fixture(file)).framework).toBe(framework);
  });

  it.each([
    { file: 'cypress/support/e2e.ts', why: 'the support file is no spec' },
    { file: 'cypress/pages/login.ts', why: 'a page object is no spec' },
    { file: 'cypress/e2e/drafts/search.cy.ts', why: "the config's e2e.specPattern takes no subfolder, though Cypress's default would" },
  ])('$file: no runner ($why)', ({ file }) => {
    expect(projectFactsOf(fixture(file)).framework).toBeUndefined();
  });

  it('reads the Cypress config for its specs', () => {
    expect(projectFactsOf(fixture('cypress/e2e/login.cy.ts')).readFrom).toEqual([fixture('package.json'), fixture('cypress.config.ts')]);
  });

  it('the vitest test on globals: its unawaited .resolves is reported', () => {
    expect(reportsOf('src/cart.test.ts')).toEqual(['5:5 async-test/await-async-calls unawaitedAssertion']);
  });

  it('a spec with cy commands, their .then, cy.request, cy.task and cy.intercept: nothing is awaited, nothing is reported', () => {
    expect(reportsOf('cypress/e2e/checkout.cy.ts')).toEqual([]);
    expect(reportsOf('src/badge.cy.ts')).toEqual([]);
  });

  it('a spec whose commands come from a page object: `done` in the chain’s .then is not reported; read as mocha, it is', () => {
    expect(reportsOf('cypress/e2e/login.cy.ts')).toEqual([]);
    expect(reportsOf('cypress/e2e/login.cy.ts', 'mocha')).toEqual(['10:7 async-test/no-done-callback doneInThen']);
  });
});
