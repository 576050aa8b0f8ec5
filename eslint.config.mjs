// Lint rules that guard the architecture as well as the code: core never reaches VS Code.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|suite|describe)$/]",
        message: 'Focused or skipped tests do not ship.',
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        // `paths` match module names exactly, so core's own `../path` helpers stay allowed.
        paths: [{ name: 'vscode', message: 'src/core is pure TypeScript: reach VS Code through src/vscode.' },
                ...['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto'].map((name) => ({ name, message: 'src/core reaches files through the FileSystem port.' }))],
        patterns: [{ group: ['**/vscode/**', '../vscode', '../../vscode'], message: 'src/core must not depend on the VS Code layer.' },
                   { group: ['node:*'], message: 'src/core reaches files through the FileSystem port.' }],
      }],
    },
  },
);
