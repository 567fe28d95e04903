/**
 * The published types, from a user's side: tests/fixtures/user-config is a small ESM TypeScript project whose
 * eslint.config.ts spreads the presets and registers the plugin with `defineConfig`. It is type-checked by `tsc`
 * (strict, nodenext) against the built declarations, so a plugin type that `defineConfig` rejects fails here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const fixture = path.join(root, 'tests/fixtures/user-config');
const tsc = path.join(root, 'node_modules/.bin/tsc');

describe('types of the built package', () => {
  it("maps the package name to the declarations that package.json's exports point at", () => {
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      name: string;
      exports: { '.': { types: string } };
    };
    const tsconfig = ts.readConfigFile(path.join(fixture, 'tsconfig.json'), ts.sys.readFile);
    const paths = (tsconfig.config as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
    const mapped = paths[packageJson.name]?.map((target) => path.resolve(fixture, target));
    expect(mapped).toEqual([path.resolve(root, packageJson.exports['.'].types)]);
  });

  it('a user config with defineConfig type-checks under strict nodenext', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync(tsc, ['-p', path.join(fixture, 'tsconfig.json')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number | null; stdout: string; stderr: string };
      status = failure.status ?? 1;
      output = failure.stdout + failure.stderr;
    }
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);
});
