import { loadEnv, type Env } from '$shared/env.js';

let parsed: Env | null = null;

/**
 * The environment, parsed once with the same schema the skill uses, so both halves agree on DATA_DIR and DEMO
 * whether the dashboard runs alone (`node dashboard/build`) or mounted in the skill's Express server.
 */
export function env(): Env {
  parsed ??= loadEnv(process.env);
  return parsed;
}
