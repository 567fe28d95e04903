/** Paths and globs as configs and command lines write them, relative to a config's folder. */
import path from 'node:path';
import picomatch from 'picomatch';

/** Per entry as written, its normal form and whether it is a glob: every test file is matched against the same few entries. */
const normalEntries = new Map<string, string>();
const globEntries = new Map<string, boolean>();

/** A path as written in a config or on a command line, relative to its folder: `./test/` is `test`, `.` is `` (jest's `<rootDir>` is the folder). */
export function normalEntry(entry: string): string {
  let normal = normalEntries.get(entry);
  if (normal === undefined) {
    normal = normalise(entry);
    normalEntries.set(entry, normal);
  }
  return normal;
}

function normalise(entry: string): string {
  const normal = path.posix
    .normalize(
      entry
        .replace(/^<rootDir>/, '.')
        .split(path.sep)
        .join('/'),
    )
    .replace(/\/+$/, '');
  return normal === '.' ? '' : normal.replace(/^\.\//, '');
}

export function isGlob(entry: string): boolean {
  let glob = globEntries.get(entry);
  if (glob === undefined) {
    glob = picomatch.scan(entry).isGlob;
    globEntries.set(entry, glob);
  }
  return glob;
}

const matchers = new Map<string, (file: string) => boolean>();

/** A glob's matcher, made once: with `dot`, `*` and `**` also take names that start with a dot. */
export function matcherOf(pattern: string, dot: boolean): (file: string) => boolean {
  const key = `${dot}\0${pattern}`;
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = picomatch(pattern, { dot });
    matchers.set(key, matcher);
  }
  return matcher;
}

/** A path relative to a folder, with `/` between its names. */
export function relativePath(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}
