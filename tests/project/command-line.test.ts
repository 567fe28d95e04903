/** A runner's command lines in package.json scripts: where the runner runs, and the options its arguments set. */
import { describe, expect, it } from 'vitest';
import { mocha } from '../../src/knowledge/runners/mocha';
import { invocationsOf, mergeOptions, optionsOfArguments } from '../../src/project/command-line';

const { commandLine } = mocha.runner.project;

describe('where a script runs the command', () => {
  it.each([
    { script: 'mocha', args: [] },
    { script: 'nyc --reporter=lcov mocha --recursive', args: ['--recursive'] },
    { script: 'cross-env NODE_ENV=test mocha "test/**/*.spec.js"', args: ['test/**/*.spec.js'] },
    { script: 'npm run lint && mocha test/unit; echo done', args: ['test/unit'] },
    { script: './node_modules/.bin/mocha -r ts-node/register', args: ['-r', 'ts-node/register'] },
    { script: "(cd api && mocha 'test/**/*.js')", args: ['test/**/*.js'] },
    { script: 'mocha test/a\\ b.js', args: ['test/a b.js'] },
  ])('$script', ({ script, args }) => {
    expect(invocationsOf([script], 'mocha')).toEqual([{ arguments: args, computed: false }]);
  });

  it('every place, in every script', () => {
    expect(invocationsOf(['mocha test/unit && mocha test/int', 'tsc', 'c8 mocha'], 'mocha').map((run) => run.arguments)).toEqual([
      ['test/unit'],
      ['test/int'],
      [],
    ]);
  });

  it('a command of two words (bun test)', () => {
    expect(invocationsOf(['bun test --preload ./setup.ts'], 'bun test')).toEqual([{ arguments: ['--preload', './setup.ts'], computed: false }]);
    expect(invocationsOf(['bun run build'], 'bun test')).toEqual([]);
  });

  it.each([
    { script: 'mocha-webpack test', why: 'another command' },
    { script: 'vitest run', why: 'another runner' },
    { script: "echo 'mocha is not run'", why: 'a word in quotes is one word' },
  ])('not in $script ($why)', ({ script }) => {
    expect(invocationsOf([script], 'mocha')).toEqual([]);
  });

  it.each([
    { script: "mocha $(find test -name '*.spec.js')" },
    { script: 'mocha `ls test/*.js`' },
    { script: 'mocha $SPECS' },
    { script: 'mocha "${SPEC:-test}"' },
    { script: "find test -name '*.spec.js' | xargs mocha" },
  ])('arguments the shell computes: $script', ({ script }) => {
    expect(invocationsOf([script], 'mocha')).toMatchObject([{ computed: true }]);
  });
});

describe("the options mocha's arguments set", () => {
  it('positional specs, flags, values and lists', () => {
    expect(
      optionsOfArguments(
        ['--recursive', 'test/unit', '-r', './setup.js', '--require=ts-node/register', '--timeout', '5000', 'test/int/*.js', '--exit'],
        commandLine,
      ),
    ).toEqual({ recursive: true, spec: ['test/unit', 'test/int/*.js'], require: ['./setup.js', 'ts-node/register'], timeout: '5000', exit: true });
  });

  it('aliases, comma lists (but not in globs), --no-', () => {
    expect(
      optionsOfArguments(
        ['--exclude', 'test/{a,b}.js', '--extension', 'js,ts', '--file', 'test/boot.js', '--no-config', '--config', 'x'],
        commandLine,
      ),
    ).toEqual({ ignore: ['test/{a,b}.js'], extension: ['js', 'ts'], file: ['test/boot.js'], config: 'x' });
    expect(optionsOfArguments(['--no-package', '-R', 'dot', 'spec'], commandLine)).toEqual({ package: false, reporter: 'dot', spec: ['spec'] });
  });

  it('the command line, the config file and package.json: single values from the first, lists from all', () => {
    expect(
      mergeOptions(
        [
          { spec: ['test/unit'], timeout: '5000' },
          { spec: 'test/int', timeout: 2000, r: 'setup.js', recursive: true },
          { require: ['hooks.js'], recursive: false },
        ],
        commandLine,
      ),
    ).toEqual({ spec: ['test/unit', 'test/int'], timeout: '5000', require: ['setup.js', 'hooks.js'], recursive: true });
  });
});
