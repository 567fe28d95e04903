/**
 * Cypress beside vitest in one package: each file gets the runner whose config takes it (vitest's `include`, Cypress's
 * `e2e.specPattern` and `component.specPattern`), also when the file names neither runner, and the reports follow.
 */
import { describe, expect, it } from 'vitest';
import { projectFactsOf } from '../../src/project/project';
import { fixture as projectFile, reportsOf as reportsInProjects } from './helpers';

const fixture = (relative: string) => projectFile(`cypress-vitest/${relative}`);
const reportsOf = (relative: string, framework?: string) => reportsInProjects(`cypress-vitest/${relative}`, framework);

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
