/**
 * SARIF 2.1.0 output, for code scanning (GitHub's `upload-sarif` action and other SARIF viewers): one run whose driver
 * lists the rules that were run, each with its doc URL, and one result per problem, located by a path relative to the
 * working directory (the repository root, in CI). A message of no rule (a file that does not parse, and so was not
 * checked, or an unused `eslint-disable` comment) is a notification of the run, not a result.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter, Rule } from 'eslint';
import { repositoryUrl } from '../create-rule';

const sourceRoot = '%SRCROOT%';

export interface SarifRun {
  /** The command's name and version, for `tool.driver`. */
  readonly tool: { readonly name: string; readonly version: string };
  /** The rules that were run, by their full id (`async-test/await-async-calls`). */
  readonly rules: ReadonlyMap<string, Rule.RuleMetaData | undefined>;
  /** Locations are relative to this folder. */
  readonly cwd: string;
}

export function formatSarif(results: readonly ESLint.LintResult[], run: SarifRun): string {
  const ruleIds = [...run.rules.keys()];
  const messages = results.flatMap((result) => result.messages.map((message) => ({ filePath: result.filePath, message })));
  const problems = messages.filter(({ message }) => message.ruleId !== null);
  const notes = messages.filter(({ message }) => message.ruleId === null);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: run.tool.name,
            version: run.tool.version,
            semanticVersion: run.tool.version,
            informationUri: repositoryUrl,
            rules: ruleIds.map((id) => describeRule(id, run.rules.get(id))),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: notes.map(({ filePath, message }) => ({
              level: level(message),
              message: { text: message.message },
              locations: [location(filePath, message, run.cwd)],
            })),
          },
        ],
        originalUriBaseIds: { [sourceRoot]: { uri: pathToFileURL(path.join(run.cwd, path.sep)).href } },
        columnKind: 'utf16CodeUnits',
        results: problems.map(({ filePath, message }) => ({
          ruleId: message.ruleId,
          ...(ruleIds.includes(message.ruleId!) ? { ruleIndex: ruleIds.indexOf(message.ruleId!) } : {}),
          level: level(message),
          message: { text: message.message },
          locations: [location(filePath, message, run.cwd)],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function level(message: Linter.LintMessage): 'error' | 'warning' {
  return message.fatal === true || message.severity === 2 ? 'error' : 'warning';
}

function describeRule(id: string, meta: Rule.RuleMetaData | undefined) {
  const description = meta?.docs?.description ?? id;
  const url = meta?.docs?.url;
  // GitHub code scanning requires a full description and a help text for every rule; the doc page has the rest.
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...(url === undefined
      ? { help: { text: description } }
      : { helpUri: url, help: { text: `${description}. See ${url}`, markdown: `${description}. [Documentation](${url})` } }),
    defaultConfiguration: { level: 'error' },
  };
}

function location(filePath: string, message: Linter.LintMessage, cwd: string) {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(filePath, cwd),
      region: {
        startLine: message.line,
        startColumn: message.column,
        ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
        ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
      },
    },
  };
}

/** Relative to the working directory when the file is inside it (what code scanning matches to the repository). */
function artifactLocation(filePath: string, cwd: string) {
  const relative = path.relative(cwd, filePath);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: sourceRoot };
}
