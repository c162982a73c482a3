import type { ProgressSink } from './progress';

// Text from the API (names, e-mails, error reasons) is written by other users: in a terminal,
// control characters could move the cursor, rewrite earlier lines, set the window title or
// fake a line of our own. Every line the command writes for people goes through here.

/** Control characters (C0, DEL, C1) and Unicode line separators, each shown as `?`. */
export const cleanText = (s: string | null | undefined) =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  (s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');

/** Writes one line, cleaned whole (a line break inside a quoted text cannot fake a line of ours). */
export const lineWriter =
  (sink: ProgressSink) =>
  (line: string): void =>
    sink.write(`${cleanText(line)}\n`);
