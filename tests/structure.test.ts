/**
 * Where each kind of fact lives: a runner's behaviour is read from its module in src/knowledge/runners, so the rules,
 * the fixes and the analysis never compare runner names or spell a runner's module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { frameworks, runnerOf } from '../src/knowledge';

const root = path.resolve(import.meta.dirname, '..');
// node:test's bare module name `test` is also the role of a test call: only scoped or prefixed module names count.
const runnerNames = new Set(
  frameworks.flatMap((framework) => [framework, ...runnerOf(framework)!.library.modules.filter((module) => /[:@/]/.test(module))]),
);

/** The string literals of a source text that name a runner or one of its modules, as `line: 'text'`. */
function runnerNameLiterals(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && runnerNames.has(node.text)) {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Reads of a kind's raw fields (`kind.spec.resource`): the rules ask `Kind` questions instead. */
function rawKindReads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'spec') {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
}

describe('runner facts live in the runner modules', () => {
  it.each(['rules', 'src/fixes', 'src/analysis'])('%s compares no runner names', (folder) => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(2);
    const literals = files.flatMap((file) => runnerNameLiterals(file, readFileSync(path.join(root, file), 'utf8')).map((hit) => `${file}:${hit}`));
    expect(literals.join('\n')).toBe('');
  });

  it('finds a runner name compared in code, but not one in a comment', () => {
    const text = `// under 'jest' nothing changes\nif (file.framework === 'jest') addNamedImport(fixer, ast, 'vitest', 'vi');`;
    expect(runnerNameLiterals('rule.ts', text)).toEqual(["2: 'jest'", "2: 'vitest'"]);
  });
});

describe('kind facts are asked, not read', () => {
  it.each(['rules', 'src/fixes', 'src/analysis'])('%s reads no raw kind fields', (folder) => {
    const reads = sourceFiles(folder).flatMap((file) =>
      rawKindReads(file, readFileSync(path.join(root, file), 'utf8')).map((hit) => `${file}:${hit}`),
    );
    expect(reads.join('\n')).toBe('');
  });

  it('finds a raw read', () => {
    expect(rawKindReads('rule.ts', 'const closes = kind.spec.resource?.closes;')).toEqual(['1: kind.spec']);
  });
});
