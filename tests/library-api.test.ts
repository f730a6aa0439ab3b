/** The library as a program embedding it calls it: options checked, bytes as texts, flags on every link, the asynchronous API. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import { formats } from "../src/formats/index.js";
import {
  type AlignedBitext,
  align,
  alignAsync,
  alignFiles,
  alignFilesAsync,
  alignSegments,
  type BitextOptions,
  ExitCode,
  getLanguage,
  parseDictionary,
  readJson,
  readPairsTsv,
  readTmx,
  review,
  reviewBitext,
  SverkaError,
  segment,
} from "../src/index.js";
import { jobPoolState, jobThreads } from "../src/worker/jobs.js";
import { corpus, read } from "./helpers.js";

const BG = read(corpus("osce-alliance-2024", "bg.txt"));
const EN = read(corpus("osce-alliance-2024", "en.txt"));

/** The SverkaError `fn` throws (failing the test if it throws anything else or nothing). */
function sverkaError(fn: () => unknown): SverkaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SverkaError) return error;
    throw error;
  }
  throw new Error("no error thrown");
}

describe("options are checked, naming the option and what it takes", () => {
  test.each([
    [{ maxLinkSize: 0 }, /option maxLinkSize must be a whole number of at least 1, not 0/],
    [{ maxLinkSize: -3 }, /maxLinkSize .* not -3/],
    [{ maxLinkSize: 1.5 }, /maxLinkSize .* not 1\.5/],
    [{ maxLinkSize: "4" }, /maxLinkSize .* not "4"/],
    [{ search: "bogus" }, /option search must be one of "auto", "full", "band", not "bogus"/],
    [{ review: "yes" }, /option review must be true, false or review thresholds/],
    [{ dictionary: { a: 1 } }, /option dictionary must be a Dictionary/],
    [{ abbreviations: "прил." }, /option abbreviations must be an array/],
    [{ onProgress: 3 }, /option onProgress must be a function/],
    [{ sourceLang: 7 }, /option sourceLang must be a non-empty string, not 7/],
    // A name it does not take is refused as a wrong value is, not ignored: a misspelling, or a writer's option.
    [{ maxLinkSiz: 2 }, /unknown option maxLinkSiz; its options are maxLinkSize, /],
    [{ minScore: 0.5 }, /unknown option minScore \(minScore is an option of the writers: formats\.tmx\.write\(bitext, \{ minScore \}\)\)/],
  ])("align(…, %j) is refused: %s", (options, message) => {
    const error = sverkaError(() => align(BG, EN, options as unknown as BitextOptions));
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(ExitCode.badInput);
  });

  test("options left undefined are options not given; good ones pass", () => {
    expect(align(BG, EN, { maxLinkSize: undefined, search: "full", manyToMany: false }).links.length).toBeGreaterThan(5);
  });

  test("alignSegments and alignFiles check theirs too, alignFiles its input options as well", async () => {
    const segs = segment("Една. Две.", "bg");
    expect(sverkaError(() => alignSegments(segs, segs, { search: "wide" as never })).message).toMatch(/^alignSegments: option search/);
    await expect(
      alignFiles(corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), { inputFormat: "pdf" as never }),
    ).rejects.toThrow(/alignFiles: option inputFormat must be one of "txt", "md", "html", "docx", "odt", "rtf", "srt", "vtt", not "pdf"/);
    await expect(
      alignFiles(corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), { maxBytes: 0 }),
    ).rejects.toThrow(/option maxBytes must be a whole number of at least 1/);
    // A file option is one of alignFiles only.
    expect(sverkaError(() => align(BG, EN, { encoding: "utf8" } as never)).message).toMatch(/^align: unknown option encoding/);
  });

  test("parseDictionary: an unknown format is refused; languages as tags or profiles; anything else refused", () => {
    expect(sverkaError(() => parseDictionary("a,b\n", "csv" as never, "bg", "en")).message).toMatch(
      /format must be one of "tsv", "dic", "tbx", not "csv"/,
    );
    expect(parseDictionary("трафик\ttrafficking\n", "tsv", "bg", "en").size).toBe(1);
    expect(parseDictionary("трафик\ttrafficking\n", "tsv", getLanguage("bg"), getLanguage("en")).size).toBe(1);
    expect(sverkaError(() => parseDictionary("a\tb\n", "tsv", {} as never, "en")).message).toMatch(
      /source language must be a tag such as "bg" or a profile/,
    );
    expect(sverkaError(() => getLanguage(3 as never)).message).toMatch(/a language must be given as a tag/);
  });
});

