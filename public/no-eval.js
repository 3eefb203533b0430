/*
 * Zod builds faster object parsers with `new Function` where eval is allowed, and finds out by trying one when the
 * first object schema is built. Under the app's Content Security Policy (no eval) that probe is refused and
 * reported as a violation, even though zod catches it. Switching zod's compiler off skips the probe, and must
 * happen before any schema is built: the app's code comes in chunks, and the ones holding zod also build schemas
 * as they load, so this is a classic script of its own, run by index.html before the app's module. Zod keeps its
 * configuration on `globalThis.__zod_globalConfig` (zod/v4/core/core.js), shared by every copy of zod and read
 * by its `config()`; this fills it in ahead. (Workers have no page policy and keep the compiler.)
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
