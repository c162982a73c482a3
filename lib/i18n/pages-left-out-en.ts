// English strings for apps a page showed but page-only mode could not read (more rows than a reading holds).
export const pagesLeftOutEn = {
  'pages.leftOut.one':
    '1 app on a page you visited was not read: the page shows more than {max} rows. Open its own collaborators page: {apps}.',
  'pages.leftOut.many':
    '{count} apps on a page you visited were not read: the page shows more than {max} rows. Open their own collaborators pages: {apps}.',
} as const;
