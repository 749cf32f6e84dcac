/** The package's settings part, as far as editing needs it. */
import { toggle } from "./props";
import { NS_W, parseXml, SKIP, type XmlCursor } from "./xml";

/** True when settings.xml asks Word to track revisions (`w:trackRevisions`, not switched off). */
export function tracksRevisions(settingsXml: string | null): boolean {
  if (!settingsXml) return false;
  let tracks = false;
  let cur: XmlCursor;
  let seenRoot = false;
  try {
    parseXml(settingsXml, "settings.xml", {
      start(cursor) {
        cur = cursor;
      },
      open(ns, local, attrs) {
        if (!seenRoot) {
          seenRoot = true;
          return;
        }
        // Only the root's children matter.
        if (ns === NS_W && local === "trackRevisions") tracks = toggle(cur.attr(attrs, "val"));
        return SKIP;
      },
    });
  } catch {
    // Damaged settings: Word would not track either.
    return false;
  }
  return tracks;
}
