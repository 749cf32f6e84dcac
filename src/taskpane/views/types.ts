import type { AnalyzedDocument } from "../../core/rules/types";
import type { DocumentTarget } from "../../host/types";
import type { Strings } from "../i18n";

/** What every view of the pane receives. Views show core's results; they do not analyse. */
export interface ViewProps {
  analysis: AnalyzedDocument;
  strings: Strings;
  /** Take the user to a place in the document. */
  onSelect: (target: DocumentTarget) => void;
  /** The paragraph last selected from the pane, for aria-current. */
  selectedParagraph: number | null;
}

/** The pane's views, in tab order. Only "structure" exists so far. */
export type ViewId = "structure" | "pairs" | "check";
