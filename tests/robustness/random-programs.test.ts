/**
 * Every rule over seeded random test files (bench/generate.mjs, with unusual syntax turned up): each parses, no rule
 * throws, and fixing them all leaves text that parses and does not change again.
 */
import { describe, expect, it } from 'vitest';
import { generateTestFile } from '../../bench/generate.mjs';
import { configs, fixAll, lint, parseErrors, virtualFile } from './lint';

const count = 200;
const programs = Array.from({ length: count }, (_, index) => {
  const seed = 7_000 + index;
  const file = generateTestFile(seed, { wild: 0.25, mistakes: index % 4 !== 0, mistakeRate: 0.25 });
  return { title: `seed ${seed}: ${file.path}`, runner: file.runner, text: file.text, filename: virtualFile(file.path) };
});

describe('random test files', () => {
  it('cover every runner and both parsers', () => {
    const runners = new Set(programs.map(({ runner }) => runner));
    expect(programs.some(({ filename }) => /\.[cm]?tsx?$/.test(filename))).toBe(true);
    expect(programs.some(({ filename }) => /\.[cm]?jsx?$/.test(filename))).toBe(true);
    expect(runners.size).toBeGreaterThanOrEqual(5);
  });

  for (const { title, text, filename } of programs) {
    it(title, () => {
      expect(parseErrors(text, filename)).toEqual([]);
      expect(() => lint(text, filename, configs.optionsOn)).not.toThrow();
      const outcome = fixAll(text, filename);
      expect(outcome.parseErrors).toEqual([]);
      expect(outcome.passes).toBeLessThanOrEqual(2);
      expect(outcome.changesAgain).toBe(false);
    });
  }
});
