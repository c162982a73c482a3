import { z } from 'zod';

// Zod compiles object parsers with `new Function` where eval is allowed, and finds out once with
// a caught `new Function('')`. The extension's pages and background forbid eval (CSP
// `script-src 'self'`), so that probe never helps, and Firefox logs each one as a CSP violation
// error in the console. Jitless: no probe, no eval. Zod decides when a schema is made, so every
// entrypoint imports this module first, before any module that defines a schema.
z.config({ jitless: true });
