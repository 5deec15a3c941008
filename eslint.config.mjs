// Lint for the TypeScript sources. Its main job is to enforce what the README promises:
// src/core is pure (no `vscode`, no Node built-ins, no disk), so it runs anywhere and
// is tested with plain mocha; the webview script never imports the extension host's code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/** Every Node built-in, bare and with the node: prefix ("fs", "node:fs", "fs/promises"…). */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `${m}/*`]);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'media/dist/**', 'node_modules/**', 'test/fixtures/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    files: ['**/*.ts'],
    rules: {
      // Text parsers match control characters on purpose (NUL, BOM, C1 controls in URLs).
      'no-control-regex': 'off',
      'no-useless-escape': 'warn',
      // `_` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is pure: adapters in src/vscode convert to VS Code types.' }],
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node built-ins; adapters (src/vscode, src/cli, src/node) hand in text and bytes.' },
            { group: nodeBuiltins, message: 'src/core is pure: no Node built-ins; adapters (src/vscode, src/cli, src/node) hand in text and bytes.' },
          ],
        },
      ],
      // No reaching for the host's globals either.
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', '__filename', 'Buffer', 'document', 'window'],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The webview runs in a browser: talk to the extension through messages (src/webview/protocol.ts).' }],
          patterns: [{ group: ['node:*', '../vscode/*', '../core/entities/*'], message: 'The webview bundle runs in a browser.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', TextDecoder: 'readonly', Buffer: 'readonly' },
    },
  },
);
