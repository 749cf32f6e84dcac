/** Chinese text helpers: terms (bigrams), TF-IDF similarity, themes. */
export { STOP_PHRASES, contentRuns, normalizeText, stripLeadingMarker, termCounts, termKeyCounts, termKeyOf, termSet, terms, type TermKey } from "./terms";
export { TfIdf, containment, cosine, norm, type Featurizer, type TermVector } from "./similarity";
export { THEMES, themeCounts, type Theme } from "./themes";
