import type { ActionResult, SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * Why the last form could not be sent at all, for the frame to say so: `refused` when the server answered with
 * something that is not a form result (SvelteKit's cross-site check refuses a page opened on another address than
 * ORIGIN with a bare 403), `unreachable` when the request never got an answer. Null when there is nothing to say.
 */
export const sendProblem = $state<{ kind: 'refused' | 'unreachable' | null }>({ kind: null });

/** The id of the frame's notice, focused when it appears so it is seen (at any zoom) and read out. */
export const SEND_PROBLEM_ID = 'send-problem';

const RESULT_TYPES = new Set<string>(['success', 'failure', 'redirect', 'error']);

/**
 * `use:enhance={submitted()}` for every form: a form that could not be sent says so instead of doing nothing, and
 * `refused` (the form's own answer, `fail(…)`) runs after the page shows the errors, so it can move focus to them.
 */
export function submitted(options: { refused?: () => void } = {}): SubmitFunction {
  return () => {
    sendProblem.kind = null;
    return async ({ result, update }) => {
      const answer = result as ActionResult | { type?: undefined };
      if (answer.type === undefined || !RESULT_TYPES.has(answer.type)) {
        await show('refused');
      } else if (answer.type === 'error' && answer.status === undefined) {
        // enhance reports a fetch that threw (offline, server gone) as an error with no status.
        await show('unreachable');
      } else {
        await update();
        if (answer.type === 'failure' && options.refused) {
          await tick();
          options.refused();
        }
      }
    };
  };
}

async function show(kind: 'refused' | 'unreachable'): Promise<void> {
  sendProblem.kind = kind;
  await tick();
  document.getElementById(SEND_PROBLEM_ID)?.focus();
}
