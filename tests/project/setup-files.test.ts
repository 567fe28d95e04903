/** Setup files read without running them: what their root hooks undo around every test. */
import { describe, expect, it } from 'vitest';
import { rootHookUndos } from '../../src/project/setup-files';

describe('what root hooks undo', () => {
  it.each([
    {
      form: 'a top-level afterEach (vitest, jest)',
      text: `import { afterEach, vi } from 'vitest';\nafterEach(() => { vi.restoreAllMocks(); vi.unstubAllEnvs(); });`,
      undos: ['vitest#restoreAllMocks', 'vitest#unstubAllEnvs'],
    },
    { form: 'the runner global, with no import', text: `afterEach(() => jest.restoreAllMocks());`, undos: ['jest#restoreAllMocks'] },
    {
      form: "mocha's exports.mochaHooks",
      text: `const sinon = require('sinon');\nexports.mochaHooks = { afterEach() { sinon.restore(); } };`,
      undos: ['sinon#restore'],
    },
    {
      form: 'module.exports = { mochaHooks }, with a list of hooks',
      text: `const nock = require('nock');\nmodule.exports = { mochaHooks: { beforeEach: [function () { nock.cleanAll(); }] } };`,
      undos: ['nock#cleanAll'],
    },
    {
      form: 'export const mochaHooks',
      text: `import sinon from 'sinon';\nexport const mochaHooks = { afterEach: () => sinon.restore() };`,
      undos: ['sinon#restore'],
    },
  ])('$form', ({ text, undos }) => {
    expect(rootHookUndos(text)).toEqual(new Set(undos));
  });

  it.each([
    { case: 'an afterAll, which runs once', text: `import sinon from 'sinon';\nafterAll(() => sinon.restore());` },
    { case: 'an afterEach inside a describe', text: `import sinon from 'sinon';\ndescribe('s', () => { afterEach(() => sinon.restore()); });` },
    { case: 'a call on a value of no known library', text: `const helpers = require('./helpers');\nafterEach(() => helpers.restore());` },
    { case: 'a file that does not parse', text: `afterEach(() => {` },
  ])('nothing from $case', ({ text }) => {
    expect(rootHookUndos(text)).toEqual(new Set());
  });
});
