/**
 * Helpers for link tests: hand-made links with any payload, to play a hostile sender.
 */
import { toBase64Url } from '../../src/scenario/base64url';
import { deflateText } from '../../src/scenario/compress';
import type { DecodeLinkResult } from '../../src/scenario/link';
import type { Scenario } from '../../src/scenario/schema';

/** Return a link whose payload is `payload` written as JSON (any JSON at all), with the fields given. */
export function craftLink(payload: unknown, fields: { v?: string; p?: string; c?: string } = {}): string {
  const { v = '1', p = 'april-2026-escalation', c } = fields;
  const d = toBase64Url(deflateText(typeof payload === 'string' ? payload : JSON.stringify(payload)));
  return [`v=${v}`, `p=${p}`, ...(c ? [`c=${c}`] : []), `d=${d}`].join('&');
}

/** Return the scenario of a decoded link, failing the test if it is an error. */
export function scenarioOf(result: DecodeLinkResult): Scenario {
  if (!result.ok) throw new Error(`expected a scenario, got ${result.error.kind}: ${result.error.message}`);
  return result.scenario;
}

/** Return the notices of a decoded link as `path: message` lines. */
export function noticesOf(result: DecodeLinkResult): string[] {
  if (!result.ok) throw new Error(`expected a scenario, got ${result.error.kind}`);
  return result.notices.map((n) => `${n.path}: ${n.message}`);
}
