/**
 * The command's parser for JavaScript test files: espree, as ESLint's default, except that a CommonJS file that does
 * not parse as configured (an ES module, for `.js`) is read again as a script, as node runs it. Old suites written in
 * sloppy mode (`function publish(package)`, `with`, octal literals) then parse, while a `.js` file with `import` (jest
 * with babel, vitest) is still read as the module it is. A file is CommonJS as node decides: `.cjs`, or `.js`/`.jsx`
 * whose nearest package.json does not say `"type": "module"`.
 */
import path from 'node:path';
import { analyze } from 'eslint-scope';
import { parse, VisitorKeys } from 'espree';
import { readJson } from '../project/files';

type ParserOptions = Parameters<typeof parse>[1] & { readonly filePath?: string };

export const scriptFallbackParser = {
  meta: { name: 'async-test-lint/script-fallback' },
  parseForESLint(code: string, options: ParserOptions) {
    try {
      // As configured, with ESLint's own scope analysis.
      return { ast: parse(code, options) };
    } catch (error) {
      if (options.sourceType !== 'module' || options.filePath === undefined || !isCommonJs(options.filePath)) throw error;
      let ast;
      try {
        ast = parse(code, { ...options, sourceType: 'commonjs' });
      } catch {
        throw error; // the module's error says more about a file that is neither
      }
      const scopeManager = analyze(ast as unknown as Parameters<typeof analyze>[0], {
        ignoreEval: true,
        nodejsScope: true,
        ecmaVersion: typeof options.ecmaVersion === 'number' ? options.ecmaVersion : 2022,
        sourceType: 'commonjs',
        childVisitorKeys: VisitorKeys,
        fallback: 'iteration',
        jsx: options.ecmaFeatures?.jsx === true,
      });
      return { ast, scopeManager, visitorKeys: VisitorKeys };
    }
  },
};

function isCommonJs(file: string): boolean {
  const extension = path.extname(file);
  if (extension === '.cjs') return true;
  if (extension !== '.js' && extension !== '.jsx') return false;
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    const packageJson = readJson(path.join(folder, 'package.json'));
    if (typeof packageJson === 'object' && packageJson !== null) return (packageJson as { type?: unknown }).type !== 'module';
    if (path.dirname(folder) === folder) return true;
  }
}
