/**
 * README's examples, run as written. Every `sverka ...` / `npx sverka ...` line
 * of README's `sh` code blocks runs in-process (`run(argv, io)`), in README's
 * order, in one scratch folder holding the files the examples name. The shell
 * around them is honoured: `# comments` are dropped, `>` / `>>` write stdout to
 * the file, a glob expands as the shell would (sorted; left as written when
 * nothing matches), and `| program` feeds stdout to that program, run for
 * real. An example that cannot run must be listed in SKIPPED with its reason;
 * one failing for a bug owned elsewhere goes in KNOWN_FAILURES (then
 * `test.failing`, so it shows up the day it is fixed).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "shell-quote";
import { globSync } from "tinyglobby";
import { corpus, ROOT, sverka } from "./helpers.js";

/** Exit codes other than 0 that README implies for an example (`check` exits 1 on problems). */
const EXPECTED_CODES: Record<string, number> = {
  "npx sverka check manual.xlf                  # XLIFF 1.2 (or 1.1) or 2.x: each unit, inline tags compared": 1,
  "npx sverka check corpus/handmade-bg-en/bg.txt corpus/handmade-bg-en/en.txt   # the bundled pair with a sentence left out": 1,
  // corpus/handmade-bg-en has defects put in on purpose: a folder check of corpus/ finds them.
  "npx sverka check corpus/ -o qa.sarif -o qa.xml          # every pair: SARIF and JUnit XML, the readable report on stderr": 1,
  "npx sverka check corpus/ -f github --fail-on warning    # GitHub Actions annotations on the flagged lines": 1,
};

/** Examples that cannot run in this test as written: each with its reason. Keep this short. */
const SKIPPED: Record<string, string> = {};

/** Examples that fail today for a bug owned by another item of issue #17: each with that item. */
const KNOWN_FAILURES: Record<string, string> = {};

/** The command lines of README's `sh` blocks that run sverka. */
function readmeExamples(markdown: string): string[] {
  const out: string[] = [];
  let inSh = false;
  for (const line of markdown.split("\n")) {
    if (/^```/.test(line)) {
      inSh = !inSh && /^```(sh|bash|shell|console)\s*$/.test(line);
      continue;
    }
    if (inSh && /^\s*(npx\s+)?sverka\s/.test(line)) out.push(line.trim());
  }
  return out;
}

/** What shell-quote's parse gives: a word, an operator, a glob, or a comment. */
type Token = string | { op: string; pattern?: string } | { comment: string };

/** One example as the shell would run it: the sverka arguments, where stdout goes, and the programs it is piped to. */
interface Plan {
  readonly argv: string[];
  readonly redirect?: { readonly path: string; readonly append: boolean };
  readonly pipes: string[][];
}

/** Splits an example into what the shell would do; throws on shell syntax this test does not run (README must not use it). */
function plan(line: string, cwd: string): Plan {
  const tokens = parse(line, (name) => `$${name}`) as Token[];
  const stages: string[][] = [[]];
  let redirect: Plan["redirect"];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (typeof t === "string") stages.at(-1)!.push(t);
    else if ("comment" in t) break;
    else if (t.op === "glob") {
      const found = globSync(t.pattern!, { cwd, onlyFiles: true, expandDirectories: false }).sort();
      stages.at(-1)!.push(...(found.length ? found : [t.pattern!]));
    } else if (t.op === ">" || t.op === ">>") {
      const path = tokens[++k];
      if (typeof path !== "string") throw new Error(`"${line}": ${t.op} without a file name`);
      redirect = { path, append: t.op === ">>" };
    } else if (t.op === "|") stages.push([]);
    else throw new Error(`"${line}": shell operator ${t.op} is not run by this test: write the example without it`);
  }
  const [first, ...pipes] = stages;
  const argv = first![0] === "npx" ? first!.slice(1) : first!;
  if (argv[0] !== "sverka") throw new Error(`"${line}": does not run sverka`);
  return { argv: argv.slice(1), ...(redirect ? { redirect } : {}), pipes };
}

/** Files an example says it writes: -o, --output, --report, --merge-tmx, --save-lexicon, and a redirect. */
function outputsOf(p: Plan): string[] {
  const named = p.argv.flatMap((a, k) =>
    ["-o", "--output", "--report", "--merge-tmx", "--save-lexicon"].includes(p.argv[k - 1] ?? "") ? [a] : [],
  );
  return [...named, ...(p.redirect ? [p.redirect.path] : [])].filter((x) => x !== "-");
}

