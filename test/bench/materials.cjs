/**
 * Material texts for the bench, built from the project's own labelled materials
 * (the seeds, test/fixtures/materials and the dev set — never the held-out set):
 * `count` materials, taken in turn; from the second round on, each sentence end
 * of a copy is marked with the round (“（2）。”) so that no two materials are the
 * same text. Deterministic: the same count gives the same texts, whatever is added
 * to the dev set later: only dev materials up to dev-120 are taken (the set the
 * issue-12 figures were first measured on), so figures of different rounds compare.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const FOLDERS = ["test/fixtures/corpus", "test/fixtures/materials", "test/fixtures/labelled/dev"];
/** The last dev material the bench takes (dev-NN-… or dev-NNN-…). */
const DEV_LAST = 120;
const taken = (folder, name) => !folder.endsWith("/dev") || Number(/^dev-(\d+)/.exec(name)?.[1] ?? Infinity) <= DEV_LAST;

function sources() {
  const texts = [];
  for (const folder of FOLDERS) {
    const dir = path.join(root, folder);
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith(".txt") && taken(folder, name)) texts.push(fs.readFileSync(path.join(dir, name), "utf8").replace(/\r\n/g, "\n").replace(/\n+$/, ""));
    }
  }
  return texts;
}

/** `count` material texts (see above). */
function materials(count) {
  const base = sources();
  const out = [];
  for (let k = 0; k < count; k++) {
    const round = Math.floor(k / base.length);
    const text = base[k % base.length];
    out.push(round === 0 ? text : text.replace(/。/g, `（${round + 1}）。`));
  }
  return out;
}

/**
 * Writes the materials into `dir`: one .txt per material (a folder to check as a
 * batch), and `all.txt`, one document holding all of them one after another.
 * Returns the paths and the character counts.
 */
function writeMaterials(dir, count) {
  const texts = materials(count);
  const folder = path.join(dir, `materials-${count}`);
  fs.mkdirSync(folder, { recursive: true });
  texts.forEach((t, k) => fs.writeFileSync(path.join(folder, `m${String(k).padStart(3, "0")}.txt`), t + "\n"));
  const all = texts.join("\n");
  const allFile = path.join(dir, `all-${count}.txt`);
  fs.writeFileSync(allFile, all + "\n");
  return { folder, allFile, text: all, chars: all.replace(/\n/g, "").length, count };
}

module.exports = { materials, writeMaterials };
