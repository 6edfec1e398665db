// The one way into zod for the background and the extension's pages. Zod compiles fast parsers with
// `new Function`, which an extension's content security policy forbids; left to itself, zod tries it once
// in each context and the browser reports that attempt as an eval violation (DevTools Issues, the
// extension's error list), then zod falls back to its interpreter anyway. Jitless from the first schema on,
// it never tries. Content scripts do not use zod at all (their size budget, test/e2e/foundation.test.mjs).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
