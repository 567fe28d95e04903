/**
 * The built package as a user gets it: `dist/` loaded by `require` and by `import` in a separate Node.js process, its
 * plugin object, its rules' docs, and its presets linting a flawed test with ESLint's `Linter`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

type Plugin = typeof import('../src/index');

const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'dist/src/index.js');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const plugin = createRequire(import.meta.url)(entry) as Plugin;

/** Runs a script in a fresh Node.js process and parses the JSON it prints. */
function runNode(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}
const summary = (binding: string) =>
  `console.log(JSON.stringify({ meta: ${binding}.meta, rules: Object.keys(${binding}.rules), configs: Object.keys(${binding}.configs) }))`;
const expectedSummary = () => ({
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'async-test' },
  rules: Object.keys(plugin.rules),
  configs: Object.keys(plugin.configs),
});

describe('loading the built package', () => {
  it('loads with require', () => {
    expect(runNode(['-e', `const p = require(${JSON.stringify(entry)}); ${summary('p')}`])).toEqual(expectedSummary());
  });

  it('loads with import', () => {
    const url = pathToFileURL(entry).href;
    expect(runNode(['--input-type=module', '-e', `import p from ${JSON.stringify(url)}; ${summary('p')}`])).toEqual(expectedSummary());
  });

  it('loads by its package name, through the exports map, both ways', () => {
    expect(runNode(['-e', `const p = require(${JSON.stringify(packageJson.name)}); ${summary('p')}`])).toEqual(expectedSummary());
    expect(runNode(['--input-type=module', '-e', `import p from ${JSON.stringify(packageJson.name)}; ${summary('p')}`])).toEqual(expectedSummary());
  });
});

describe('the plugin object', () => {
  it('has meta with the package name, version and the async-test namespace', () => {
    expect(plugin.meta.name).toBe('eslint-plugin-async-test');
    expect(plugin.meta.namespace).toBe('async-test');
    expect(plugin.meta.version).toBe(packageJson.version);
  });

  it('registers every file in rules/', () => {
    const files = readdirSync(path.join(root, 'rules'))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    expect(Object.keys(plugin.rules).sort()).toEqual(files.sort());
  });

  for (const [id, rule] of Object.entries(plugin.rules)) {
    it(`${id}: its docs url points at docs/rules/${id}.md, which exists`, () => {
      expect(rule.meta?.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
      expect(existsSync(path.join(root, 'docs/rules', `${id}.md`))).toBe(true);
    });

    it(`${id}: has the meta every rule must have`, () => {
      const meta = rule.meta!;
      expect(meta.type).toBe('problem');
      expect(meta.docs?.description).toBeTruthy();
      const schema = Array.isArray(meta.schema) ? meta.schema : [];
      // A rule with options states their defaults; one without options has an empty schema and no defaults.
      if (schema.length > 0) expect(meta.defaultOptions).toBeDefined();
      for (const option of schema as { properties?: Record<string, { description?: string }> }[]) {
        for (const [name, property] of Object.entries(option.properties ?? {})) {
          expect(property.description, `option ${name} has no description`).toBeTruthy();
        }
      }
    });
  }

  for (const [name, config] of Object.entries(plugin.configs).filter(([name]) => name !== 'disable-peer-overlap')) {
    it(`preset ${name} is a flat config with test-file globs and the plugin`, () => {
      expect(Array.isArray(config.files) && config.files.length > 0).toBe(true);
      expect(config.plugins?.['async-test']).toBe(plugin);
      for (const ruleId of Object.keys(config.rules ?? {})) expect(ruleId).toMatch(/^async-test\//);
    });
  }
});

describe('package metadata', () => {
  const metadata = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    license: string;
    homepage: string;
    repository: { type: string; url: string };
    bugs: { url: string };
  };
  const repository = 'https://github.com/eslint-plugin-async-test/eslint-plugin-async-test';

  it('repository, homepage and bugs name the repository that the rule docs link to', () => {
    expect(metadata.repository).toEqual({ type: 'git', url: `git+${repository}.git` });
    expect(metadata.homepage).toBe(`${repository}#readme`);
    expect(metadata.bugs).toEqual({ url: `${repository}/issues` });
    for (const rule of Object.values(plugin.rules)) expect(rule.meta?.docs?.url).toMatch(new RegExp(`^${repository}/blob/main/docs/rules/`));
  });

  it('has the MIT LICENSE that package.json names, and npm packs it', () => {
    expect(metadata.license).toBe('MIT');
    const license = readFileSync(path.join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} eslint-plugin-async-test contributors\n/);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as {
      files: { path: string }[];
    }[];
    expect(packed!.files.map((file) => file.path)).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
  }, 60_000);
});