/** A short contract, in Bulgarian and English, for the third pair of the manifest. */
const CONTRACT_BG = `Договор за услуги

Страните се договарят, че изпълнителят ще достави софтуера до 30 юни 2025 г. Възложителят заплаща 12 000 лв. в срок от 10 дни.

При забава изпълнителят дължи неустойка от 0,5% на ден. Договорът се подписва в два еднакви екземпляра.
`;
const CONTRACT_EN = `Service Agreement

The parties agree that the contractor will deliver the software by 30 June 2025. The client pays BGN 12,000 within 10 days.

In case of delay, the contractor owes a penalty of 0.5% per day. The agreement is signed in two identical copies.
`;

/** The scratch folder: every file README's examples name and do not make themselves. */
function prepare(): string {
  const dir = mkdtempSync(join(tmpdir(), "sverka-readme-"));
  const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
  put("bg.txt", readFileSync(corpus("osce-alliance-2024", "bg.txt"), "utf8"));
  put("en.txt", readFileSync(corpus("osce-alliance-2024", "en.txt"), "utf8"));
  cpSync(join(ROOT, "corpus"), join(dir, "corpus"), { recursive: true });
  // Pre-split German and French, one segment a line (the --segmented format).
  put(
    "de.txt",
    "Bedienungsanleitung\n\nSchalten Sie das Gerät aus.\nZiehen Sie den Netzstecker.\n\nReinigen Sie den Filter einmal im Monat.\n",
  );
  put("fr.txt", "Mode d'emploi\n\nÉteignez l'appareil.\nDébranchez la prise secteur.\n\nNettoyez le filtre une fois par mois.\n");
  put(
    "terms.tbx",
    `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><langSet xml:lang="bg"><tig><term>трафик на хора</term></tig></langSet><langSet xml:lang="en"><tig><term>human trafficking</term></tig></langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="bg"><tig><term>превенция</term></tig></langSet><langSet xml:lang="en"><tig><term>prevention</term></tig></langSet></termEntry>
</body></text></martif>
`,
  );
  put("names.tsv", 'Виена\tVienna\nфондация "Право и интернет"\tLaw and Internet Foundation\nОССЕ\tOSCE\n');
  put("contract.bg.txt", CONTRACT_BG);
  put("my-abbreviations.txt", "# our client's abbreviations\nупр.\nbg\tфевр.\nen\tapprox.\n");
  put("contract.en.txt", CONTRACT_EN);
  put(
    "manifest.tsv",
    "# source\ttarget (outputs in --out-dir)\ncorpus/osce-alliance-2024/bg.txt\tcorpus/osce-alliance-2024/en.txt\n" +
      "corpus/handmade-bg-en/bg.txt\tcorpus/handmade-bg-en/en.txt\ncontract.bg.txt\tcontract.en.txt\n",
  );
  put("gold.txt", readFileSync(corpus("osce-alliance-2024", "gold.links"), "utf8"));
  // A corpus's gold alignments, named after its pairs (`eval gold/ json/`).
  mkdirSync(join(dir, "gold"));
  for (const name of ["osce-alliance-2024", "handmade-bg-en"])
    put(join("gold", `${name}.links`), readFileSync(corpus(name, "gold.links"), "utf8"));
  // Memories and bilingual files of other tools (tests/fixtures/tmx, xliff, po).
  for (const [name, from] of [
    ["client.tmx", "tmx/spec-1.4b.tmx"],
    ["update.tmx", "tmx/spec-1.4b-update-utf16.tmx"],
    ["manual.xlf", "xliff/manual-1.2.xlf"],
    ["po2xliff.xlf", "xliff/po2xliff.xlf"],
    ["invoicer.bg.po", "po/invoicer.bg.po"],
  ])
    cpSync(join(ROOT, "tests", "fixtures", from!), join(dir, name!));
  return dir;
}

