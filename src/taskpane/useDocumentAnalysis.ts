/**
 * Reads the document through its host and hands the paragraphs to core.
 * The pane shows whatever core returns; it never judges the text itself.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { analyzeDocument } from "../core/analyze";
import type { AnalyzedDocument } from "../core/rules/types";
import type { DocumentHost } from "../host/types";

export type AnalysisState =
  | { status: "loading"; analysis: AnalyzedDocument | null }
  | { status: "ready"; analysis: AnalyzedDocument }
  | { status: "error"; message: string; analysis: AnalyzedDocument | null };

/** One line for the user; host adapters already word their errors (DocumentReadError). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return String(error);
}

export function useDocumentAnalysis(host: DocumentHost): { state: AnalysisState; refresh: () => void } {
  const [state, setState] = useState<AnalysisState>({ status: "loading", analysis: null });
  // Only the latest read may update the state (a slow read must not overwrite a newer one).
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const request = ++latest.current;
    setState((previous) => ({ status: "loading", analysis: previous.analysis }));
    void (async () => {
      try {
        const paragraphs = await host.readParagraphs();
        const analysis = analyzeDocument(paragraphs, { hostKind: host.kind });
        if (request === latest.current) setState({ status: "ready", analysis });
      } catch (error) {
        if (request === latest.current) {
          setState((previous) => ({ status: "error", message: errorMessage(error), analysis: previous.analysis }));
        }
      }
    })();
  }, [host]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  return { state, refresh };
}
