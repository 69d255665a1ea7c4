import { z } from 'zod';
import { INTENSITY_MAX, INTENSITY_MIN } from '$shared/limits.js';
import { FEELING_FAMILIES, type CheckIn } from '$shared/schemas.js';

export const PAGE_SIZE = 50;

/** Search and filters arrive as a GET query string (the form works without JavaScript and the URL is bookmarkable). */
const intensity = z.coerce.number().int().min(INTENSITY_MIN).max(INTENSITY_MAX);
export const FiltersSchema = z.object({
  // A pasted paragraph is cut to the first 100 characters rather than refused: it is only a search.
  q: z.string().trim().transform((s) => s.slice(0, 100)).catch(''),
  // "none" finds words that are off the wheel or whose family is unclear.
  family: z.enum([...FEELING_FAMILIES, 'none']).nullable().catch(null),
  min: intensity.nullable().catch(null),
  max: intensity.nullable().catch(null),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type Filters = z.infer<typeof FiltersSchema>;

function param(url: URL, name: string): string | null {
  const v = url.searchParams.get(name);
  return v === null || v === '' ? null : v;
}

/** Every word the user can search by: the feeling as said and as matched, what happened, and what got in the way. */
function searchableText(c: CheckIn): string {
  return [c.feeling?.said, c.feeling?.word, c.whatHappened, c.practice?.barrierSaid, c.practice?.barrier?.replace('_', ' ')]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

export function matches(c: CheckIn, f: Filters): boolean {
  if (f.q && !searchableText(c).includes(f.q.toLowerCase())) return false;
  if (f.family === 'none' && c.feeling?.family) return false;
  if (f.family && f.family !== 'none' && c.feeling?.family !== f.family) return false;
  // An intensity filter asks about intensity, so entries without one do not match it.
  if (f.min !== null && (c.intensity === null || c.intensity < f.min)) return false;
  if (f.max !== null && (c.intensity === null || c.intensity > f.max)) return false;
  return true;
}


/** Reads the search and filters from a URL; anything unreadable is treated as "any", never as an error. */
export function filtersFrom(url: URL): Filters {
  const parsed = FiltersSchema.parse({
    q: url.searchParams.get('q') ?? '',
    family: param(url, 'family'),
    min: param(url, 'min'),
    max: param(url, 'max'),
    page: param(url, 'page') ?? 1,
  });
  // "From 8 to 3" is read as the range the person meant.
  if (parsed.min !== null && parsed.max !== null && parsed.min > parsed.max) {
    return { ...parsed, min: parsed.max, max: parsed.min };
  }
  return parsed;
}