/** What a reviewer saves from the review page: the bitext with links marked verified or rejected. */
async function reviewedJson(dir: string): Promise<void> {
  const from = join(dir, "osce.json");
  const r = await sverka(["align", join(dir, "bg.txt"), join(dir, "en.txt"), "-o", from]);
  if (r.code !== 0) throw new Error(`preparing osce.reviewed.json: ${r.stderr}`);
  const bitext = JSON.parse(readFileSync(from, "utf8"));
  bitext.links[0].status = "verified";
  bitext.links[1].status = "rejected";
  writeFileSync(join(dir, "osce.reviewed.json"), `${JSON.stringify(bitext, null, 2)}\n`);
}

const examples = readmeExamples(readFileSync(join(ROOT, "README.md"), "utf8"));

describe("README's examples run as written", () => {
  let dir = "";
  const home = process.cwd();
  beforeAll(async () => {
    dir = prepare();
    await reviewedJson(dir);
    // The examples use paths relative to where they are typed.
    process.chdir(dir);
  });
  afterAll(() => process.chdir(home));

  test("README has examples, and every entry of the lists above is still one of them", () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const list of [EXPECTED_CODES, SKIPPED, KNOWN_FAILURES]) for (const line of Object.keys(list)) expect(examples).toContain(line);
    expect(Object.keys(SKIPPED).length).toBeLessThanOrEqual(2);
    for (const [line, reason] of Object.entries(SKIPPED)) process.stderr.write(`README example not run: ${line} (${reason})\n`);
  });

  for (const line of examples) {
    if (line in SKIPPED) {
      test.skip(`${line} (skipped: ${SKIPPED[line]})`, () => {});
      continue;
    }
    const known = KNOWN_FAILURES[line];
    (known ? test.failing : test)(known ? `${line} (known failure: ${known})` : line, async () => {
      const p = plan(line, dir);
      const r = await sverka(p.argv);
      let code = r.code;
      if (p.redirect) (p.redirect.append ? appendFileSync : writeFileSync)(join(dir, p.redirect.path), r.stdout);
      let input = r.stdout;
      for (const [program, ...args] of p.pipes) {
        const child = spawnSync(program!, args, { cwd: dir, input, encoding: "utf8" });
        if (child.error) throw child.error;
        input = child.stdout;
        code = child.status; // the shell reports the last program's status
      }
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      expect({ line, code, stderr: r.stderr }).toEqual({ line, code: EXPECTED_CODES[line] ?? 0, stderr: expect.any(String) });
      if (code === 0)
        for (const out of outputsOf(p)) expect({ line, out, exists: existsSync(join(dir, out)) }).toEqual({ line, out, exists: true });
    });
  }
});

describe("README's sample report", () => {
  test("is what checking the bundled pair prints, as written", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const sample = /```\n(sverka check corpus\/handmade-bg-en\/bg\.txt → [^`]*)```/.exec(readme)?.[1];
    expect(sample).toBeDefined();
    const home = process.cwd();
    process.chdir(ROOT);
    try {
      const r = await sverka(["check", "corpus/handmade-bg-en/bg.txt", "corpus/handmade-bg-en/en.txt"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(sample);
    } finally {
      process.chdir(home);
    }
  });
});

describe("running README's examples: the shell syntax", () => {
  test("comments, redirects, pipes and globs are taken as the shell takes them", () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-readme-"));
    writeFileSync(join(dir, "b.tmx"), "");
    writeFileSync(join(dir, "a.tmx"), "");
    expect(plan("npx sverka align de.txt fr.txt -f tsv > pairs.tsv   # a comment > x", dir)).toEqual({
      argv: ["align", "de.txt", "fr.txt", "-f", "tsv"],
      redirect: { path: "pairs.tsv", append: false },
      pipes: [],
    });
    expect(plan("sverka merge *.tmx -o all.tmx", dir).argv).toEqual(["merge", "a.tmx", "b.tmx", "-o", "all.tmx"]);
    expect(plan("sverka merge none*/*.tmx -o all.tmx", dir).argv).toEqual(["merge", "none*/*.tmx", "-o", "all.tmx"]);
    expect(plan("sverka split bg.txt | head -n 3", dir).pipes).toEqual([["head", "-n", "3"]]);
    expect(() => plan("sverka split bg.txt && rm bg.txt", dir)).toThrow(/shell operator && is not run by this test/);
    expect(readmeExamples("```sh\nnpx sverka a\nnpm test\n```\n```\nsverka check x → y\n```\n")).toEqual(["npx sverka a"]);
  });
});
