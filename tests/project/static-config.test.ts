/** Runner configs read without running them: the exported object, with what it states as literals. */
import { describe, expect, it } from 'vitest';
import { readConfigModule } from '../../src/project/static-config';

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
    expect(readConfigModule(text)).toEqual({ test: { restoreMocks: true } });
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
    expect(readConfigModule(text)).toEqual({ testMatch: ['**/*.spec.js', '**/*.e2e.js'], clearMocks: false, timeout: 5000 });
  });

  it.each([
    { case: 'a config built by a call it does not know', text: `export default createConfig({ restoreMocks: true });` },
    { case: 'a module that exports nothing', text: `const config = { restoreMocks: true };` },
    { case: 'a module that does not parse', text: `export default {` },
  ])('nothing from $case', ({ text }) => {
    expect(readConfigModule(text)).toBeUndefined();
  });
});
