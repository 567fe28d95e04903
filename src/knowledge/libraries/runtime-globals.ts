/**
 * The runtime's own globals that tests patch by assignment: `process.env.X = …`, `Date.now = …`, `console.error = …`,
 * `globalThis.fetch = …`. An assignment to a member of one of these (or of an imported module object) lasts until the
 * saved value is put back.
 */
export const patchableGlobals: ReadonlyMap<string, string> = new Map([
  ['globalThis', 'global'],
  ['global', 'global'],
  ['window', 'global'],
  ['self', 'global'],
  ['navigator', 'navigator property'],
  ['Date', 'Date method'],
  ['Math', 'Math method'],
  ['console', 'console method'],
  ['JSON', 'JSON method'],
  ['crypto', 'crypto method'],
  ['performance', 'performance method'],
]);

/**
 * Of `process`, only what configures the program is patched state: `process.env.X` (an environment variable) and
 * `process.argv`. `process.exitCode` and the like are results, not overrides. `document` content is test data.
 */
export const patchableProcessMembers: ReadonlySet<string> = new Set(['env', 'argv', 'platform']);
