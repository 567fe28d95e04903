/**
 * The commit hooks of docs/pre-commit.md, each in a temporary git repository, with the configurations copied from the
 * docs: committing a flawed test file is refused with our rule's message, committing the fixed file goes through.
 * The pre-commit framework comes from Debian's package or a virtualenv (scripts/install-test-tools.sh); husky and
 * lint-staged are devDependencies. The package is the one `npm pack` makes of this repository, as users get it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repository, temporaryProject, type Project } from './workspace';

const docs = readFileSync(path.join(repository, 'docs/pre-commit.md'), 'utf8');

/** The code block that follows `<!-- marker -->` in docs/pre-commit.md. */
function documented(marker: string): string {
  const block = new RegExp(`<!-- ${marker} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(docs);
  if (block === null) throw new Error(`docs/pre-commit.md has no code block after <!-- ${marker} -->`);
  return block[1]!;
}

function findPreCommit(): string | undefined {
  for (const candidate of ['pre-commit', path.join(repository, '.tools/pre-commit/bin/pre-commit')]) {
    if (spawnSync(candidate, ['--version'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  return undefined;
}

const hasGit = spawnSync('git', ['--version']).status === 0;
const preCommit = hasGit ? findPreCommit() : undefined;
if (!hasGit) console.warn('Skipping the commit-hook tests: git is not installed.');
else if (preCommit === undefined) {
  console.warn('Skipping the pre-commit framework tests: `pre-commit` is not installed (run scripts/install-test-tools.sh).');
}

// mocha drops the rejection of an assertion nothing awaits, so `recommended` reports it there.
const flawed = `import { test } from 'mocha';
import assert from 'node:assert/strict';
import { loadUser } from '../src/users.js';

test('rejects an unknown id', () => {
  assert.rejects(loadUser(42), /not found/);
});
`;
const fixed = flawed.replace('() => {\n  assert', 'async () => {\n  await assert');
const message = 'The async assertion `assert.rejects(…)` is never awaited';

/** A temporary git repository with git's global and system config left out, so that no user setting interferes. */
class Repository {
  readonly env: NodeJS.ProcessEnv;

  constructor(readonly project: Project) {
    this.env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: project.path('.no-global-gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      PRE_COMMIT_HOME: project.path('.pre-commit-home'),
      // pre-commit's npm installs run with a prefix of their own, so npm's global config is not read there: keep them
      // quiet and offline-first (the packages are in npm's cache since `npm ci`).
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    writeFileSync(project.path('.gitignore'), 'node_modules/\n.pre-commit-home/\n.no-global-gitconfig\n');
    this.run('git', ['init', '--quiet', '--initial-branch=main']);
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(this.project.path(file)), { recursive: true });
    writeFileSync(this.project.path(file), text);
  }

  run(command: string, args: string[]): SpawnSyncReturns<string> {
    const result = spawnSync(command, args, { cwd: this.project.folder, env: this.env, encoding: 'utf8' });
    if (result.error !== undefined) throw result.error;
    return result;
  }

  /** Stages everything and commits; the hook's output is in `output`. */
  commit(subject: string): { status: number | null; output: string } {
    this.run('git', ['add', '--all']);
    const result = this.run('git', ['commit', '--message', subject]);
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  commits(): string[] {
    return this.run('git', ['log', '--format=%s']).stdout.trim().split('\n').filter(Boolean);
  }
}

/** The commit of the flawed file is refused with the rule's message; the commit of the fixed file goes through. */
function expectRefusedThenAccepted(repo: Repository): void {
  repo.write('tests/users.test.js', flawed);
  const refused = repo.commit('Add a flawed test');
  expect(refused.status, refused.output).not.toBe(0);
  expect(refused.output).toContain(message);
  expect(refused.output).toContain('async-test/await-async-calls');
  expect(repo.commits()).toEqual(['Set up']);

  repo.write('tests/users.test.js', fixed);
  const accepted = repo.commit('Add the fixed test');
  expect(accepted.status, accepted.output).toBe(0);
  expect(repo.commits()).toEqual(['Add the fixed test', 'Set up']);
}

/** A project whose node_modules has ESLint and this plugin, with an ESM config that spreads the recommended preset. */
function eslintProject(prefix: string, packages: string[] = []): Repository {
  const project = temporaryProject(prefix, ['eslint', ...packages]);
  projects.push(project);
  const bins = { eslint: 'eslint/bin/eslint.js', 'lint-staged': 'lint-staged/bin/lint-staged.js', husky: 'husky/bin.js' };
  mkdirSync(project.path('node_modules/.bin'));
  for (const [bin, target] of Object.entries(bins)) {
    if (existsSync(project.path('node_modules', target))) symlinkSync(path.join('..', target), project.path('node_modules/.bin', bin));
  }
  const repo = new Repository(project);
  repo.write('package.json', `${JSON.stringify({ name: 'shop', private: true, type: 'module' }, null, 2)}\n`);
  repo.write('eslint.config.js', "import asyncTest from 'eslint-plugin-async-test';\n\nexport default [asyncTest.configs.recommended];\n");
  return repo;
}

const projects: Project[] = [];
afterAll(() => {
  for (const project of projects) project.remove();
});

describe.skipIf(preCommit === undefined)('the pre-commit framework', () => {
  let tarball: string;

  beforeAll(() => {
    // The package as npm publishes it (dist/ is built by `npm test`'s pretest).
    const packed = temporaryProject('packed');
    projects.push(packed);
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packed.folder], { cwd: repository, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    tarball = packed.path(pack.stdout.trim().split('\n').pop()!);
  });

  function preCommitProject(prefix: string, config: string): Repository {
    const project = temporaryProject(prefix);
    projects.push(project);
    const repo = new Repository(project);
    repo.write('.pre-commit-config.yaml', config);
    expect(repo.commit('Set up').status).toBe(0);
    const install = repo.run(preCommit!, ['install']);
    expect(install.status, install.stderr).toBe(0);
    return repo;
  }

  it('the zero-config hook, with the package from npm: refuses the flawed test, accepts the fixed one', () => {
    const config = documented('pre-commit: npm').replace(/eslint-plugin-async-test@[\w.-]+/, tarball);
    expect(config).toContain(tarball);
    expectRefusedThenAccepted(preCommitProject('pre-commit-npm', config));
  });

  it('the hook of .pre-commit-hooks.yaml, from a repository that holds the package', () => {
    // The hook repository: the published package's files and this repository's .pre-commit-hooks.yaml, committed.
    const hooks = temporaryProject('hook-repository');
    projects.push(hooks);
    const hookRepo = new Repository(hooks);
    hookRepo.run('tar', ['--extract', '--file', tarball, '--strip-components=1']);
    cpSync(path.join(repository, '.pre-commit-hooks.yaml'), hooks.path('.pre-commit-hooks.yaml'));
    // pre-commit runs `npm install` in the hook repository before packing it: leave out the tools that build and test.
    const manifest = JSON.parse(readFileSync(hooks.path('package.json'), 'utf8')) as Record<string, unknown>;
    delete manifest['devDependencies'];
    writeFileSync(hooks.path('package.json'), JSON.stringify(manifest, null, 2));
    expect(hookRepo.commit('Release').status).toBe(0);
    const rev = hookRepo.run('git', ['rev-parse', 'HEAD']).stdout.trim();

    const config = documented('pre-commit: remote')
      .replace(/repo: \S+/, `repo: ${hooks.folder}`)
      .replace(/rev: \S+/, `rev: ${rev}`);
    expectRefusedThenAccepted(preCommitProject('pre-commit-remote', config));
  });

  it('the `repo: local` hook runs the project’s own ESLint with its ESM config', () => {
    const repo = eslintProject('pre-commit-local');
    repo.write('.pre-commit-config.yaml', documented('pre-commit: eslint'));
    expect(repo.commit('Set up').status).toBe(0);
    expect(repo.run(preCommit!, ['install']).status).toBe(0);
    expectRefusedThenAccepted(repo);
  });
});

describe.skipIf(!hasGit)('husky and lint-staged', () => {
  it('lint-staged runs ESLint on the staged files from the husky hook', () => {
    const repo = eslintProject('husky', ['husky', 'lint-staged']);
    const init = repo.run('npx', ['--no-install', 'husky', 'init']);
    expect(init.status, init.stderr).toBe(0);
    repo.write('.husky/pre-commit', documented('husky: pre-commit'));
    const manifest = JSON.parse(readFileSync(repo.project.path('package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(repo.project.path('package.json'), JSON.stringify({ ...manifest, ...JSON.parse(documented('lint-staged')) }, null, 2));
    expect(repo.run('git', ['config', 'core.hooksPath']).stdout.trim()).toBe('.husky/_');
    const setUp = repo.commit('Set up');
    expect(setUp.status, setUp.output).toBe(0);
    expectRefusedThenAccepted(repo);
  });
});
