import type { z } from 'zod';

/** Field name → one message, for `fail(400, { errors, values })` and aria-describedby on the form. */
export type FieldErrors = Record<string, string>;

/**
 * Turns zod issues into one plain message per field. `messages` gives the wording for each field; zod's own
 * wording ("Too big: expected string to have <=2000 characters") is not something to show a person at bedtime.
 */
export function fieldErrors(issues: z.core.$ZodIssue[], messages: Record<string, string>, fallback = 'Please check this.'): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= messages[field] ?? fallback;
  }
  return errors;
}

/** A form field as a string ('' when missing or a file), so values can be echoed back into the form. */
export function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}
