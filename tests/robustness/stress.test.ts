/**
 * Every rule over programs at the edges of what the parsers accept: no rule throws, under the TypeScript parser and,
 * where the syntax allows, under espree; and fixing them all leaves text that parses and does not change again.
 */
import { describe, expect, it } from 'vitest';
import { configs, fixAll, lint, parseErrors, virtualFile } from './lint';
import { runnerHeaders, stressPrograms } from './stress-programs';

const cases = stressPrograms.flatMap((program) => {
  const headers: [string, string][] = program.body ? Object.entries(runnerHeaders) : [['as written', '']];
  return headers.flatMap(([runner, header]) =>
    program.extensions.map((extension) => ({
      title: `${program.name} (${runner}, ${extension})`,
      text: `${header}${program.code}`,
      filename: virtualFile(`stress-${program.name.replace(/\W+/g, '-')}-${runner.replace(/\W+/g, '-')}.test${extension}`),
    })),
  );
});

describe('stress programs', () => {
  for (const { title, text, filename } of cases) {
    it(title, () => {
      expect(parseErrors(text, filename)).toEqual([]);
      expect(() => lint(text, filename, configs.defaults)).not.toThrow();
      expect(() => lint(text, filename, configs.optionsOn)).not.toThrow();
      const outcome = fixAll(text, filename);
      expect(outcome.parseErrors).toEqual([]);
      expect(outcome.passes).toBeLessThanOrEqual(2);
      expect(outcome.changesAgain).toBe(false);
    });
  }
});
