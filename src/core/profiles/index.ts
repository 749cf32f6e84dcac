/** Aspect profiles: types, validation of imported ones, built-in catalogue, aspect matching, detection. */
export {
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  EXPECTED_PART_KINDS,
  MEETING_TYPES,
  PROFILE_SCHEMA_VERSION,
  requiredSections,
  type Aspect,
  type ConfidenceLevel,
  type ExpectedPart,
  type ExpectedPartKind,
  type MeetingType,
  type ParseProfileResult,
  type Profile,
  type ProfileSection,
} from "./types";
export { parseProfile, parseProfileText } from "./parse";
export { builtInProfile, builtInProfiles, profileCatalogue } from "./catalogue";
export {
  ASPECT_THRESHOLD,
  aspectScores,
  matchAspects,
  prepareProfiles,
  profileFit,
  uncoveredAspects,
  type AspectMatch,
} from "./aspects";
export {
  DETECTION_THRESHOLD,
  campaignYear,
  detectProfile,
  documentYearOf,
  findMeetingType,
  findYear,
  type ProfileCandidate,
  type ProfileDetection,
  type YearMismatchWarning,
} from "./detect";
