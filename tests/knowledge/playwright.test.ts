import { describe, expect, it } from 'vitest';
import { frameworkOfModule } from '../../src/knowledge';
import { describeValue, follow, imported, kindAt, resolve } from './helpers';

const page = ['.extend', '()'] as const;

describe('playwright', () => {
  it.each(['@playwright/test', 'playwright/test'])('is recognised by %s', (module) => {
    expect(frameworkOfModule(module)).toBe('playwright');
  });

  it.each([
    ['import { test }', 'playwright.Test', 'test', []],
    ['import test (default)', 'playwright.Test', 'default', []],
    ['test.only', 'playwright.Test', 'test', ['.only']],
    ['test.skip', 'playwright.Annotation', 'test', ['.skip']],
    ['test.describe.serial', 'playwright.Describe', 'test', ['.describe', '.serial']],
    ['test.describe.configure(...)', 'value', 'test', ['.describe', '.configure()']],
    ['test.step(...)', 'promise', 'test', ['.step', '()']],
    ['test.extend({...})', 'playwright.Test', 'test', page],
    ['test.info()', 'value', 'test', ['.info()']],
    ['expect(x)', 'playwright.Assertion', 'expect', ['()']],
    ['expect(locator).toBeVisible()', 'expect.AssertionResult promise assertion', 'expect', ['()', '.toBeVisible()']],
    ['expect(locator).not.toHaveText(t)', 'expect.AssertionResult promise assertion', 'expect', ['()', '.not', '.toHaveText()']],
    ['expect(x).toBe(y) stays synchronous', 'value', 'expect', ['()', '.toBe()']],
    ['expect(p).resolves.toBe(y)', 'expect.AssertionResult promise assertion', 'expect', ['()', '.resolves', '.toBe()']],
    ['expect.soft(x)', 'playwright.Assertion', 'expect', ['.soft()']],
    ['expect.poll(fn)', 'expect.AsyncAssertion', 'expect', ['.poll()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('@playwright/test', name, path)).toBe(gives);
  });

  it.each([
    ['test', 'test', ['test'], []],
    ['test.describe', 'suite', ['test'], ['.describe']],
    ['test.beforeAll', 'beforeAll', ['test'], ['.beforeAll']],
    ['test.beforeEach', 'beforeEach', ['test'], ['.beforeEach']],
    ['test.afterAll', 'afterAll', ['test'], ['.afterAll']],
    ['test.afterEach', 'afterEach', ['test'], ['.afterEach']],
    ['test.step', 'step', ['test'], ['.step']],
    ['test.extend', 'fixtures', ['test'], ['.extend']],
    ['test.fixme (with a title)', 'test', ['test'], ['.fixme']],
  ] as const)('%s registers a %s', (_code, role, [name], path) => {
    const kind = kindAt('@playwright/test', name, path);
    expect(kind?.spec.callRole).toBe(role);
    // Playwright passes fixtures, never `done`.
    expect(kind?.spec.doneParam).toBe(undefined);
  });

  it('registers through an annotation only with a title: test.skip(cond) is an annotation', () => {
    expect(kindAt('@playwright/test', 'test', ['.skip'])?.spec.registersOnlyWithTitle).toBe(true);
    expect(kindAt('@playwright/test', 'test')?.spec.registersOnlyWithTitle).toBe(undefined);
  });

  describe('fixtures', () => {
    const fixtures = imported('@playwright/test', 'test')?.callbackContext;
    it('are passed to tests, hooks and extended tests', () => {
      expect(fixtures?.id).toBe('playwright.Fixtures');
      expect(kindAt('@playwright/test', 'test', ['.beforeEach'])?.callbackContext?.id).toBe('playwright.Fixtures');
      expect(kindAt('@playwright/test', 'test', page)?.callbackContext?.id).toBe('playwright.Fixtures');
    });

    it.each([
      ['{ page }', 'playwright.Page', ['.page']],
      ['{ context }', 'playwright.BrowserContext', ['.context']],
      ['{ request }', 'playwright.RequestContext', ['.request']],
      ['page.goto(url)', 'promise', ['.page', '.goto()']],
      ['page.click(sel)', 'promise', ['.page', '.click()']],
      ['page.keyboard.press(k)', 'promise', ['.page', '.keyboard', '.press()']],
      ['page.url() stays synchronous', 'value', ['.page', '.url()']],
      ['page.on(event, fn)', 'value', ['.page', '.on()']],
      ['page.locator(sel)', 'playwright.Locator', ['.page', '.locator()']],
      ['page.getByRole(r).first()', 'playwright.Locator', ['.page', '.getByRole()', '.first()']],
      ['locator.click()', 'promise', ['.page', '.locator()', '.click()']],
      ['locator.page()', 'playwright.Page', ['.page', '.locator()', '.page()']],
      ['request.get(url)', 'promise', ['.request', '.get()']],
      ['context.pages() stays synchronous', 'value', ['.context', '.pages()']],
      ['context.newPage()', 'promise', ['.context', '.newPage()']],
      ['browser.close()', 'promise', ['.browser', '.close()']],
    ] as const)('%s gives %s', (_code, gives, path) => {
      expect(describeValue(follow(fixtures, path))).toBe(gives);
    });
  });
});
