/** Paths and globs as configs and command lines write them, relative to a config's folder. */
import path from 'node:path';
import picomatch from 'picomatch';

/** A path as written in a config or on a command line, relative to its folder: `./test/` is `test`, `.` is `` (jest's `<rootDir>` is the folder). */
export function normalEntry(entry: string): string {
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
  return picomatch.scan(entry).isGlob;
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