describe("texts", () => {
  test("Buffers align as their strings do; a legacy encoding of the language is decoded", () => {
    const fromStrings = align(BG, EN);
    const fromBuffers = align(Buffer.from(BG), new Uint8Array(Buffer.from(EN)));
    expect(fromBuffers.links).toEqual(fromStrings.links);
    const cp1251 = align(iconv.encode(BG, "windows-1251"), Buffer.from(EN));
    expect(cp1251.source.segments.map((s) => s.text)).toEqual(fromStrings.source.segments.map((s) => s.text));
    // What the bytes were read as, as for a file; a string was read as nothing.
    expect([cp1251.source.encoding, cp1251.target.encoding]).toEqual(["windows-1251", "utf-8"]);
    expect([fromStrings.source.encoding, fromStrings.target.encoding]).toEqual([undefined, undefined]);
  });

  test("an empty text is refused as the CLI refuses an empty document; a number is no text", () => {
    expect(sverkaError(() => align("", EN)).message).toBe("the source: the document is empty");
    expect(sverkaError(() => align(BG, "  \n ")).message).toBe("the target: the document is empty");
    expect(sverkaError(() => align("\n", EN, { sourcePath: "bg.txt" })).message).toBe("bg.txt: the document is empty");
    expect(sverkaError(() => align(42 as never, EN)).message).toMatch(/the source must be a string or bytes/);
  });

  test("every link from align has its flags, the review on or off", () => {
    for (const review of [true, false]) for (const link of align(BG, EN, { review }).links) expect(Array.isArray(link.flags)).toBe(true);
  });
});

describe("alignFiles takes every input option of the CLI", () => {
  test("dictionaryFiles and abbreviationFiles are read as --dict and --abbreviations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-api-"));
    writeFileSync(join(dir, "terms.tsv"), "договорът\tthe contract\n");
    writeFileSync(join(dir, "abbr.txt"), "разп.\n");
    writeFileSync(join(dir, "bg.txt"), "Виж разп. 3 към договорът. Той е подписан.\n");
    writeFileSync(join(dir, "en.txt"), "See annex 3 to the contract. It is signed.\n");
    const without = await alignFiles(join(dir, "bg.txt"), join(dir, "en.txt"), { force: true, learn: false });
    const withFiles = await alignFiles(join(dir, "bg.txt"), join(dir, "en.txt"), {
      force: true,
      learn: false,
      dictionaryFiles: [join(dir, "terms.tsv")],
      abbreviationFiles: [join(dir, "abbr.txt")],
      explain: true,
    });
    expect(without.source.segments).toHaveLength(3);
    expect(withFiles.source.segments).toHaveLength(2);
    expect(JSON.stringify(withFiles.links[0]!.explain)).toContain("договорът");
    await expect(alignFiles(join(dir, "bg.txt"), join(dir, "en.txt"), { dictionaryFiles: [join(dir, "none.tsv")] })).rejects.toThrow(
      /none\.tsv: no such file/,
    );
  });
});

describe("readers of what sverka writes", () => {
  test("readJson, readTmx and readPairsTsv read back align's output", () => {
    const bitext = align(BG, EN);
    expect(readJson(formats.json.write(bitext)).links.map((l) => l.kind)).toEqual(bitext.links.map((l) => l.kind));
    expect(readTmx(formats.tmx.write(bitext), "x.tmx").units.length).toBe(
      bitext.links.filter((l) => l.source.length && l.target.length).length,
    );
    expect(readPairsTsv(formats.tsv.write(bitext), "x.tsv", { source: "bg", target: "en" }).units.length).toBeGreaterThan(5);
  });

  test("a bitext read back from its JSON is reviewed exactly as align reviewed it: the length model unrounded, scores as written", () => {
    // A translation with a sentence left out and a number changed: flags whose figures come from the model and the scores.
    const en = EN.split(/(?<=\.) /u);
    const changed = [...en.slice(0, 2), ...en.slice(3)].join(" ").replace(/\d/u, (d) => String((Number(d) + 3) % 10));
    const bitext = align(BG, changed);
    const back = readJson(formats.json.write(bitext));
    expect(back.model).toEqual(bitext.model);
    expect(reviewBitext(back).links.map((l) => l.flags)).toEqual(bitext.links.map((l) => l.flags));
    // Typed as align's output: every reviewed link has its flags (stranger 85: `l.flags` "possibly undefined" under strict).
    const reviewed: AlignedBitext = reviewBitext(back);
    expect(reviewed.links.every((l) => Array.isArray(l.flags))).toBe(true);
    expect(review(back).links.reduce((n, l) => n + l.flags.length, 0)).toBeGreaterThan(0);
    // A divergent flag's confidence is the score the outputs write, rounded once more: 0.98149 is written 0.9815, said 0.982.
    const link = bitext.links.find((l) => l.source.length === 1 && l.target.length === 1)!;
    const doubled = review(
      { ...bitext, links: bitext.links.map((l) => (l === link ? { ...l, score: 0.98149 } : l)) },
      { divergentRatio: 100 },
    );
    const flag = doubled.links.find((l) => l.score === 0.98149)?.flags?.find((f) => f.type === "divergent");
    expect(flag?.evidence).toMatchObject({ confidence: 0.982 });
  });
});

