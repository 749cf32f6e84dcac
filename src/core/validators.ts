/**
 * The zod validators, loaded on first use: the stored state's (./stateSchema) and
 * imported profiles' (./profiles/schema). Checking a document that keeps no state
 * and no imported profile never needs them.
 *
 * This module is what Node runs (the CLI, the tests): each is required the first
 * time it is asked for. The pages' build replaces it with
 * src/taskpane/validators.ts (webpack.config.js), which loads them with import(), so
 * that zod stays out of the task pane's first view; there, whatever validates first
 * awaits preloadValidators() (the store, the hosts' state readers, the self-test).
 */
type StateSchemas = typeof import("./stateSchema");
type ProfileSchema = typeof import("./profiles/schema");

let state: StateSchemas | null = null;
let profile: ProfileSchema | null = null;

export function stateSchemas(): StateSchemas {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  state ??= require("./stateSchema") as StateSchemas;
  return state;
}

export function profileSchema(): ProfileSchema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  profile ??= require("./profiles/schema") as ProfileSchema;
  return profile;
}

/** Whether the validators can be used now, without waiting (here: always). */
export function validatorsLoaded(): boolean {
  return true;
}

/** Resolves once the validators can be used (here: at once). */
export function preloadValidators(): Promise<void> {
  return Promise.resolve();
}
