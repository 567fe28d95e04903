/**
 * Builds the test-file model of a snippet the way a rule sees it: ESLint's `Linter` (flat config) runs a tiny inline
 * rule that captures `testFileOf(context)` and every node, so a test can ask the model about the node it names.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { enclosingFunction, isFunction, type FunctionNode } from '../../src/analysis/nodes';
import { testFileOf, type AsyncContext, type TestCall, type TestFile } from '../../src/analysis/test-file';

export interface AnalyseOptions {
  /** `ts` (the default) parses with `@typescript-eslint/parser`; `js` with ESLint's default parser, espree. */
  readonly parser?: 'ts' | 'js';
  /** `settings['async-test']`. */
  readonly settings?: Record<string, unknown>;
  /** Globals declared in the config (`languageOptions.globals`). */
  readonly globals?: Record<string, 'readonly' | 'writable'>;
}

export interface Analysed {
  readonly file: TestFile;
  /** The first expression whose source text is exactly `text` (statements are skipped); `index` picks a later one. */
  expr(text: string, index?: number): TSESTree.Node;
  /** The call whose callee's source text is exactly `callee`: `call('test.each(table)')` is `test.each(table)('x', fn)`. */
  call(callee: string, index?: number): TSESTree.CallExpression;
  /** The role the model gives the call with that callee, or undefined. */
  roleOf(callee: string, index?: number): string | undefined;
  /** `roleOf` for each callee, as `{ callee: role }`, to compare with a table of expected roles. */
  roles(callees: readonly string[]): Record<string, string | undefined>;
  /** The innermost function around the expression `text`. */
  functionAround(text: string, index?: number): FunctionNode;
  /** The async context of the code at the expression `text`. */
  contextAt(text: string, index?: number): AsyncContext | undefined;
  /** Whether the model says the expression `text` is awaitable. */
  awaitable(text: string, index?: number): boolean;
  /** `awaitable` for each expression, as `{ expression: boolean }`, to compare with a table of expected answers. */
  awaitables(texts: readonly string[]): Record<string, boolean>;
  /** The callback registered by the call with that callee. */
  callbackOf(callee: string, index?: number): FunctionNode;
  /** Every function in the snippet, in source order. */
  readonly functions: readonly FunctionNode[];
}

const isStatementOrWrapper = (node: TSESTree.Node): boolean =>
  node.type.endsWith('Statement') || node.type.endsWith('Declaration') || node.type === AST_NODE_TYPES.Program;

export function analyse(code: string, options: AnalyseOptions = {}): Analysed {
  let file: TestFile | undefined;
  let sourceCode: Readonly<TSESLint.SourceCode> | undefined;
  const nodes: TSESTree.Node[] = [];
  const capture = {
    meta: { type: 'problem', schema: [] },
    create(context: TSESLint.RuleContext<string, []>) {
      file = testFileOf(context);
      sourceCode = context.sourceCode;
      return {
        '*'(node: TSESTree.Node) {
          nodes.push(node);
        },
      };
    },
  };
  const typescript = (options.parser ?? 'ts') === 'ts';
  const filename = typescript ? 'snippet.test.ts' : 'snippet.test.js';
  const config = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: { ...(typescript ? { parser: tsParser } : {}), globals: options.globals ?? {} },
      plugins: { probe: { rules: { capture } } },
      rules: { 'probe/capture': 'error' },
      settings: options.settings === undefined ? {} : { 'async-test': options.settings },
    },
  ];
  const messages = new Linter().verify(code, config as unknown as Linter.Config[], { filename });
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === 'probe/capture');
  if (fatal !== undefined) throw new Error(`Could not analyse the snippet: ${fatal.message} (line ${fatal.line})`);
  if (file === undefined || sourceCode === undefined) throw new Error('The capture rule did not run.');
  const model = file;
  const text = sourceCode.getText.bind(sourceCode) as (node: TSESTree.Node) => string;

  const calls = nodes.filter((node): node is TSESTree.CallExpression => node.type === AST_NODE_TYPES.CallExpression);
  const functions = nodes.filter((node): node is FunctionNode => isFunction(node));

  const nth = <T>(found: T[], what: string, index: number): T => {
    const node = found[index];
    if (node === undefined) throw new Error(`No ${what} (found ${found.length}, wanted #${index}).`);
    return node;
  };
  const expr = (source: string, index = 0) =>
    nth(
      nodes.filter((node) => !isStatementOrWrapper(node) && text(node) === source),
      `expression \`${source}\``,
      index,
    );
  const call = (callee: string, index = 0) =>
    nth(
      calls.filter((node) => text(node.callee) === callee),
      `call of \`${callee}\``,
      index,
    );
  const functionAround = (source: string, index = 0) => {
    const fn = enclosingFunction(expr(source, index));
    if (fn === undefined) throw new Error(`\`${source}\` is not inside a function.`);
    return fn;
  };
  const testCall = (callee: string, index = 0): TestCall | undefined => model.testCall(call(callee, index));
  const roleOf = (callee: string, index?: number) => testCall(callee, index)?.role;
  const awaitable = (source: string, index?: number) => model.values.isAwaitable(expr(source, index));
  return {
    file: model,
    expr,
    call,
    functions,
    roleOf,
    roles: (callees) => Object.fromEntries(callees.map((callee) => [callee, roleOf(callee)])),
    functionAround,
    contextAt: (source, index) => model.asyncContext(expr(source, index)),
    awaitable,
    awaitables: (texts) => Object.fromEntries(texts.map((source) => [source, awaitable(source)])),
    callbackOf: (callee, index) => {
      const callback = testCall(callee, index)?.callback;
      if (callback === undefined) throw new Error(`\`${callee}\` registers no callback.`);
      return callback;
    },
  };
}
