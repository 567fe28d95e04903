/**
 * All fixes of all rules (`configs.all`, as `eslint --fix` applies them) on every file under examples/: the fixed text
 * parses and a further pass changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAll, parseErrors, root } from './lint';

const examples = path.join(root, 'examples');
const files = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.[cm]?[jt]sx?$/.test(file))
  .sort();

describe('fixing the examples with every rule', () => {
  it('finds the examples', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(file, () => {
      const filename = path.join(examples, file);
      const text = readFileSync(filename, 'utf8');
      expect(parseErrors(text, filename)).toEqual([]);
      const outcome = fixAll(text, filename);
      expect(outcome.parseErrors).toEqual([]);
      expect(outcome.passes).toBeLessThanOrEqual(2);
      expect(outcome.changesAgain).toBe(false);
    });
  }
});
