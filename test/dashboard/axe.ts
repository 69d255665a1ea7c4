import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core');

/** The app's Content-Security-Policy forbids injected scripts (as it should); only axe's test contexts bypass it. */
export const AXE_CONTEXT = { bypassCSP: true } as const;

/** Runs axe-core in the page and returns its serious and critical violations, one line each. */
export async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: AXE_PATH });
  // The function runs in Chromium, where `window.axe` exists; this file's Node types do not know it.
  const violations = await p.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}
