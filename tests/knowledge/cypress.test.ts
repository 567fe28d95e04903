import { describe, expect, it } from 'vitest';
import { frameworkOfModule, markerGlobalFramework, markerGlobalsFramework, runnerOf, typeReferenceFramework } from '../../src/knowledge';
import { describeValue, follow, global, kindAt, resolve } from './helpers';

describe('cypress', () => {
  it.each([
    ['cy', 'cypress'],
    ['Cypress', 'cypress'],
    ['describe marks no runner', undefined],
  ] as const)('the global %s marks a %s file', (name, framework) => {
    expect(markerGlobalFramework(name)).toBe(framework);
  });

  it.each([
    ['before, then cy: Cypress installs mocha’s API', ['before', 'cy'], 'cypress'],
    ['cy, then context', ['cy', 'context'], 'cypress'],
    ['before alone', ['before', 'describe'], 'mocha'],
    ['jest, then cy: Cypress does not run jest’s API', ['jest', 'cy'], 'jest'],
  ] as const)('globals %s mark %s', (_case, names, framework) => {
    expect(markerGlobalsFramework(names)).toBe(framework);
  });

  it.each([
    ['cypress', 'cypress'],
    ['node', undefined],
  ] as const)('/// <reference types="%s" /> marks %s', (types, framework) => {
    expect(typeReferenceFramework(types)).toBe(framework);
  });

  it.each(['cypress', 'cypress/react', 'cypress/vue'])('is recognised by %s', (module) => {
    expect(frameworkOfModule(module)).toBe('cypress');
  });

  it.each([
    ['describe', 'suite', undefined],
    ['context', 'suite', undefined],
    ['xdescribe', 'suite', undefined],
    ['it', 'test', 0],
    ['specify', 'test', 0],
    ['xit', 'test', 0],
    ['before', 'beforeAll', 0],
    ['beforeEach', 'beforeEach', 0],
    ['after', 'afterAll', 0],
    ['afterEach', 'afterEach', 0],
  ] as const)('the global %s registers a %s, done at %s (mocha’s own kind)', (name, role, done) => {
    const kind = global(name, 'cypress');
    expect(kind?.id.startsWith('mocha.')).toBe(true);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.spec.doneParam).toBe(done);
  });

  it.each([
    ['cy.get(s)', 'cypress.Chainable', ['.get()']],
    ['cy.get(s).click()', 'cypress.Chainable', ['.get()', '.click()']],
    ['cy.request(url).then(cb): a command, not a promise', 'cypress.Chainable', ['.request()', '.then()']],
    ['cy.wrap(p)', 'cypress.Chainable', ['.wrap()']],
    ['cy.wrap(p).then(cb)', 'cypress.Chainable', ['.wrap()', '.then()']],
    ['cy.intercept(route).as(name)', 'cypress.Chainable', ['.intercept()', '.as()']],
    ['cy.task(name).its(path).should(chain)', 'cypress.Chainable', ['.task()', '.its()', '.should()']],
    ['cy.fixture(file).then(cb)', 'cypress.Chainable', ['.fixture()', '.then()']],
    ['cy.login() (a custom command)', 'cypress.Chainable', ['.login()']],
    ['cy.on(event, cb)', 'value', ['.on()']],
    ['a chain is no thenable: awaiting it gives it back', 'cypress.Chainable', ['.get()', 'await']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(describeValue(follow(global('cy', 'cypress'), path))).toBe(gives);
  });

  it.each([
    ['Cypress.Commands.add(name, fn)', 'value', ['.Commands', '.add()']],
    ['Cypress.Commands.overwrite(name, fn)', 'value', ['.Commands', '.overwrite()']],
    ['Cypress.env(name)', 'value', ['.env()']],
    ['new Cypress.Promise(fn): Bluebird', 'promise', ['.Promise', 'new']],
    ['Cypress.Promise.all(ps)', 'promise', ['.Promise', '.all()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(describeValue(follow(global('Cypress', 'cypress'), path))).toBe(gives);
  });

  it('its expect is chai’s', () => {
    expect(global('expect', 'cypress')?.id).toBe('chai.Expect');
    expect(global('assert', 'cypress')?.id).toBe('chai.Assert');
  });

  it('mount from a component-testing entry point enqueues a command', () => {
    expect(resolve('cypress/react', 'mount', ['()'])).toBe('cypress.Chainable');
    expect(kindAt('cypress/react', 'mount', ['()', '.then()'])?.id).toBe('cypress.Chainable');
  });

  it.each([
    ['cy under mocha', 'cy', 'mocha', undefined],
    ['before under Cypress', 'before', 'cypress', 'mocha.BeforeAll'],
    ['before under mocha', 'before', 'mocha', 'mocha.BeforeAll'],
    ['before under jest', 'before', 'jest', undefined],
  ] as const)('global %s is %s', (_case, name, framework, kind) => {
    expect(global(name, framework)?.id).toBe(kind);
  });

  describe('runner', () => {
    const runner = runnerOf('cypress')!;

    it('collects like mocha and runs each spec file in its own window', () => {
      expect(runner).toMatchObject({ title: 'Cypress', suitePromise: 'ignored', isolatesFiles: true, testCallback: 'done' });
      expect(runner.hooks).toEqual({ beforeAll: 'before', afterEach: 'afterEach', afterAll: 'after' });
    });

    it('chooses silence where its behaviour was not checked', () => {
      expect(runner.failsOnUnhandledRejection).toBe(true);
    });

    it('reads its specs from e2e.specPattern and component.specPattern', () => {
      expect(runner.project).toMatchObject({
        packages: ['cypress'],
        command: 'cypress',
        testFilesOption: ['e2e.specPattern', 'component.specPattern'],
      });
      expect(runner.project?.configFiles).toContain('cypress.config.ts');
      expect(runner.project?.configFiles).toContain('cypress.json');
      expect(runner.project?.defaultTestFiles).toContain('cypress/e2e/**/*.cy.{js,jsx,ts,tsx}');
    });
  });
});