describe('habits from other plugins', () => {
  const flawed = `import { expect, test } from 'vitest';\ntest('a', () => {\n  expect(fetch('/a')).toBeTruthy();\n});\n`;
  const filename = path.join(root, 'src/users.test.js');
  const reportsOf = (config: Linter.Config[]) =>
    new Linter({ configType: 'flat', cwd: root }).verify(flawed, config, filename).map((message) => message.ruleId);

  it("typescript-eslint's: spreading a config, `[...configs.recommended]`, gives the config itself", () => {
    for (const [name, config] of Object.entries(plugin.configs)) expect([...config], name).toEqual([config]);
    expect(reportsOf([...plugin.configs.recommended])).toEqual(['async-test/await-async-calls']);
    // A copy of a config is a plain config: the spreading is not copied along.
    expect(Object.getOwnPropertySymbols({ ...plugin.configs.recommended })).toEqual([]);
  });

  it("eslint-plugin-jest's: `configs['flat/recommended']` is `configs.recommended`, and so for every config", () => {
    for (const name of Object.keys(plugin.configs) as (keyof typeof plugin.configs)[]) {
      expect(plugin.configs[`flat/${name}` as keyof typeof plugin.configs], name).toBe(plugin.configs[name]);
    }
    expect(reportsOf([plugin.configs['flat/recommended']])).toEqual(['async-test/await-async-calls']);
    // Listed once: the names are not enumerable.
    expect(Object.keys(plugin.configs).filter((name) => name.startsWith('flat/'))).toEqual([]);
  });
});

describe('the presets under ESLint 10', () => {
  const flawed = `import { expect, test } from 'vitest';

test('finds the user', () => {
  expect(fetch('/users/42')).toBeTruthy();
});
`;
  const reportsOf = (messages: Linter.LintMessage[]) => messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);

  it('is ESLint 10', () => {
    expect(Linter.version).toMatch(/^10\./);
  });

  for (const name of ['recommended', 'all'] as const) {
    it(`${name} reports the flawed test, and leaves files that are not tests alone`, () => {
      const linter = new Linter({ configType: 'flat', cwd: root });
      const config = [plugin.configs[name]];
      expect(reportsOf(linter.verify(flawed, config, path.join(root, 'src/users.test.js')))).toEqual(['async-test/await-async-calls']);
      expect(reportsOf(linter.verify(flawed, config, path.join(root, 'src/users.js')))).toEqual([]);
    });
  }

  describe('recommended-type-checked', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'async-test-package-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('parses TypeScript with type information and reports the flawed test', () => {
      const compilerOptions = { strict: true, target: 'ES2022', module: 'nodenext', noEmit: true, skipLibCheck: true, types: [] };
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['**/*.ts'] }));
      // Only the type checker knows that `create` returns a promise.
      // mocha loses the rejection of a dropped promise, so recommended reports it there.
      const typed = `import { test } from 'mocha';

interface Users {
  create(name: string): Promise<{ id: number }>;
}
declare const users: Users;

test('creates a user', () => {
  users.create('ann');
});
`;
      const filename = path.join(dir, 'users.test.ts');
      writeFileSync(filename, typed);
      const preset = plugin.configs['recommended-type-checked'];
      const config = [preset, { languageOptions: { parserOptions: { tsconfigRootDir: dir } } }];
      const messages = new Linter({ configType: 'flat', cwd: dir }).verify(typed, config, filename);
      expect(reportsOf(messages)).toEqual(['async-test/await-async-calls']);
    });
  });
});
