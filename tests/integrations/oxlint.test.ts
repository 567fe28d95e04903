/**
 * The plugin as an oxlint `jsPlugins` entry, with the `.oxlintrc.json` that docs/oxlint.md gives users (it extends the
 * oxlint config that the build writes from the `recommended` preset): oxlint finds the same problems as ESLint over
 * examples/ (same rule ids on the same lines), and its `--fix` and `--fix-suggestions` write what ESLint's fixes and
 * first suggestions write.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, copyExamples, eslintFindings, exampleFiles, examples, finding, repository, temporaryProject, type Project } from './workspace';

const oxlint = path.join(repository, 'node_modules/oxlint/bin/oxlint');

/** The first ```json block after `<!-- oxlintrc -->` in docs/oxlint.md: the config the docs tell users to write. */
function documentedConfig(): { extends: string[] } {
  const doc = readFileSync(path.join(repository, 'docs/oxlint.md'), 'utf8');
  const block = /<!-- oxlintrc -->\s*```json\n([\s\S]*?)\n```/.exec(doc);
  if (block === null) throw new Error('docs/oxlint.md has no ```json block after <!-- oxlintrc -->');
  return JSON.parse(block[1]!) as { extends: string[] };
}

function runOxlint(project: Project, args: string[]) {
  const run = spawnSync(process.execPath, [oxlint, ...args], { cwd: project.folder, encoding: 'utf8' });
  if (run.error !== undefined || run.status === null || run.status > 1) {
    throw new Error(`oxlint ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return run;
}

/**
 * oxlint applies one pass of fixes per run, where ESLint makes up to 10 (fixes that touch the same place wait for the
 * next pass): run it until the files stop changing, as a user would run it again.
 */
function runOxlintUntilStable(project: Project, args: string[], folder: string): void {
  const snapshot = () => exampleFiles().map((file) => readFileSync(path.join(folder, file), 'utf8'));
  for (let pass = 0, before = snapshot(); pass < 10; pass++) {
    runOxlint(project, args);
    const after = snapshot();
    if (after.every((text, index) => text === before[index])) return;
    before = after;
  }
  throw new Error(`oxlint ${args.join(' ')} still changes files after 10 runs`);
}

interface OxlintDiagnostic {
  code: string;
  filename: string;
  labels: { span: { line: number } }[];
}

/**
 * What `oxlint --fix --fix-suggestions`, run until nothing changes, should write: passes as ESLint makes them, each
 * taking every problem's fix, or else its first suggestion, in the order of their places and skipping the ones that
 * overlap an earlier one (ESLint's own rule for fixes), until a pass changes nothing.
 */
function fixWithSuggestions(linter: Linter, config: Linter.Config[], text: string, filename: string): string {
  let output = text;
  for (let pass = 0; pass < 10; pass++) {
    const edits = linter
      .verify(output, config, { filename })
      .flatMap((message) => message.fix ?? message.suggestions?.[0]?.fix ?? [])
      .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let result = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const edit of edits) {
      if (edit.range[0] <= end) continue;
      result += output.slice(Math.max(end, 0), edit.range[0]) + edit.text;
      end = edit.range[1];
    }
    if (edits.length === 0) break;
    output = result + output.slice(Math.max(end, 0));
  }
  return output;
}

const plugin = built.plugin();
let project: Project;

beforeAll(() => {
  project = temporaryProject('oxlint');
  copyExamples(project);
  writeFileSync(project.path('.oxlintrc.json'), JSON.stringify(documentedConfig(), null, 2));
});

afterAll(() => project?.remove());

describe('the oxlint configs of the package', () => {
  it('docs/oxlint.md extends the recommended one', () => {
    expect(documentedConfig().extends).toEqual(['./node_modules/eslint-plugin-async-test/dist/oxlint/recommended.json']);
  });

  it.each(['recommended', 'strict', 'all'] as const)('dist/oxlint/%s.json holds the preset’s rules, on its test files', (name) => {
    const config = JSON.parse(readFileSync(path.join(repository, 'dist/oxlint', `${name}.json`), 'utf8')) as unknown;
    expect(config).toEqual({
      jsPlugins: ['../src/index.js'],
      overrides: [{ files: plugin.configs[name].files, rules: plugin.configs[name].rules }],
    });
  });
});

describe('oxlint and ESLint over examples/', () => {
  it('report the same rule ids on the same lines', async () => {
    const { stdout } = runOxlint(project, ['--format', 'json', 'examples']);
    const fromOxlint = (JSON.parse(stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics
      .filter((diagnostic) => diagnostic.code.startsWith('async-test('))
      .map((diagnostic) =>
        finding(
          project.folder,
          diagnostic.filename,
          diagnostic.labels[0]!.span.line,
          diagnostic.code.replace(/^async-test\((.+)\)$/, 'async-test/$1'),
        ),
      )
      .sort();

    const eslint = new ESLint({ cwd: project.folder, overrideConfigFile: true, overrideConfig: built.cliConfig() });
    const fromEslint = eslintFindings(project.folder, await eslint.lintFiles(['examples']));

    expect(fromEslint.length).toBeGreaterThanOrEqual(exampleFiles().length);
    expect(fromOxlint).toEqual(fromEslint);
  });

  it('--fix writes what ESLint --fix writes', () => {
    const copy = project.path('fix');
    cpSync(examples, copy, { recursive: true });
    runOxlintUntilStable(project, ['--fix', 'fix'], copy);
    const linter = new Linter({ cwd: project.folder });
    const config = built.cliConfig();
    for (const file of exampleFiles()) {
      const expected = linter.verifyAndFix(readFileSync(path.join(examples, file), 'utf8'), config, { filename: path.join(copy, file) }).output;
      expect(readFileSync(path.join(copy, file), 'utf8'), file).toBe(expected);
    }
  });

  describe('--fix --fix-suggestions writes ESLint’s fixes and first suggestions', () => {
    const copy = () => project.path('suggestions');
    beforeAll(() => {
      cpSync(examples, copy(), { recursive: true });
      runOxlintUntilStable(project, ['--fix', '--fix-suggestions', 'suggestions'], copy());
    });

    for (const file of exampleFiles()) {
      it(file, () => {
        const filename = path.join(copy(), file);
        const expected = fixWithSuggestions(
          new Linter({ cwd: project.folder }),
          built.cliConfig(),
          readFileSync(path.join(examples, file), 'utf8'),
          filename,
        );
        expect(readFileSync(filename, 'utf8')).toBe(expected);
      });
    }
  });
});
