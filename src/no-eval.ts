/**
 * Zod builds faster object parsers with `new Function` where eval is allowed, and finds out by trying one. Under
 * the app's Content Security Policy (no eval) that probe is refused and reported as a violation, even though zod
 * catches it. Switching zod's compiler off skips the probe; it must run before any schema is built, so
 * index.html loads this module as a script of its own, before the app's (and `main.tsx` imports it too). (Workers
 * have no page policy and keep the compiler.)
 */
import { config } from 'zod';

config({ jitless: true });
