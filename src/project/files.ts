/**
 * The project's files as the project model reads them: found and read once, and read again only when their
 * modification time changes. A check costs a `stat`, so it is made at most once a second per path: a command-line
 * run reads each file once, an editor sees an edited config within a second.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';

interface Entry {
  checkedAt: number;
  mtimeMs: number;
  text: string | undefined;
}

/** How long a file's text, kind or listing is trusted before its modification time is checked again. */
export const recheckAfterMs = 1000;
const entries = new Map<string, Entry>();

/** The text of a file, or undefined when there is none (or it cannot be read). */
export function readText(file: string): string | undefined {
  const now = Date.now();
  let entry = entries.get(file);
  if (entry !== undefined && now - entry.checkedAt < recheckAfterMs) return entry.text;
  const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (entry === undefined || entry.mtimeMs !== mtimeMs) {
    let text: string | undefined;
    try {
      text = mtimeMs === -1 ? undefined : readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    entry = { checkedAt: now, mtimeMs, text };
    entries.set(file, entry);
  }
  entry.checkedAt = now;
  return entry.text;
}

const jsonTexts = new Map<string, { text: string; value: unknown }>();

/** A JSON file's value, or undefined when there is none or it does not parse. */
export function readJson(file: string): unknown {
  const text = readText(file);
  if (text === undefined) return undefined;
  const known = jsonTexts.get(file);
  if (known?.text === text) return known.value;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  jsonTexts.set(file, { text, value });
  return value;
}

const kinds = new Map<string, { checkedAt: number; kind: PathKind | undefined }>();

export type PathKind = 'file' | 'folder';

/** Whether the path is a file or a folder, or undefined when there is nothing there, checked like `readText`. */
export function pathKind(path: string): PathKind | undefined {
  const now = Date.now();
  const entry = kinds.get(path);
  if (entry !== undefined && now - entry.checkedAt < recheckAfterMs) return entry.kind;
  const stats = statSync(path, { throwIfNoEntry: false });
  const kind = stats === undefined ? undefined : stats.isDirectory() ? 'folder' : 'file';
  kinds.set(path, { checkedAt: now, kind });
  return kind;
}

/** Whether the path exists (a file or a folder). */
export function exists(path: string): boolean {
  return pathKind(path) !== undefined;
}

const listings = new Map<string, { checkedAt: number; mtimeMs: number; names: readonly string[] }>();

/** The names in a folder (none when it is not one), listed again only when the folder's modification time changes. */
export function folderEntries(folder: string): readonly string[] {
  const now = Date.now();
  let entry = listings.get(folder);
  if (entry !== undefined && now - entry.checkedAt < recheckAfterMs) return entry.names;
  const mtimeMs = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (entry === undefined || entry.mtimeMs !== mtimeMs) {
    let names: readonly string[] = [];
    try {
      names = mtimeMs === -1 ? [] : readdirSync(folder);
    } catch {
      names = [];
    }
    entry = { checkedAt: now, mtimeMs, names };
    listings.set(folder, entry);
  }
  entry.checkedAt = now;
  return entry.names;
}
