import { CRISIS_LINES as LINES } from '$shared/safety/crisis-lines.js';
import type { CrisisRegion } from '$shared/schemas.js';

export interface CrisisLineLabel {
  region: string;
  line: string;
}

const countryName = (country: string) => country.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase());

/**
 * The crisis lines as the dashboard shows them, read from the one file a clinician reviews
 * (shared/safety/crisis-lines.ts), so the page and Alexa can never name different numbers. Server-only: the
 * data reaches pages through `load`, keeping the safety module out of the browser bundle.
 */
export const CRISIS_LINES: Record<CrisisRegion, CrisisLineLabel> = Object.fromEntries(
  Object.entries(LINES).map(([region, l]) => [
    region,
    { region: countryName(l.country), line: l.canText ? `${l.number} (call or text)` : `${l.service}, ${l.number}` },
  ]),
) as Record<CrisisRegion, CrisisLineLabel>;

/** The line for the user's region, or every line until they choose one. */
export function crisisLinesFor(region: CrisisRegion | null): CrisisLineLabel[] {
  return region ? [CRISIS_LINES[region]] : Object.values(CRISIS_LINES);
}
