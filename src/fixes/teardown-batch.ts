/**
 * Fixes that add a statement to a suite's teardown hook, batched per hook: fixes into one hook overlap, so ESLint
 * would apply one of them per pass; each report's fix writes every statement its hook is missing, so that `--fix`
 * converges at once. Used by the rules that add an undo, a close or a rollback.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { SuiteBody } from '../analysis/pairing';
import type { Runner } from '../knowledge';
import { insertIntoPairedHook } from './insert-into-hook';

type TeardownRole = 'afterEach' | 'afterAll';

interface HookEntry<Report> {
  readonly statements: Set<string>;
  readonly reports: Report[];
}

export class TeardownBatch<Report> {
  private readonly hooks = new Map<SuiteBody, Map<TeardownRole, HookEntry<Report>>>();

  /** A report whose fix writes `statement` (one line, without indentation) into the suite's `role` hook. */
  add(suite: SuiteBody, role: TeardownRole, statement: string, report: Report): void {
    let byRole = this.hooks.get(suite);
    if (byRole === undefined) this.hooks.set(suite, (byRole = new Map()));
    let entry = byRole.get(role);
    if (entry === undefined) byRole.set(role, (entry = { statements: new Set(), reports: [] }));
    entry.statements.add(statement);
    entry.reports.push(report);
  }

  /** Every report added, with the fix that writes all its hook's statements (null when the runner's hook cannot be written). */
  *reportsWithFixes(sourceCode: Readonly<TSESLint.SourceCode>, runner: Runner | undefined): Generator<[Report, TSESLint.ReportFixFunction | null]> {
    for (const [suite, byRole] of this.hooks) {
      for (const [role, { statements, reports }] of byRole) {
        const fix = insertIntoPairedHook({ sourceCode, runner, suite, role, statement: [...statements].join('\n') }) ?? null;
        for (const report of reports) yield [report, fix];
      }
    }
  }
}
