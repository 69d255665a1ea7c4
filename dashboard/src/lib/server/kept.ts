import { wordsIn } from '$shared/export.js';
import type { OwnerExport } from '$shared/store/Store.js';

/** One thing kept aside, as the History page shows it. */
export interface KeptAsideItem {
  /** For removing it (/history/kept-aside/[id]). */
  id: string;
  /** ISO time, for the `<time>` element. */
  at: string;
  /** "Monday 3 March 2025, 22:15" in the user's time zone. */
  when: string;
  /** The start of the words, so two things kept in the same minute have different names for a screen reader. */
  excerpt: string;
  /** The words; a plain note when the record holds none (a change the store could not apply), which the export has whole. */
  said: string[];
}

/**
 * What the rescue log kept of the user (the skill told them "I've kept what you said"), ready to show: newest first,
 * with the time in their own zone.
 */
export function keptAsideItems(rescued: OwnerExport['rescued'], timeZone: string): KeptAsideItem[] {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return rescued.map(({ id, at, payload }) => {
    const time = new Date(at);
    const words = wordsIn(payload);
    return {
      id,
      at,
      when: Number.isNaN(time.getTime()) ? at : `${date.format(time)}, ${clock.format(time)}`,
      said: words.length > 0 ? words : ['A change the store could not apply, with no words of yours in it. Your JSON export has it whole.'],
      excerpt: excerptOf(words[0] ?? 'a change with no words'),
    };
  });
}

function excerptOf(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length <= 40 ? flat : `${flat.slice(0, 40).trimEnd()}…`;
}
