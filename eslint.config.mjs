// `npm run lint` and a stage of `npm test`: ESLint's and typescript-eslint's recommended rules on
// every TypeScript and script file, plus Lit's and web components' rules on the elements.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-demo/**', 'test-results/**', 'public/mockServiceWorker.js', 'public/stand-ins/**', '.shots-tmp/**', '**/*.d.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['src/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks what is left unused on purpose (a rest sibling, an interface's argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions; fixtures poke at untyped documents.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
