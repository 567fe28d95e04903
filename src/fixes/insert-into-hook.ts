/**
 * Putting a teardown statement where the runner pairs it with the setup: appended to the suite's existing `afterEach`
 * or `afterAll` (made async when the statement awaits), or a new hook written after the suite's last hook (before its
 * first test when it has none), with the hook's name added to an existing import from the runner.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';
import type { SuiteBody } from '../analysis/pairing';
import type { Runner } from '../knowledge';
import { makeAsync } from './add-await';
import { addNamedImport, hasNamedImport } from './add-import';

export interface HookInsertion {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file's runner: its hook names and the module they are imported from. */
  readonly runner: Runner | undefined;
  readonly suite: SuiteBody;
  readonly role: 'afterEach' | 'afterAll';
  /**
   * One statement, without indentation: `vi.restoreAllMocks();`, `await pool.end();`; or several, one a line, for a
   * rule that closes everything a hook should close in one edit.
   */
  readonly statement: string;
}

export function insertIntoPairedHook({ sourceCode, runner, suite, role, statement }: HookInsertion): TSESLint.ReportFixFunction | undefined {
  // Hooks that are methods of a test function (`test.afterEach`) are not written here.
  if (runner === undefined || runner.hooksOnTest === true) return undefined;
  const lines = statement.split('\n');
  const awaits = lines.some((line) => line.startsWith('await '));
  const existing = suite.hooks.find((hook) => hook.role === role && hook.callback?.body.type === AST_NODE_TYPES.BlockStatement);
  if (existing?.callback !== undefined) {
    const callback = existing.callback;
    if (awaits && !callback.async && callback.generator) return undefined;
    return (fixer) => {
      const fixes = [appendToBody(fixer, sourceCode, callback.body as TSESTree.BlockStatement, lines)];
      const asyncFix = awaits ? makeAsync(fixer, sourceCode, callback) : undefined;
      if (asyncFix !== undefined) fixes.push(asyncFix);
      return fixes;
    };
  }
  const lastHook = suite.hooks.at(-1);
  const anchor = lastHook === undefined ? suite.firstRegistration : statementOf(lastHook.node);
  if (anchor === undefined) return undefined;
  // A runner without globals: without a named import from it to extend, a new hook would not exist.
  if (runner.noGlobals === true && !hasNamedImport(sourceCode.ast, runner.module)) return undefined;
  const hookName = runner.hooks[role];
  const indent = lineIndent(sourceCode, anchor);
  const hookText = `${hookName}(${awaits ? 'async ' : ''}() => {\n${indented(lines, `${indent}  `)}\n${indent}});`;
  return (fixer) => {
    const fixes = [
      lastHook === undefined ? fixer.insertTextBefore(anchor, `${hookText}\n${indent}`) : fixer.insertTextAfter(anchor, `\n${indent}${hookText}`),
    ];
    const importFix = addNamedImport(fixer, sourceCode.ast, runner.module, hookName);
    if (importFix !== undefined) fixes.push(importFix);
    return fixes;
  };
}

function appendToBody(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  body: TSESTree.BlockStatement,
  lines: readonly string[],
): TSESLint.RuleFix {
  const last = body.body.at(-1);
  if (last !== undefined) return fixer.insertTextAfter(last, `\n${indented(lines, lineIndent(sourceCode, last))}`);
  const indent = lineIndent(sourceCode, body);
  return fixer.replaceText(body, `{\n${indented(lines, `${indent}  `)}\n${indent}}`);
}

function indented(lines: readonly string[], indent: string): string {
  return lines.map((line) => `${indent}${line}`).join('\n');
}

function statementOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent != null && current.type !== AST_NODE_TYPES.ExpressionStatement) current = current.parent;
  return current;
}

/** The leading whitespace of the line a node starts on. */
export function lineIndent(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  return /^\s*/.exec(sourceCode.lines[node.loc.start.line - 1] ?? '')?.[0] ?? '';
}
