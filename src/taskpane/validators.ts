/**
 * The pages' src/core/validators.ts (webpack.config.js puts this module in its
 * place): the zod validators of the stored state and of imported profiles are a
 * chunk, loaded with import() by preloadValidators() when a document keeps state,
 * the user has imported profiles or imports one. What validates awaits it first;
 * a validator asked for before that throws a message saying so (and starts the
 * load, so that 刷新 succeeds).
 */
type StateSchemas = typeof import("../core/stateSchema");
type ProfileSchema = typeof import("../core/profiles/schema");

let state: StateSchemas | null = null;
let profile: ProfileSchema | null = null;
let loading: Promise<void> | null = null;

export function preloadValidators(): Promise<void> {
  loading ??= Promise.all([import("../core/stateSchema"), import("../core/profiles/schema")]).then(
    ([stateModule, profileModule]) => {
      state = stateModule;
      profile = profileModule;
    },
    (error: unknown) => {
      loading = null; // tried again next time
      throw error;
    },
  );
  return loading;
}

export function validatorsLoaded(): boolean {
  return state !== null && profile !== null;
}

function notLoaded(): Error {
  void preloadValidators().catch(() => undefined);
  return new Error("校验程序尚未加载，请点“刷新”重试。 · The validator is not loaded yet; choose Refresh to try again.");
}

export function stateSchemas(): StateSchemas {
  if (!state) throw notLoaded();
  return state;
}

export function profileSchema(): ProfileSchema {
  if (!profile) throw notLoaded();
  return profile;
}