describe("the asynchronous API", () => {
  test("alignAsync gives what align gives, Buffers too, with progress through every stage", async () => {
    const stages: string[] = [];
    const bitext = await alignAsync(Buffer.from(BG), EN, { onProgress: (stage) => stages.push(stage) });
    expect(bitext.links).toEqual(align(BG, EN).links);
    expect(new Set(stages)).toEqual(new Set(["segment", "score", "align draft", "learn", "align", "review"]));
  });

  test("alignFilesAsync: errors keep their class, exit code and path; learned words come back as a Dictionary", async () => {
    const missing = join(tmpdir(), "sverka-no-such-file.txt");
    const error = await alignFilesAsync(missing, corpus("osce-alliance-2024", "en.txt")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SverkaError);
    expect(error).toMatchObject({ exitCode: ExitCode.badInput, path: missing, message: `${missing}: no such file` });
    let learned = -1;
    const terms = parseDictionary("трафик на хора\thuman trafficking\n", "tsv", "bg", "en");
    const bitext = await alignFilesAsync(corpus("osce-alliance-2024", "bg.txt"), corpus("osce-alliance-2024", "en.txt"), {
      dictionary: terms,
      onLearned: (d) => {
        learned = d.size;
      },
    });
    expect(bitext.links.length).toBeGreaterThan(5);
    expect(learned).toBeGreaterThan(0);
    await expect(alignAsync(BG, EN, { search: "bogus" as never })).rejects.toThrow(/alignAsync: option search/);
    await expect(alignAsync(BG, 5 as never)).rejects.toThrow(/the target must be a string or bytes/);
  });

  test("an AbortSignal stops the job: the promise rejects with its reason", async () => {
    const controller = new AbortController();
    // Stopped once the thread says it has begun, not after a fixed time that a fast machine could outrun.
    const job = alignAsync(BG.repeat(20), EN.repeat(20), {
      signal: controller.signal,
      force: true,
      onProgress: () => controller.abort(new Error("stop")),
    });
    await expect(job).rejects.toThrow("stop");
    await expect(alignAsync(BG, EN, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });

  test("a job stopped as its thread finishes it rejects, and the script goes on (stranger 183)", () => {
    // In a process of its own: jest keeps this one's event loop up, where the bug let a script end with the promise unsettled.
    const dir = mkdtempSync(join(tmpdir(), "sverka-abort-"));
    const script = join(dir, "abort.mjs");
    const library = pathToFileURL(join(process.cwd(), "dist", "src", "index.js")).href;
    writeFileSync(
      script,
      `import { alignAsync } from ${JSON.stringify(library)};
const [a, b] = ["Доставката отнема 1 ден. Куриерът ще се обади.", "Delivery takes 1 day. The courier will call."];
await alignAsync(a, b);
const controller = new AbortController();
try {
  await alignAsync(a, b, { signal: controller.signal, onProgress: (stage) => {
    if (stage !== "review") return;
    const until = Date.now() + 500;
    while (Date.now() < until); // the thread finishes the job meanwhile: its result is queued, not yet read
    controller.abort(new Error("cancelled"));
  } });
  console.log("resolved");
} catch (error) {
  console.log("rejected:", error.message);
}
console.log("after the job");
`,
    );
    const run = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect([run.status, run.stdout]).toEqual([0, "rejected: cancelled\nafter the job\n"]);
  });

  test("calls share the threads: one a core at most, the rest wait their turn, and a thread runs job after job", async () => {
    const cores = jobThreads();
    const before = jobPoolState().started;
    const expected = align(BG, EN).links;
    let most = 0;
    const jobs = Array.from({ length: 3 * cores }, () =>
      alignAsync(BG, EN, {
        onProgress: () => {
          most = Math.max(most, jobPoolState().threads);
        },
      }),
    );
    expect(jobPoolState().waiting).toBe(2 * cores);
    for (const bitext of await Promise.all(jobs)) expect(bitext.links).toEqual(expected);
    expect(most).toBeLessThanOrEqual(cores);
    // Threads still up from the earlier tests are used again: no more are started than run at once.
    expect(jobPoolState().started - before).toBeLessThanOrEqual(cores);
    await alignAsync(BG, EN);
    expect(jobPoolState().started - before).toBeLessThanOrEqual(cores);
  });

  test("a job stopped while it waits leaves the queue; one stopped while it runs leaves the others running", async () => {
    const cores = jobThreads();
    const running = new AbortController();
    const queued = new AbortController();
    const first = alignAsync(BG.repeat(20), EN.repeat(20), { signal: running.signal, force: true });
    const others = Array.from({ length: cores }, () => alignAsync(BG, EN));
    const last = alignAsync(BG, EN, { signal: queued.signal });
    queued.abort(new Error("not needed"));
    await expect(last).rejects.toThrow("not needed");
    running.abort(new Error("stop"));
    await expect(first).rejects.toThrow("stop");
    for (const bitext of await Promise.all(others)) expect(bitext.links.length).toBeGreaterThan(5);
    expect(jobPoolState().waiting).toBe(0);
  });
});
