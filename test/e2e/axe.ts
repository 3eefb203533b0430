/**
 * axe-core in a real Chromium: injected with Playwright's evaluate (DevTools evaluation is exempt from the page's
 * Content Security Policy, unlike a <script> tag), so what is scanned is exactly what users get.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  failureSummary?: string | undefined;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

/** Run axe on the whole page (WCAG 2.x A and AA, and axe's best practices). */
export async function scan(page: Page): Promise<{ violations: AxeViolation[]; passes: number }> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: AxeViolation[];
      passes: unknown[];
    };
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      passes: result.passes.length,
    };
  });
}

/** One line per violation: rule, impact, how many elements, the first few. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.impact}: ${v.id} (${v.help}) × ${v.nodes.length}: ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
