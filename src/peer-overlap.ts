/**
 * The rules of eslint-plugin-jest (registered as `jest`) and @vitest/eslint-plugin (`vitest`) that report a mistake one
 * of our rules reports too, on the same test file: `configs['disable-peer-overlap']` turns them off on the files our
 * presets cover, for a config that runs both (put after the peer's config, as eslint-config-prettier is). Each entry
 * names our rule that reports the mistake and what else the peer rule checks, which is lost with it; docs/peers.md
 * shows the same list, and tests/integrations/peers.test.ts runs both plugins beside ours.
 */
import type { Linter } from 'eslint';
import type { RuleName } from '../rules';
import { testFileGlobs } from './configs';

export interface PeerOverlap {
  /** The peer rule, with the namespace its plugin's own configs register it under. */
  readonly rule: `jest/${string}` | `vitest/${string}`;
  /** Our rule that reports the mistake. */
  readonly ours: RuleName;
  /** What the peer rule also reports, which turning it off loses; undefined when it reports nothing else. */
  readonly alsoReports?: string;
}

export const peerOverlaps: readonly PeerOverlap[] = [
  {
    rule: 'jest/valid-expect',
    ours: 'await-async-calls',
    alsoReports: '`expect` without a matcher or with a matcher that is not called, and the wrong number of arguments to `expect`',
  },
  { rule: 'jest/valid-expect-in-promise', ours: 'await-async-calls' },
  {
    rule: 'jest/valid-describe-callback',
    ours: 'no-lost-tests',
    alsoReports: 'a `describe` without a name or callback, a callback that takes parameters, and a `return` in a describe callback',
  },
  { rule: 'jest/no-done-callback', ours: 'no-done-callback', alsoReports: 'every `done` callback, also one used correctly' },
  {
    rule: 'jest/valid-expect-with-promise',
    ours: 'await-async-calls',
    alsoReports: '`.resolves` or `.rejects` on a value that is not a promise (with type information)',
  },
  {
    rule: 'vitest/valid-expect',
    ours: 'await-async-calls',
    alsoReports: '`expect` without a matcher or with a matcher that is not called, and the wrong number of arguments to `expect`',
  },
  { rule: 'vitest/valid-expect-in-promise', ours: 'await-async-calls' },
  { rule: 'vitest/require-awaited-expect-poll', ours: 'await-async-calls' },
  { rule: 'vitest/no-done-callback', ours: 'no-done-callback', alsoReports: 'every `done` callback (the rule is deprecated)' },
];

/** The peers' overlapping rules, off on test files. A rule set to 'off' needs no plugin, so neither peer must be installed. */
export function disablePeerOverlap(): Linter.Config {
  return {
    name: 'async-test/disable-peer-overlap',
    files: testFileGlobs,
    rules: Object.fromEntries(peerOverlaps.map((overlap) => [overlap.rule, 'off'])),
  };
}
