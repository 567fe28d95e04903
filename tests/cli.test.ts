/** The `async-test-lint` command, run as users run it: the built bin under node, in a child process. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import plugin from '../src/index';

const root = path.resolve(__dirname, '..');
const bin = path.join(root, 'dist/src/cli/bin.js');
const examples = path.join(root, 'examples');
const ruleId = 'async-test/await-async-calls';
const flawedExamples = [
  'jest/inventory.test.js',
  'jest/orders.test.js',
  'mocha/auth.spec.js',
  'playwright/login.spec.ts',
  'vitest/alerts.test.ts',
  'vitest/users-api.test.ts',
];
const fixedExample = 'vitest/users-api.fixed.test.ts';
// Their mistakes fail under their runners, only late (jest and node:test report a dropped promise's rejection): `strict` reports them.
const strictOnlyExamples = ['jest/cart.test.jsx', 'node-test/health.test.mjs'];

interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  message: string;
  fatal?: boolean;
  fix?: unknown;
  line: number;
}

interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

function cli(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lintJson(args: string[], cwd = root) {
  const result = cli([...args, '--format', 'json'], cwd);
  return { ...result, results: JSON.parse(result.stdout) as LintResult[] };
}

const temporaryFolders: string[] = [];

function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'async-test-lint-'));
  temporaryFolders.push(folder);
  return folder;
}

function write(folder: string, file: string, text: string): string {
  const target = path.join(folder, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

beforeAll(() => {
  expect(existsSync(bin), `${bin} is missing: run \`npm run build\` first`).toBe(true);
});

afterEach(() => {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the demo over examples/', () => {
  it('reports the flawed examples and exits with 1', () => {
    const { status, stdout, stderr } = cli(['examples']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain(ruleId);
    for (const file of flawedExamples) expect(stdout).toContain(path.join(examples, file));
    expect(stdout).not.toContain(fixedExample);
    expect(stdout).not.toContain('Parsing error');
  });

  it('gives the same findings as JSON, each with its rule id, and parses every example', () => {
    const { status, results } = lintJson(['examples']);
    expect(status).toBe(1);
    const byFile = new Map(results.map((result) => [path.relative(examples, result.filePath), result.messages]));
    expect([...byFile.keys()].sort()).toEqual([...flawedExamples, ...strictOnlyExamples, fixedExample].sort());
    for (const file of flawedExamples) {
      const messages = byFile.get(file) ?? [];
      expect(messages.length, file).toBeGreaterThan(0);
      expect(
        messages.every((message) => message.ruleId?.startsWith('async-test/') && message.fatal !== true),
        file,
      ).toBe(true);
    }
    expect(byFile.get(fixedExample)).toEqual([]);
    for (const file of strictOnlyExamples) expect(byFile.get(file), file).toEqual([]);
  });

  it('reports each mistake of an example at its line', () => {
    const { results } = lintJson(['examples/mocha/auth.spec.js']);
    expect(results).toHaveLength(1);
    expect(results[0]!.messages.map(({ line, messageId }) => [line, messageId])).toEqual([
      [21, 'unawaitedAssertion'],
      [25, 'unawaitedAssertion'],
      [35, 'unawaitedAssertion'],
    ]);
  });
});

describe('usage errors: one line on stderr, exit code 2', () => {
  it('names a path that does not exist', () => {
    const { status, stdout, stderr } = cli(['examples', 'does-not-exist']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('async-test-lint: no such file or directory: does-not-exist\n');
  });

  it('names an unknown option', () => {
    const { status, stdout, stderr } = cli(['--bogus', 'examples']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('async-test-lint: unknown option --bogus (see --help)\n');
  });

  it.each([
    [['--max-warnings', 'lots'], '--max-warnings expects a whole number of warnings, not "lots"'],
    [['--max-warnings', '1.5'], '--max-warnings expects a whole number of warnings, not "1.5"'],
    [['--max-warnings=-1'], '--max-warnings expects a whole number of warnings, not "-1"'],
    [['--max-warnings', '-1'], '--max-warnings needs a value; write --max-warnings=<value> for a value that starts with "-" (see --help)'],
  ])('refuses %j', (args, message) => {
    const { status, stdout, stderr } = cli([...args, 'examples']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`async-test-lint: ${message}\n`);
  });

  it('refuses --max-warnings without a value', () => {
    const { status, stderr } = cli(['examples', '--max-warnings']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^async-test-lint: option '--max-warnings <value>' argument missing \(see --help\)\n$/);
  });

  it('refuses an unknown format', () => {
    const { status, stdout, stderr } = cli(['--format', 'xml', 'examples']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('async-test-lint: unknown format "xml" (use stylish, json or sarif)\n');
  });
});

describe('--fix', () => {
  it('awaits what it can in a copy of the examples, which still parses', () => {
    const folder = temporaryFolder();
    cpSync(examples, folder, { recursive: true });
    const before = lintJson([folder], root).results.flatMap((result) => result.messages);
    const fixable = before.filter((message) => message.fix !== undefined);
    expect(fixable.length).toBeGreaterThan(0);

    const { status } = cli(['--fix', folder], root);
    expect(status).toBe(1); // the mistakes that only have suggestions are left
    const after = lintJson([folder], root).results.flatMap((result) => result.messages);
    expect(after.filter((message) => message.fatal === true)).toEqual([]);
    expect(after.filter((message) => message.fix !== undefined)).toEqual([]);
    // Only reports without a fix remain; a fix of one rule may settle another's report (passing `done` instead of
    // calling it makes the request callback style), so they are a part of those.
    const withoutFix = before.filter((message) => message.fix === undefined).map((message) => message.messageId);
    for (const message of after) {
      expect(withoutFix, message.messageId).toContain(message.messageId);
      withoutFix.splice(withoutFix.indexOf(message.messageId), 1);
    }

    const fixed = readFileSync(path.join(folder, 'mocha/auth.spec.js'), 'utf8');
    expect(fixed).toContain("await expect(login('ada', 'wrong')).to.be.rejectedWith('invalid credentials');");
    expect(fixed).toContain('await expect(refreshToken(session)).to.be.rejected;');
  });

  it('leaves a file with nothing to report and exit code 0 when every mistake has a fix', () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'auth.spec.js');
    cpSync(path.join(examples, 'mocha/auth.spec.js'), file);
    cpSync(path.join(examples, 'mocha/package.json'), path.join(folder, 'package.json'));
    expect(cli(['--fix', folder]).status).toBe(0);
    const { status, results } = lintJson([folder]);
    expect(status).toBe(0);
    expect(results).toEqual([expect.objectContaining({ filePath: file, messages: [] })]);
    expect(readFileSync(file, 'utf8')).toContain("it('logs in with the right password', async function () {");
  });
});

describe('which files are linted', () => {
  it('says so, and exits with 0, when a folder has no test files', () => {
    const folder = temporaryFolder();
    // Not a test file, and not even valid JavaScript: it must not be linted at all.
    write(folder, 'src/index.js', 'export const broken = ;\n');
    const { status, stdout, stderr } = cli([folder]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(`async-test-lint: no test files found under ${folder}\n`);
  });

  it('keeps JSON output valid when there are no test files', () => {
    const folder = temporaryFolder();
    const { status, results, stderr } = lintJson([folder]);
    expect(status).toBe(0);
    expect(results).toEqual([]);
    expect(stderr).toBe(`async-test-lint: no test files found under ${folder}\n`);
  });

  it('skips the copies in node_modules, dist, coverage, .cache and the root build folder, without a .gitignore', () => {
    const folder = temporaryFolder();
    const flawed = "import { it } from 'mocha';\nit('x', async () => {\n  fetch('/x');\n});\n";
    write(folder, 'node_modules/lib/tests/a.test.js', flawed);
    write(folder, 'dist/a.test.js', flawed);
    write(folder, 'coverage/lcov-report/tests/a.test.js', flawed);
    write(folder, 'packages/app/coverage/a.test.js', flawed);
    write(folder, 'build/tests/a.test.js', flawed);
    write(folder, '.cache/babel/a.test.js', flawed);
    const linted = write(folder, 'tests/a.js', flawed);
    // A test folder named build below the root holds suites (tests of a build step).
    const buildSuite = write(folder, 'tests/build/a.test.js', flawed);
    const { status, results } = lintJson(['.'], folder);
    expect(status).toBe(1);
    expect(results.map((result) => result.filePath).sort()).toEqual([linted, buildSuite].sort());
  });

  it('parses TypeScript with JSX in .tsx test files', () => {
    const folder = temporaryFolder();
    write(
      folder,
      'Button.test.tsx',
      [
        "import { render, screen } from '@testing-library/react';",
        "import { it } from 'mocha';",
        "import { Button } from './Button';",
        '',
        "it('renders', () => {",
        "  const label: string = 'Save';",
        '  render(<Button label={label} />);',
        '  screen.findByText(label);',
        '});',
        '',
      ].join('\n'),
    );
    const { results } = lintJson([folder]);
    expect(results[0]!.messages.map(({ ruleId: id, line, fatal }) => ({ id, line, fatal }))).toEqual([{ id: ruleId, line: 8, fatal: undefined }]);
  });
});

describe('the project around the files', () => {
  const asyncSuite = "describe('users', async () => {\n  it('lists', () => {});\n});\n";

  it('skips what the .gitignore at the project root and --ignore-pattern name (coverage copies, old suites)', () => {
    const folder = temporaryFolder();
    write(folder, 'package.json', '{ "devDependencies": { "jest": "^30.0.0" } }\n');
    write(folder, '.gitignore', '# reports\ncoverage/\n!coverage/keep.test.js\n');
    const linted = write(folder, 'tests/users.test.js', asyncSuite);
    write(folder, 'coverage/tests/users.test.js', asyncSuite);
    write(folder, 'legacy/users.test.js', asyncSuite);
    const { status, results } = lintJson(['.', '--ignore-pattern', 'legacy/**'], folder);
    expect(status).toBe(1);
    expect(results.map((result) => result.filePath)).toEqual([linted]);
  });

  it('ends the stylish output with the runner each project names, or says it could not tell', () => {
    const folder = temporaryFolder();
    write(folder, 'jest-app/package.json', '{ "scripts": { "test": "jest" } }\n');
    write(folder, 'jest-app/tests/users.test.js', asyncSuite);
    write(folder, 'unknown/package.json', '{ "name": "unknown" }\n');
    write(folder, 'unknown/tests/users.test.js', asyncSuite);
    const { status, stdout } = cli(['jest-app', 'unknown'], folder);
    expect(status).toBe(1);
    expect(stdout).toContain('async-test/no-lost-tests');
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([
      'async-test-lint: jest-app: jest (package.json), 1 file',
      'async-test-lint: unknown: no runner known from the project, 1 file',
    ]);
  });

  it('says what a config computes at run time, and so was not read; a setup file is not named as the config', () => {
    const folder = temporaryFolder();
    write(folder, 'computed/package.json', '{ "scripts": { "test": "jest" } }\n');
    write(folder, 'computed/jest.config.js', "module.exports = { ...require('./base'), restoreMocks: Boolean(process.env.CI) };\n");
    write(folder, 'computed/tests/users.test.js', asyncSuite);
    write(folder, 'found/package.json', `{ "scripts": { "test": "mocha $(find test -name '*.spec.js')" } }\n`);
    write(folder, 'found/test/users.spec.js', asyncSuite);
    write(folder, 'hooks/package.json', '{ "scripts": { "test": "mocha -r ./hooks.js" } }\n');
    write(folder, 'hooks/hooks.js', 'exports.mochaHooks = {};\n');
    write(folder, 'hooks/test/users.js', asyncSuite);
    const { stdout } = cli(['computed', 'found', 'hooks'], folder);
    expect(stdout.trimEnd().split('\n').slice(-3)).toEqual([
      'async-test-lint: computed: jest (jest.config.js), 1 file; computed at run time, not read: jest.config.js …, restoreMocks',
      'async-test-lint: found: no runner known from the project, 1 file; computed at run time, not read: package.json scripts.test',
      'async-test-lint: hooks: mocha (package.json), 1 file',
    ]);
  });

  it('--framework decides for files whose imports, globals and project do not', () => {
    const folder = temporaryFolder();
    write(folder, 'package.json', '{ "name": "plain" }\n');
    write(folder, 'tests/users.test.js', asyncSuite);
    expect(lintJson(['.'], folder).results[0]?.messages).toEqual([]);
    expect(lintJson(['.', '--framework', 'jest'], folder).results[0]?.messages.map((message) => message.messageId)).toEqual(['asyncSuiteRejected']);
  });

  it('refuses an unknown --framework with one line and exit code 2', () => {
    const { status, stdout, stderr } = cli(['--framework', 'jasmine', 'examples']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('async-test-lint: unknown framework "jasmine" (use jest, vitest, mocha, node, bun, playwright, cypress)\n');
  });
});

describe('old test files', () => {
  it('ignores eslint-env comments, which ESLint 10 rejects as fatal, and still reports our rules there', () => {
    const folder = temporaryFolder();
    write(folder, 'tests/users.test.js', "/* eslint-env jest, node */\nit('lists', async () => {\n  fetch('/users');\n});\n");
    write(folder, 'tests/clean.test.js', "/* eslint-env mocha */\nit('lists', async () => {\n  await fetch('/users');\n});\n");
    const { status, results } = lintJson(['--framework', 'mocha', '.'], folder);
    expect(status).toBe(1);
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => [message.ruleId, message.line])])).toEqual([
      ['clean.test.js', []],
      ['users.test.js', [[ruleId, 3]]],
    ]);
    rmSync(path.join(folder, 'tests/users.test.js'));
    expect(cli(['--framework', 'mocha', '.'], folder).status).toBe(0);
  });

  const sloppy = "function publish(package) {\n  return package.name;\n}\n\nit('publishes', async () => {\n  fetch('/publish');\n});\n";

  it.each([
    ['a .cjs file', 'tests/publish.test.cjs', '{ "name": "old", "type": "module" }'],
    ['a .js file of a package without "type"', 'tests/publish.test.js', '{ "name": "old" }'],
    ['a .js file of a "type": "commonjs" package', 'tests/publish.test.js', '{ "name": "old", "type": "commonjs" }'],
  ])('reads %s as node does, as a script, so that sloppy-mode code parses', (_, file, packageJson) => {
    const folder = temporaryFolder();
    write(folder, 'package.json', packageJson);
    write(folder, file, sloppy);
    const { results } = lintJson(['--framework', 'mocha', '.'], folder);
    expect(results[0]!.messages.map(({ ruleId: id, line, fatal }) => ({ id, line, fatal }))).toEqual([{ id: ruleId, line: 6, fatal: undefined }]);
  });

  it('reads a .js file with import in a CommonJS package as a module, and a .js file of a "type": "module" package strictly', () => {
    const folder = temporaryFolder();
    write(folder, 'package.json', '{ "name": "babel-jest" }');
    write(
      folder,
      'tests/users.test.js',
      "import { fetchUsers } from '../src/users';\nit('lists', async () => {\n  fetchUsers();\n  fetch('/x');\n});\n",
    );
    write(folder, 'esm/package.json', '{ "name": "esm", "type": "module" }');
    write(folder, 'esm/tests/publish.test.js', sloppy);
    const { results } = lintJson(['--framework', 'mocha', '.'], folder);
    const byFile = Object.fromEntries(results.map((result) => [path.relative(folder, result.filePath), result.messages]));
    expect(byFile['tests/users.test.js']!.map((message) => message.line)).toEqual([4]);
    expect(byFile['esm/tests/publish.test.js']).toEqual([
      expect.objectContaining({ fatal: true, message: "Parsing error: The keyword 'package' is reserved", line: 1 }),
    ]);
  });
});

