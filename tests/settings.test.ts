/**
 * `settings['async-test']`: every mistake, a misspelt name included, is one error that names the setting's path and,
 * for a misspelling, the name it stands for; the `eslint` command shows that message first, not the rule that was
 * being created when the settings were read.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../src/settings';
import { repository, temporaryProject, type Project } from './integrations/workspace';

const at = "eslint-plugin-async-test: settings['async-test']";
const settingsList = '(allowed: framework, asyncFunctions, runnerConfig, libraries)';

function messageFor(settings: unknown): string {
  try {
    readSettings({ 'async-test': settings });
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('settings that are accepted', () => {
  it('reads every setting', () => {
    const settings = readSettings({
      'async-test': {
        framework: 'jest',
        asyncFunctions: ['seedDatabase', { name: 'api.post', module: './helpers/api.js' }],
        runnerConfig: { restoreMocks: true, unstubEnvs: false },
        libraries: [],
      },
    });
    expect(settings.framework).toBe('jest');
    expect(settings.asyncFunctions).toEqual([{ name: 'seedDatabase' }, { name: 'api.post', module: './helpers/api.js' }]);
    expect(settings.runnerConfig).toEqual({ restoreMocks: true, unstubEnvs: false });
  });

  it('accepts no settings at all, and an empty object', () => {
    expect(messageFor({})).toBe('accepted');
    expect(readSettings({}).asyncFunctions).toEqual([]);
  });
});

describe('a misspelt or misplaced name', () => {
  it.each([
    ['a setting with a letter too many', { frameworks: 'jest' }, `${at}.frameworks is not a setting ${settingsList}; did you mean "framework"?`],
    ['a setting in the wrong case', { RunnerConfig: {} }, `${at}.RunnerConfig is not a setting ${settingsList}; did you mean "runnerConfig"?`],
    ['a setting in the singular', { library: [] }, `${at}.library is not a setting ${settingsList}; did you mean "libraries"?`],
    ['a setting the plugin does not have', { timeout: 5000 }, `${at}.timeout is not a setting ${settingsList}.`],
    [
      'a runner option at the top level',
      { restoreMocks: true },
      `${at}.restoreMocks is not a setting: runner options go under runnerConfig, as in { runnerConfig: { restoreMocks: true } }.`,
    ],
    [
      'a misspelt runner option',
      { runnerConfig: { restoreMock: true } },
      `${at}.runnerConfig.restoreMock is not a runner option the plugin reads (allowed: restoreMocks, unstubEnvs, unstubGlobals); did you mean "restoreMocks"?`,
    ],
    [
      'a runner option the plugin does not read',
      { runnerConfig: { clearMocks: true } },
      `${at}.runnerConfig.clearMocks is not a runner option the plugin reads (allowed: restoreMocks, unstubEnvs, unstubGlobals).`,
    ],
    [
      'a misspelt field of an async function',
      { asyncFunctions: [{ name: 'seed', modul: './db' }] },
      `${at}.asyncFunctions[0].modul is not a field of an async function (allowed: name, module); did you mean "module"?`,
    ],
    [
      'a misspelt framework',
      { framework: 'vitset' },
      `${at}.framework must be one of "jest", "vitest", "mocha", "node", "bun", "playwright", "cypress"; got "vitset"; did you mean "vitest"?`,
    ],
  ])('%s', (_, settings, message) => {
    expect(messageFor(settings)).toBe(message);
  });
});

describe('a value of the wrong type', () => {
  it.each([
    ['settings that are no object', 'jest', `${at} must be an object such as { framework: "jest" }; got "jest".`],
    [
      'a framework the plugin does not know',
      { framework: 'jasmine' },
      `${at}.framework must be one of "jest", "vitest", "mocha", "node", "bun", "playwright", "cypress"; got "jasmine".`,
    ],
    [
      'a runner option that is no boolean',
      { runnerConfig: { restoreMocks: 'yes' } },
      `${at}.runnerConfig.restoreMocks must be true or false; got "yes".`,
    ],
    ['runnerConfig that is no object', { runnerConfig: true }, `${at}.runnerConfig must be an object such as { restoreMocks: true }; got true.`],
    [
      'asyncFunctions that is no array',
      { asyncFunctions: 'seed' },
      `${at}.asyncFunctions must be an array of callee names ("seedDatabase") or { name, module } objects; got "seed".`,
    ],
    [
      'an async function without a name',
      { asyncFunctions: [{ module: './db' }] },
      `${at}.asyncFunctions[0].name must be a callee name such as "seedDatabase" or "api.post"; got undefined.`,
    ],
    [
      'an async function with a module that is no string',
      { asyncFunctions: [{ name: 'seed', module: 1 }] },
      `${at}.asyncFunctions[0].module must be a module name such as "./helpers/api.js"; got 1.`,
    ],
    [
      'an async function that is neither a name nor an object',
      { asyncFunctions: [1] },
      `${at}.asyncFunctions[0] must be a callee name such as "seedDatabase" or an object { name, module? }; got 1.`,
    ],
    ['libraries that is no array', { libraries: {} }, `${at}.libraries must be an array of library descriptions; got {}.`],
  ])('%s', (_, settings, message) => {
    expect(messageFor(settings)).toBe(message);
  });
});

describe('the eslint command, given a misspelt setting', () => {
  let project: Project;

  beforeAll(() => {
    project = temporaryProject('settings');
    writeFileSync(
      project.path('eslint.config.mjs'),
      [
        "import asyncTest from 'eslint-plugin-async-test';",
        '',
        "export default [asyncTest.configs.recommended, { settings: { 'async-test': { frameworks: 'jest' } } }];",
        '',
      ].join('\n'),
    );
    writeFileSync(project.path('users.test.js'), "it('lists', async () => {\n  fetch('/users');\n});\n");
  });

  afterAll(() => project?.remove());

  it('prints the setting and its close match first, not the rule that was loading', () => {
    const result = spawnSync(process.execPath, [`${repository}/node_modules/eslint/bin/eslint.js`, 'users.test.js'], {
      cwd: project.folder,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    const message = result.stderr.split('\n').find((line) => line.trim() !== '' && !/^(Oops|ESLint:)/.test(line));
    expect(message).toBe(`${at}.frameworks is not a setting ${settingsList}; did you mean "framework"?`);
    expect(result.stderr).not.toContain('Error while loading rule');
  });
});
