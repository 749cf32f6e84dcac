/** `duizhao profiles`: the built-in aspect profiles. */
import { clip as clipText } from "../core/labels";
import { builtInProfiles } from "../core/profiles/catalogue";
import { CONFIDENCE_LABELS } from "../core/profiles/types";
import { parse, type Io } from "./common";

/** Whitespace folded, then cut: one line of terminal output. */
function clip(text: string, max = 40): string {
  return clipText(text.replace(/[\s\u3000]+/g, " ").trim(), max);
}

export function profilesCommand(args: string[], io: Io): number {
  const { values } = parse("profiles", { args, options: { json: { type: "boolean" } } });
  const profiles = builtInProfiles();
  if (values.json) {
    io.out(
      JSON.stringify(
        profiles.map((p) => ({
          id: p.id,
          name: p.name,
          year: p.year,
          meetingType: p.meetingType,
          confidence: p.confidence.level,
          aspects: p.aspects.map((a) => ({ id: a.id, label: a.label })),
        })),
      ),
    );
    return 0;
  }
  for (const p of profiles) {
    io.out(`${p.id}  ${p.name}（${CONFIDENCE_LABELS[p.confidence.level]}）`);
    for (const a of p.aspects) io.out(`    ${a.id} ${clip(a.label, 60)}`);
  }
  return 0;
}

