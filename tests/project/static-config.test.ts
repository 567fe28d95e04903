/** Runner configs read without running them: the exported object, with what it states as literals, or the file's data. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfigFile, readConfigModule } from '../../src/project/static-config';

describe('the object a config module exports', () => {
  it.each([
    {
      form: 'defineConfig({…})',
      text: `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { restoreMocks: true } });`,
    },
    { form: 'defineConfig(() => ({…}))', text: `export default defineConfig(() => ({ test: { restoreMocks: true } }));` },
    {
      form: 'defineConfig(function () { return {…} })',
      text: `export default defineConfig(function () { return { test: { restoreMocks: true } }; });`,
    },
    { form: 'module.exports = {…}', text: `module.exports = { test: { restoreMocks: true } };` },
    { form: 'a const exported by name', text: `const config = { test: { restoreMocks: true } };\nexport default config;` },
    { form: 'TypeScript satisfies and as const', text: `export default ({ test: { restoreMocks: true } } satisfies object) as const;` },
    {
      form: 'mergeConfig keeps what its last object states',
      text: `export default mergeConfig(base, defineConfig({ test: { restoreMocks: true } }));`,
    },
  ])('$form', ({ text }) => {
    expect(readConfigModule(text).value).toEqual({ test: { restoreMocks: true } });
  });

  it('keeps literals and lists of literals, and leaves out what is computed', () => {
    const text = `module.exports = {
  testMatch: ['**/*.spec.js', \`**/*.e2e.js\`],
  roots: [path.join(__dirname, 'src')],
  restoreMocks: process.env.CI === 'true',
  clearMocks: false,
  ...shared,
  [dynamic]: true,
  timeout: 5000,
};`;
    expect(readConfigModule(text)).toEqual({
      value: { testMatch: ['**/*.spec.js', '**/*.e2e.js'], clearMocks: false, timeout: 5000 },
      unread: ['roots', 'restoreMocks', '…', '…'],
    });
  });

  it.each([
    { case: 'a config built by a call it does not know', text: `export default createConfig({ restoreMocks: true });` },
    { case: 'a module that exports nothing', text: `const config = { restoreMocks: true };` },
    { case: 'a module that does not parse', text: `export default {` },
  ])('nothing from $case', ({ text }) => {
    expect(readConfigModule(text)).toEqual({ unread: [] });
  });
});

describe('a config file, read by its extension', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'async-test-config-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const readAs = (name: string, text: string) => {
    writeFileSync(path.join(folder, name), text);
    return readConfigFile(path.join(folder, name));
  };

  it.each([
    { name: '.mocharc.yml', text: `# hooks\nrequire: test/setup.js\nspec:\n  - test/**/*.spec.js\nrecursive: true\n` },
    { name: '.mocharc.yaml', text: `require: test/setup.js\nspec: [test/**/*.spec.js]\nrecursive: true\n` },
    { name: '.mocharc.jsonc', text: `{\n  // hooks\n  "require": "test/setup.js", /* specs */ "spec": ["test/**/*.spec.js"], "recursive": true\n}` },
    {
      name: '.mocharc.json',
      text: `{ "require": "test/setup.js", "spec": ["test/**/*.spec.js"], // mocha strips comments here too\n "recursive": true }`,
    },
    { name: '.mocharc.cjs', text: `module.exports = { require: 'test/setup.js', spec: ['test/**/*.spec.js'], recursive: true };` },
  ])('$name', ({ name, text }) => {
    expect(readAs(name, text)).toEqual({ value: { require: 'test/setup.js', spec: ['test/**/*.spec.js'], recursive: true }, unread: [] });
  });

  it.each([
    { case: 'JSON with a trailing comma (mocha refuses it)', name: 'trailing.json', text: `{ "spec": "test", }` },
    { case: 'YAML that does not parse', name: 'broken.yml', text: `spec: [test\n  recursive: : true` },
  ])('nothing from $case', ({ name, text }) => {
    expect(readAs(name, text)).toEqual({ value: undefined, unread: [] });
  });

  it('no file, no reading', () => {
    expect(readConfigFile(path.join(folder, 'missing.yml'))).toBeUndefined();
  });
});
