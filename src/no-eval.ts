/**
 * Zod builds faster object parsers with `new Function` where eval is allowed, and finds out by trying one when
 * the first object schema is built. Under the app's Content Security Policy (no eval) that probe is refused and
 * reported as a violation, even though zod catches it. Switching zod's compiler off skips the probe; it must
 * happen before any schema is built, so index.html loads this module as a script of its own, before the app's.
 * It imports nothing: importing zod here would run zod's chunk — and the schemas bundled with it — first. Zod
 * keeps its configuration on `globalThis.__zod_globalConfig` (zod/v4/core/core.js), shared by every copy of zod
 * and read by `config()`; this fills it in ahead. `main.tsx` imports this module too, and calls zod's `config`
 * as well. (Workers have no page policy and keep the compiler.)
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
