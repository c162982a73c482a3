import Ajv from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The official SARIF 2.1.0 schema (OASIS), as shipped in @microsoft/jest-sarif. Its language
// pattern is not valid under the `u` flag, and formats are not checked: both as that package does.
const SCHEMA = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
    'utf8',
  ),
);
export const validSarif = new Ajv({
  allErrors: true,
  strict: false,
  unicodeRegExp: false,
  validateFormats: false,
  logger: false,
}).compile(SCHEMA);
