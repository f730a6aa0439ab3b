/**
 * Output files written in pieces (src/io/files.ts): a long output is encoded
 * a megabyte at a time instead of whole beside itself, and the file holds
 * exactly the bytes of the whole string.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { chunksOf, writeAllAtomic, writeAtomic } from "../src/io/files.js";
import { ROOT } from "./helpers.js";

describe("writing a long output in pieces", () => {
  test("the pieces' UTF-8 is the whole string's, surrogate pairs never cut (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (text, size) => {
        const pieces = [...chunksOf(text, size)];
        expect(pieces.join("")).toBe(text);
        expect(Buffer.concat(pieces.map((p) => Buffer.from(p, "utf8"))).equals(Buffer.from(text, "utf8"))).toBe(true);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(Math.max(size, 2));
      }),
    );
  });

  test("a file written from a string longer than a piece holds its bytes exactly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      // Cyrillic, an emoji (a surrogate pair) straddling the megabyte boundary, and ASCII.
      const text = `${"Договор ".repeat(131_071)}xxxxxxx🙂${"Article 5. ".repeat(100_000)}`;
      expect(text.codePointAt((1 << 20) - 1)).toBe(0x1f642);
      const path = join(dir, "out.json");
      await writeAtomic(path, text);
      expect(readFileSync(path).equals(Buffer.from(text, "utf8"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("several outputs written as one", () => {
  test("a failure on one leaves none of them, and an earlier run's files as they were", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      writeFileSync(join(dir, "memory.tmx"), "the earlier memory");
      writeFileSync(join(dir, "file"), "a file where a folder should be");
      const failing = writeAllAtomic([
        { path: join(dir, "memory.tmx"), content: () => "the new memory" },
        { path: join(dir, "file", "bitext.json"), content: () => "{}" },
      ]);
      await expect(failing).rejects.toThrow(/cannot write output/);
      expect(readdirSync(dir).sort()).toEqual(["file", "memory.tmx"]);
      expect(readFileSync(join(dir, "memory.tmx"), "utf8")).toBe("the earlier memory");
      await writeAllAtomic([
        { path: join(dir, "memory.tmx"), content: () => "the new memory" },
        { path: join(dir, "out", "bitext.json"), content: async () => ["{", "}"] },
      ]);
      expect(readFileSync(join(dir, "memory.tmx"), "utf8")).toBe("the new memory");
      expect(readFileSync(join(dir, "out", "bitext.json"), "utf8")).toBe("{}");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an interrupt during a write", () => {
  // A process that writes two outputs, a short one and one without end (a chunk at a time, so the signal is seen
  // between chunks), as `align -o memory.tmx -o bitext.json` does on a long pair; Ctrl-C comes once a temporary file exists.
  const writer = (path: string, handled: boolean) => `
    ${handled ? 'process.once("SIGINT", () => { stop = true; });' : ""}
    let stop = false;
    function* lines() { for (let n = 0; !stop; n++) yield "line " + n + "\\n"; }
    const { writeAllAtomic } = await import(${JSON.stringify(join(ROOT, "dist", "src", "io", "files.js"))});
    await writeAllAtomic([{ path: ${JSON.stringify(`${path}.tmx`)}, content: () => "whole" }, { path: ${JSON.stringify(path)}, content: () => lines() }]);`;
  const interrupted = async (path: string, handled: boolean) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", writer(path, handled)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const started = () => readdirSync(join(path, "..")).some((f) => f.endsWith(".tmp"));
    for (let waited = 0; waited < 20_000 && !started(); waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(started()).toBe(true);
    child.kill("SIGINT");
    return new Promise<[number | null, string | null, string]>((r) => child.on("close", (code, signal) => r([code, signal, stderr])));
  };

  test("ends the process as the signal would, its temporary file removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      // Neither output, though the first was whole: the outputs of a run are written as one.
      expect(await interrupted(join(dir, "out.json"), false)).toEqual([
        null,
        "SIGINT",
        "sverka: interrupted while writing: no output written\n",
      ]);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("is left to a command that handles it: the write finishes and is renamed into place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-io-"));
    try {
      expect(await interrupted(join(dir, "out.json"), true)).toEqual([0, null, ""]);
      expect(readdirSync(dir).sort()).toEqual(["out.json", "out.json.tmx"]);
      expect(existsSync(join(dir, "out.json"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
