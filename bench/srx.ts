/**
 * Set "srx": how often libsegment (Debian's libsegment-java, the SRX 2.0
 * reference implementation), running `sverka srx`'s rules, cuts where sverka's
 * segmenter cuts, inside sverka's units (a CAT tool hands SRX a paragraph at a
 * time). Needs javac and libsegment; skipped, saying so, without them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getLanguage } from "../src/lang/index.js";
import { splitUnits } from "../src/segment/blocks.js";
import { sentenceBoundaries } from "../src/segment/sentences.js";
import { writeSrx } from "../src/segment/srx.js";
import { loadNtrex, ROOT } from "./data.js";

const JARS = ["segment.jar", "commons-logging.jar", "jaxb-api.jar", "jaxb-runtime.jar", "jaxb-core.jar", "istack-commons-runtime.jar"].map(
  (j) => join("/usr/share/java", j),
);

export interface SrxAgreement {
  readonly set: string;
  readonly sverka: number;
  readonly srx: number;
  readonly both: number;
  readonly seconds: number;
}

/** The driver compiled, or why it cannot be. */
function driver(): { cp: string } | { skip: string } {
  if (!existsSync(JARS[0]!)) return { skip: "libsegment-java not installed" };
  const jars = JARS.filter((j) => existsSync(j)).join(":");
  const out = mkdtempSync(join(tmpdir(), "sverka-bench-srx-"));
  const r = spawnSync("javac", ["-cp", jars, "-d", out, join(ROOT, "tests", "tools", "SrxSplit.java")], { encoding: "utf8" });
  if (r.error || r.status !== 0) return { skip: `javac failed or missing: ${r.error?.message ?? r.stderr}` };
  return { cp: `${jars}:${out}` };
}

function agreement(cp: string, set: string, lang: "bg" | "en", texts: readonly string[]): SrxAgreement {
  const t0 = performance.now();
  const profile = getLanguage(lang);
  const units = texts.flatMap((t) => splitUnits(t, profile).map((u) => t.slice(u.start, u.end)));
  const rules = join(mkdtempSync(join(tmpdir(), "sverka-bench-srx-")), "sverka.srx");
  writeFileSync(rules, writeSrx(["bg", "en"]));
  const r = spawnSync("java", ["-cp", cp, "SrxSplit", rules, lang], { input: units.join("\u0000"), encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`libsegment failed: ${r.stderr}`);
  const lines = r.stdout.trimEnd().split("\n");
  let both = 0;
  let sverka = 0;
  let srx = 0;
  units.forEach((unit, k) => {
    const ours = new Set(sentenceBoundaries(unit, profile));
    let at = 0;
    const theirs = (lines[k] ?? "")
      .split(",")
      .map(Number)
      .slice(0, -1)
      .map((n) => (at += n));
    for (const p of theirs) if (ours.has(p)) both++;
    sverka += ours.size;
    srx += theirs.length;
  });
  return { set, sverka, srx, both, seconds: (performance.now() - t0) / 1000 };
}

/** The corpus documents and the tests' contract and manual; NTREX's documents as running text when ../shared is there. */
export function runSrx(shared: string | undefined): SrxAgreement[] | string {
  const d = driver();
  if ("skip" in d) return d.skip;
  const read = (...p: string[]) => readFileSync(join(ROOT, ...p), "utf8");
  const docs = (lang: string) => [
    read("corpus", "osce-alliance-2024", `${lang}.txt`),
    read("corpus", "handmade-bg-en", `${lang}.txt`),
    read("tests", "fixtures", "srx", `contract.${lang}.txt`),
    read("tests", "fixtures", "srx", `manual.${lang}.txt`),
  ];
  const out = [
    agreement(d.cp, "corpus + contract + manual (bg)", "bg", docs("bg")),
    agreement(d.cp, "corpus + contract + manual (en)", "en", docs("en")),
  ];
  if (shared) {
    const ntrex = loadNtrex(shared);
    for (const lang of ["bg", "en"] as const)
      out.push(agreement(d.cp, `NTREX documents, running text (${lang})`, lang, [ntrex.map((doc) => doc[lang].join(" ")).join("\n\n")]));
  }
  return out;
}