describe('JSX in JavaScript test files', () => {
  it('parses JSX in a .js test file, as React projects write it', () => {
    const folder = temporaryFolder();
    write(
      folder,
      'Button.test.js',
      [
        "import { render, screen } from '@testing-library/react';",
        "import { it } from 'mocha';",
        '',
        "it('renders', () => {",
        '  render(<button>Save</button>);',
        "  screen.findByText('Save');",
        '});',
        '',
      ].join('\n'),
    );
    const { results } = lintJson([folder]);
    expect(results[0]!.messages.map(({ ruleId: id, line, fatal }) => ({ id, line, fatal }))).toEqual([{ id: ruleId, line: 6, fatal: undefined }]);
  });
});

describe('exit codes and --max-warnings', () => {
  const test = (body: string) => `import { it } from 'mocha';\n\nit('loads', async () => {\n${body}\n});\n`;

  it('exits with 0 when there is nothing to report, and 1 on an error, whatever --max-warnings allows', () => {
    const folder = temporaryFolder();
    write(folder, 'clean.test.js', test("  await fetch('/x');"));
    expect(cli([folder, '--max-warnings', '0']).status).toBe(0);
    write(folder, 'flawed.test.js', test("  fetch('/x');"));
    expect(cli([folder, '--max-warnings', '10']).status).toBe(1);
  });

  it('counts an unused disable comment of our rules as a warning, and exits with 1 past --max-warnings', () => {
    const folder = temporaryFolder();
    write(folder, 'a.test.js', test("  // eslint-disable-next-line async-test/await-async-calls\n  await fetch('/x');"));
    expect(cli([folder]).status).toBe(0);
    expect(cli([folder, '--max-warnings', '1']).status).toBe(0);
    const { status, stdout, stderr } = cli([folder, '--max-warnings', '0']);
    expect(status).toBe(1);
    expect(stdout).toContain("Unused eslint-disable directive (no problems were reported from 'async-test/await-async-calls')");
    expect(stderr).toBe('async-test-lint: too many warnings (1, at most 0 allowed)\n');
  });

  it("ignores inline comments for the rules of the user's own config, and never removes them", () => {
    const folder = temporaryFolder();
    const text = test(
      [
        '  // eslint-disable-next-line jest/no-standalone-expect',
        "  await fetch('/x');",
        '  // eslint-disable-next-line',
        "  await fetch('/y');",
        "  fetch('/z');",
      ].join('\n'),
    );
    const file = write(folder, 'a.test.js', text);
    const { results } = lintJson([folder]);
    expect(results[0]!.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([[ruleId, 8]]);
    expect(cli(['--fix', folder]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text.replace("  fetch('/z')", "  await fetch('/z')"));
  });
});

describe('--format sarif', () => {
  interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  }
  interface SarifLog {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } };
      invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
      results: SarifResult[];
    }[];
  }

  function sarif(args: string[], cwd = root) {
    const result = cli([...args, '--format', 'sarif'], cwd);
    return { ...result, log: JSON.parse(result.stdout) as SarifLog };
  }

  it('describes each rule with its doc URL, and each problem with its rule, level and place', () => {
    const { status, log } = sarif(['examples']);
    expect(status).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'async-test-lint', version: packageJson.version });
    const rules = run!.tool.driver.rules;
    expect(rules.map((rule) => rule.id).sort()).toEqual(Object.keys(plugin.configs.recommended.rules!).sort());
    for (const rule of rules) {
      const meta = plugin.rules[rule.id.replace('async-test/', '') as keyof typeof plugin.rules].meta!;
      expect(rule.helpUri).toBe(meta.docs!.url);
      expect(rule.shortDescription.text).toBe(meta.docs!.description);
    }

    // The same problems as the JSON format, at the same places, with paths relative to the working directory.
    const expected = lintJson(['examples']).results.flatMap((result) =>
      result.messages.map((message) => ({
        ruleId: message.ruleId,
        uri: path.relative(root, result.filePath).split(path.sep).join('/'),
        startLine: message.line,
      })),
    );
    expect(
      run!.results.map((result) => ({
        ruleId: result.ruleId,
        uri: result.locations[0]!.physicalLocation.artifactLocation.uri,
        startLine: result.locations[0]!.physicalLocation.region['startLine'],
      })),
    ).toEqual(expected);
    for (const result of run!.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.level).toBe('error');
      expect(result.message.text).not.toBe('');
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).toMatch(/^examples\//);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region['startColumn']).toBeGreaterThan(0);
    }
  });

  it('reports a file that does not parse as a notification, and encodes paths as URIs', () => {
    const folder = temporaryFolder();
    write(folder, 'package.json', '{}\n');
    write(folder, 'tests/broken.test.js', "it('x', () => {\n  const = ;\n});\n");
    write(folder, 'tests/user api.test.js', "import { it } from 'mocha';\nit('x', () => {\n  fetch('/x');\n});\n");
    const { status, log } = sarif(['.'], folder);
    expect(status).toBe(1);
    const [run] = log.runs;
    expect(run!.invocations[0]!.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: expect.stringMatching(/^Parsing error/) } }),
    ]);
    expect(run!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['tests/user%20api.test.js']);
  });

  it('keeps stdout valid SARIF when there are no test files', () => {
    const folder = temporaryFolder();
    const { status, log, stderr } = sarif([folder]);
    expect(status).toBe(0);
    expect(log.runs[0]!.results).toEqual([]);
    expect(stderr).toBe(`async-test-lint: no test files found under ${folder}\n`);
  });

  const validatorPackage = path.join(root, 'tests/sarif-validator/package.json');
  const hasValidator = existsSync(path.join(root, 'tests/sarif-validator/node_modules/@microsoft/sarif-multitool'));
  if (!hasValidator) {
    console.warn('Skipping the SARIF validation: tests/sarif-validator is not installed (run `npm ci --prefix tests/sarif-validator`).');
  }

  it.skipIf(!hasValidator)("passes Microsoft's SARIF validator, with GitHub code scanning's ingestion rules", () => {
    const folder = temporaryFolder();
    const log = write(folder, 'async-test-lint.sarif', cli(['examples', '--format', 'sarif']).stdout);
    const report = path.join(folder, 'validation.sarif');
    // The package's main is the path of the validator's executable for this platform.
    const multitool = createRequire(validatorPackage)('@microsoft/sarif-multitool') as string;
    const validation = spawnSync(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '--output', report, log], { encoding: 'utf8' });
    expect(validation.status, validation.stdout).toBe(0);
    const problems = (JSON.parse(readFileSync(report, 'utf8')) as SarifLog).runs[0]!.results;
    expect(problems.map((problem) => `${problem.level}: ${problem.message.text ?? JSON.stringify(problem.message)}`)).toEqual([]);
  });
});

describe('--help and --version', () => {
  it('prints the usage', () => {
    const { status, stdout } = cli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: async-test-lint \[paths…\] \[options\]/);
    for (const option of ['--fix', '--format', '--max-warnings', '--framework', '--ignore-pattern', 'sarif']) expect(stdout).toContain(option);
  });

  it('prints the version of the package', () => {
    const { status, stdout } = cli(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${packageJson.version}\n`);
  });
});
