/**
 * Lints one text file with zhlint (its Node API, default preset) and prints, as one
 * JSON line, the CPU and wall time of the lint after zhlint was loaded (its start-up
 * is left out, as the duizhao CLI's is). Run by run.cjs in a process of its own.
 */
import { readFileSync } from "node:fs";

const file = process.argv[2];
const { run } = await import("zhlint");
const text = readFileSync(file, "utf8");
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const result = run(text, { rules: { preset: "default" } });
const wall = performance.now() - wall0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(JSON.stringify({ wallMs: wall, cpuMs: (cpu.user + cpu.system) / 1000, validations: result.validations.length }) + "\n");
