/** Problem–measure pairing. */
export {
  PAIR_THRESHOLD,
  pairConfidence,
  pairProblems,
  pairSimilarities,
  type Pair,
  type PairOverride,
  type Pairing,
  type PairingOptions,
} from "./pair";
export { maxAssignment, orderPrior } from "./assignment";
export { pairDocument, type DocumentPairing } from "./groups";
