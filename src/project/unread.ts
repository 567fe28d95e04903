/**
 * What the project model could not read of a runner's config because the config computes it at run time, limited to
 * what the model reads: the runner's test-file, setup-file, auto-undo, isolation and project options, and spreads that
 * could set any of them. The facts then say nothing of those options, so the test file's own code decides.
 */
import type { Runner } from '../knowledge';
import type { RunnerProject } from '../knowledge/types';
import type { ConfigReading } from './static-config';

/** A runner with its project block: what the model reads of its configs. */
export type ProjectRunner = Runner & { readonly project: RunnerProject };

export interface Unread {
  readonly file: string;
  /** The options computed there (`test.restoreMocks`, `test.…` for a spread, `scripts.test`); none listed: the whole file. */
  readonly options: readonly string[];
}

/** What of a config file's reading the model could not read: nothing, the options it computes, or the whole file. */
export function unreadOf(file: string, reading: ConfigReading, runner: ProjectRunner): Unread[] {
  const { value } = reading;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ file, options: [] }];
  const options = reading.unread.filter((option) => readByModel(option, runner));
  return options.length === 0 ? [] : [{ file, options }];
}

/** Whether an option path names an option the model reads, or a spread where one could be. */
function readByModel(option: string, runner: ProjectRunner): boolean {
  const { project } = runner;
  const segments = option.split('.');
  const last = segments.at(-1)!;
  const parent = segments.at(-2);
  if (last === '…') {
    // At the top, in the options (`test.…`), or in an inline project of the list (`test.projects.0.…`).
    return parent === undefined || parent === project.optionsKey || (/^\d+$/.test(parent) && segments.at(-3) === project.projects?.option);
  }
  return last === project.optionsKey || modelOptions(runner).has(last);
}

const optionsByRunner = new WeakMap<ProjectRunner, ReadonlySet<string>>();

function modelOptions(runner: ProjectRunner): ReadonlySet<string> {
  let options = optionsByRunner.get(runner);
  if (options === undefined) {
    const { testPaths, isolationOff, projects } = runner.project;
    options = new Set([
      // A nested option (`e2e.specPattern`) is named by its last key in an option path.
      ...[runner.project.testFilesOption].flat().map((option) => option.split('.').at(-1)!),
      // jest's alternative to testMatch.
      'testRegex',
      ...runner.project.setupFilesOptions,
      ...runner.autoUndoOptions,
      ...(testPaths === undefined
        ? []
        : [testPaths.extensionsOption, testPaths.recursiveOption, testPaths.ignoreOption, testPaths.filesOption ?? '']),
      ...(isolationOff === undefined ? [] : [isolationOff.option]),
      ...(projects === undefined ? [] : [projects.option, projects.rootOption]),
    ]);
    optionsByRunner.set(runner, options);
  }
  return options;
}
