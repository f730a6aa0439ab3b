/**
 * Where Save goes and who re-checks flags. The standalone file saves a
 * download named after the bitext and cannot run the review (it needs the
 * language data, in Node): links an edit made are marked "not re-checked".
 * Under `sverka review`, the page's server saves the file on disk and
 * reviews the links an edit made, as `sverka check` would.
 */
import type { Bitext, Flag } from "../types.js";

export interface Saver {
  readonly mode: "file" | "server";
  /** Saves; resolves to what to tell the reviewer. */
  save(bitext: Bitext): Promise<string>;
  /** The flags of links `ks` of `bitext` as the review makes them; undefined where it cannot (the standalone file). */
  review(bitext: Bitext, ks: readonly number[]): Promise<Flag[][] | undefined>;
}

/** The JSON as `sverka align --format json` writes it (two-space indent, a final line break). */
export function bitextJson(bitext: Bitext): string {
  return `${JSON.stringify(bitext, null, 2)}\n`;
}

/**
 * The saved file's name, after the bitext: "report.reviewed.json" for report.bg.txt and
 * report.en.txt (their common stem), "osce-2024.reviewed.json" for osce-2024/bg.txt and
 * osce-2024/en.txt (their folder), else both names ("bg-en.reviewed.json").
 */
export function downloadName(bitext: Bitext): string {
  const parts = (path: string | undefined) => (path ?? "").split(/[\\/]/).filter(Boolean);
  const source = parts(bitext.source.path);
  const target = parts(bitext.target.path);
  const base = (p: string[]) => (p[p.length - 1] ?? "").replace(/\.[^.]*$/, "");
  const [a, b] = [base(source), base(target)];
  let common = 0;
  while (common < Math.min(a.length, b.length) && a[common] === b[common]) common++;
  const stem = a.slice(0, common).replace(/[._\- ]+$/, "");
  const folder = source.length > 1 && source[source.length - 2] === target[target.length - 2] ? source[source.length - 2]! : "";
  const name = stem.length >= 2 ? stem : folder || [a, b].filter(Boolean).join("-") || "bitext";
  return `${name}.reviewed.json`;
}

export function serverFor(mode: string | undefined, bitext: Bitext): Saver {
  return mode === "server" ? serverSaver(new URLSearchParams(location.search).get("token") ?? "") : fileSaver(bitext);
}

function fileSaver(initial: Bitext): Saver {
  const name = downloadName(initial);
  return {
    mode: "file",
    async save(bitext) {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([bitextJson(bitext)], { type: "application/json" }));
      a.download = name;
      document.body.append(a);
      a.click();
      setTimeout(() => {
        URL.revokeObjectURL(a.href);
        a.remove();
      }, 0);
      return `Saved as ${name} (your browser's downloads). sverka export ${name} -o memory.tmx writes the memory; sverka check ${name} re-checks the flags.`;
    },
    async review() {
      return undefined;
    },
  };
}

function serverSaver(token: string): Saver {
  const url = (path: string) => `${path}?token=${encodeURIComponent(token)}`;
  let version: string | undefined;
  const versionReady = fetch(url("/bitext"), { headers: { accept: "application/json" } })
    .then((r) => r.headers.get("etag") ?? undefined)
    .then((v) => {
      version = v;
    })
    .catch(() => undefined);
  return {
    mode: "server",
    async save(bitext) {
      await versionReady;
      const r = await fetch(url("/bitext"), {
        method: "PUT",
        headers: { "content-type": "application/json", ...(version ? { "if-match": version } : {}) },
        body: bitextJson(bitext),
      });
      if (!r.ok) throw new Error((await r.text()) || `the server said ${r.status}`);
      version = r.headers.get("etag") ?? version;
      return "Saved.";
    },
    async review(bitext, ks) {
      const r = await fetch(url("/review"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ bitext, links: ks }),
      });
      if (!r.ok) throw new Error((await r.text()) || `the server said ${r.status}`);
      return ((await r.json()) as { flags: Flag[][] }).flags;
    },
  };
}
