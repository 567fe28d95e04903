/**
 * Every example under examples/, fixed in memory with the command's own config at its strictest (the `strict` preset
 * in place of `recommended`, so that the fixes of the checks `recommended` leaves out are run too): the fixed text
 * parses, no report that has a fix is left, no new report appears, and a second pass changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cliConfig } from '../src/cli/config';
import plugin from '../src/index';

const root = path.resolve(__dirname, '..');
const examples = path.join(root, 'examples');
const scripts = /\.[cm]?[jt]sx?$/;

const exampleFiles = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((file) => scripts.test(file))
  .sort();

const config = [...cliConfig().filter((entry) => entry !== plugin.configs.recommended), plugin.configs.strict];

function lint(text: string, filename: string): Linter.LintMessage[] {
  return new Linter({ cwd: root }).verify(text, config, { filename });
}

function fix(text: string, filename: string): Linter.FixReport {
  return new Linter({ cwd: root }).verifyAndFix(text, config, { filename });
}

const fatal = (messages: Linter.LintMessage[]) => messages.filter((message) => message.fatal === true);
const messageIds = (messages: Linter.LintMessage[]) => messages.map((message) => message.messageId).sort();

describe('fixing the examples', () => {
  it('finds the examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(exampleFiles)('%s', (file) => {
    const filename = path.join(examples, file);
    const text = readFileSync(filename, 'utf8');
    const before = lint(text, filename);
    expect(fatal(before)).toEqual([]);
    expect(before.every((message) => message.ruleId?.startsWith('async-test/'))).toBe(true);
    if (file.includes('.fixed.')) {
      expect(before).toEqual([]);
      return;
    }
    expect(before.length).toBeGreaterThan(0);

    const first = fix(text, filename);
    const fixable = before.filter((message) => message.fix !== undefined);
    expect(first.fixed).toBe(fixable.length > 0);

    const after = lint(first.output, filename);
    expect(fatal(after)).toEqual([]);
    expect(after.filter((message) => message.fix !== undefined)).toEqual([]);
    // Fixing never adds a report; a fix of one rule may settle another's report (passing `done` makes a request
    // callback style), so what is left is part of what had no fix.
    const withoutFix = messageIds(before.filter((message) => message.fix === undefined));
    const unexpected = messageIds(after).filter((id) => {
      const index = withoutFix.indexOf(id);
      if (index === -1) return true;
      withoutFix.splice(index, 1);
      return false;
    });
    expect(unexpected).toEqual([]);

    const second = fix(first.output, filename);
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
  });
});
