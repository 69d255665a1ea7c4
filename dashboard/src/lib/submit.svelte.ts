import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * `use:enhance={submitted({ refused })}`: `refused` runs when the form's own answer is a refusal (`fail(…)`), after the
 * page shows the errors, so it can move focus to them.
 */
export function submitted(options: { refused?: () => void } = {}): SubmitFunction {
  return () => {
    return async ({ result, update }) => {
      await update();
      if (result.type === 'failure' && options.refused) {
        await tick();
        options.refused();
      }
    };
  };
}
