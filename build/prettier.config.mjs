/**
 * One formatting for the whole tree (`npm run format`, checked in CI by `npm run format:check`).
 * Wide lines, because the code has many one-line declarations that read better unbroken.
 */
export default {
  printWidth: 160,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  endOfLine: 'lf',
};
