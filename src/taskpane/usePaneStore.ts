/**
 * The pane's store for one host, started while the pane is shown (first read,
 * re-checks on focus and document changes) and stopped when it goes away.
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { DocumentHost } from "../host/types";
import type { Strings } from "./i18n";
import { PaneStore, type PaneEnvironment, type PaneSnapshot } from "./store";

export function usePaneStore(
  host: DocumentHost,
  strings: Strings,
  env?: Partial<PaneEnvironment>,
): { store: PaneStore; snapshot: PaneSnapshot } {
  // One store per host (the preview keys the pane by document, Word has one host).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- strings and env are read once; setStrings follows the language
  const store = useMemo(() => new PaneStore(host, strings, env), [host]);
  useEffect(() => store.setStrings(strings), [store, strings]);
  useEffect(() => store.start(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { store, snapshot };
}
