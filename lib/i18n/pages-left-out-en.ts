// English strings for apps a page showed but page-only mode could not read in full (more rows than a reading holds, or rows it could not read).
export const pagesLeftOutEn = {
  'pages.leftOut.one':
    '1 app on a page you visited was not read in full: the page shows more than {max} rows, or rows that could not be read. Open its own collaborators page: {apps}.',
  'pages.leftOut.many':
    '{count} apps on a page you visited were not read in full: the page shows more than {max} rows, or rows that could not be read. Open their own collaborators pages: {apps}.',
} as const;
