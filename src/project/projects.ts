/**
 * The projects of a runner config that may run a file (jest `projects`, vitest `test.projects` or vitest 3's
 * `vitest.workspace.ts`), read without running anything: each with its root folder, its config file and its own
 * options. A listed folder or config file is read as the runner reads it; a glob is matched against the file's own
 * folders and the config files in them, so no folder is ever searched.
 */
import path from 'node:path';
import type { RunnerProject, RunnerProjects } from '../knowledge/types';
import { folderEntries, pathKind, readJson } from './files';
import { isGlob, matcherOf, normalEntry, relativePath } from './paths';
import { readConfigFile, type ConfigObject, type ConfigValue } from './static-config';

export interface ListedProject {
  /** The folder its test-file patterns and setup files are relative to. */
  readonly folder: string;
  /** The config files read for it: the file that lists it, then its own. */
  readonly files: readonly string[];
  /** Its own config file, when it has one (not package.json), for what it computes. */
  readonly config?: string;
  readonly options: ConfigObject;
}

export interface ProjectList {
  /** The listed projects, or undefined when the file that lists them does not state a list it can read. */
  readonly entries?: readonly ConfigValue[];
  /** The file that lists them, when not the config itself (a workspace file). */
  readonly file?: string;
}

/** The projects a config lists, in its options or (when it lists none there) in a workspace file of its folder. */
export function projectListOf(options: ConfigObject, folder: string, projects: RunnerProjects): ProjectList | undefined {
  const listed = options[projects.option];
  if (Array.isArray(listed)) return { entries: listed };
  for (const name of projects.listFiles ?? []) {
    const file = path.join(folder, name);
    const reading = readConfigFile(file);
    if (reading !== undefined) return { entries: Array.isArray(reading.value) ? reading.value : undefined, file };
  }
  return undefined;
}

/**
 * The listed projects whose root could hold the file: inline projects, listed paths, and the folders and config files
 * on the file's path that a listed glob takes. `rootOptions` are the listing config's own options, which an inline
 * project inherits only when it says so.
 */
export function projectsFor(
  list: ProjectList & { readonly entries: readonly ConfigValue[] },
  base: string,
  rootOptions: ConfigObject,
  project: RunnerProject & { readonly projects: RunnerProjects },
  filename: string,
): ListedProject[] {
  const listedIn = list.file === undefined ? [] : [list.file];
  return list.entries.flatMap((entry): ListedProject[] => {
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry))
      return [inlineProject(entry as ConfigObject, base, rootOptions, project, listedIn)];
    if (typeof entry !== 'string') return [];
    const pattern = normalEntry(entry);
    if (!isGlob(pattern)) {
      const target = path.resolve(base, pattern);
      const kind = pathKind(target);
      const found =
        kind === 'file' ? configProject(target, project, listedIn) : kind === 'folder' ? folderProject(target, project, listedIn) : undefined;
      return found === undefined ? [] : [found];
    }
    const matches = matcherOf(pattern, true);
    const configName = project.projects.configFileName === undefined ? undefined : new RegExp(project.projects.configFileName);
    const found: ListedProject[] = [];
    for (let folder = path.dirname(filename); folder === base || folder.startsWith(base + path.sep); folder = path.dirname(folder)) {
      const relative = relativePath(base, folder);
      if (folder !== base && matches(relative)) found.push(folderProject(folder, project, listedIn));
      for (const name of folderEntries(folder)) {
        const file = path.join(folder, name);
        if (
          (configName === undefined || configName.test(name)) &&
          matches(relative === '' ? name : `${relative}/${name}`) &&
          pathKind(file) === 'file'
        ) {
          const listed = configProject(file, project, listedIn);
          if (listed !== undefined) found.push(listed);
        }
      }
    }
    return found;
  });
}

function inlineProject(
  entry: ConfigObject,
  base: string,
  rootOptions: ConfigObject,
  project: RunnerProject & { readonly projects: RunnerProjects },
  listedIn: readonly string[],
): ListedProject {
  const own = optionsOf(entry, project);
  const { extendsOption, option } = project.projects;
  const inherited = extendsOption === undefined ? undefined : entry[extendsOption];
  let options = own;
  if (inherited === true) options = { ...withoutKey(rootOptions, option), ...own };
  if (typeof inherited === 'string') options = { ...optionsOf(objectOf(readConfigFile(path.resolve(base, inherited))?.value), project), ...own };
  return { folder: rootOf(entry, base, project), files: listedIn, options };
}

/** A listed config file's project: its root is the file's folder, unless the config sets another. */
function configProject(
  file: string,
  project: RunnerProject & { readonly projects: RunnerProjects },
  listedIn: readonly string[],
): ListedProject | undefined {
  const reading = readConfigFile(file);
  if (reading === undefined) return undefined;
  const config = objectOf(reading.value);
  return { folder: rootOf(config, path.dirname(file), project), files: [...listedIn, file], config: file, options: optionsOf(config, project) };
}

/** A listed folder's project: its config file, else its package.json key (jest), else the runner's defaults. */
function folderProject(folder: string, project: RunnerProject & { readonly projects: RunnerProjects }, listedIn: readonly string[]): ListedProject {
  for (const name of project.configFiles) {
    const found = configProject(path.join(folder, name), project, listedIn);
    if (found !== undefined) return found;
  }
  const key = project.packageJsonKey;
  const fromPackage = key === undefined ? undefined : objectOf(readJson(path.join(folder, 'package.json')) as ConfigValue | undefined)[key];
  if (fromPackage !== undefined) {
    const config = objectOf(fromPackage);
    return { folder: rootOf(config, folder, project), files: [...listedIn, path.join(folder, 'package.json')], options: optionsOf(config, project) };
  }
  return { folder, files: listedIn, options: {} };
}

function optionsOf(config: ConfigObject, project: RunnerProject): ConfigObject {
  return project.optionsKey === undefined ? config : objectOf(config[project.optionsKey]);
}

function rootOf(config: ConfigObject, folder: string, project: RunnerProject & { readonly projects: RunnerProjects }): string {
  const root = config[project.projects.rootOption];
  return typeof root === 'string' ? path.resolve(folder, normalEntry(root)) : folder;
}

function objectOf(value: ConfigValue | undefined): ConfigObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ConfigObject) : {};
}

function withoutKey(options: ConfigObject, key: string): ConfigObject {
  const { [key]: _omitted, ...rest } = options;
  return rest;
}
