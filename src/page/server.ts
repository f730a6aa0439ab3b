/**
 * Where Save goes and who re-checks flags. The standalone file saves a
 * download named after the bitext and cannot run the review (it needs the
 * language data, in Node): links an edit made are marked "not re-checked".
 * Under `sverka review`, the page's server saves the file on disk and
 * reviews the links an edit made, as `sverka check` would.
 */
import type { Edit } from "../edit/index.js";
import type { Bitext, Flag } from "../types.js";

export interface Saver {
  readonly mode: "file" | "server";
  /** Saves; resolves to what to tell the reviewer and, from the server, the bitext as saved (its flags made anew). */
  save(bitext: Bitext): Promise<{ message: string; saved?: Bitext }>;
  /**
   * The flags the review gives links `ks` of the bitext that `edits` made of
   * the saved one, and of the links beside them whose flags read them;
   * undefined where there is no review (the standalone file).
   */
  review(edits: readonly Edit[], ks: readonly number[]): Promise<Array<{ link: number; flags: Flag[] }> | undefined>;
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

/** Served by `sverka review` (http, with the token of the address it printed), or opened as a file. */
export function saverFor(bitext: Bitext): Saver {
  const token = new URLSearchParams(location.search).get("token");
  return location.protocol.startsWith("http") && token ? serverSaver(token) : fileSaver(bitext);
}

/** The bitext as a download named `name` (the browser's downloads). */
function download(bitext: Bitext, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([bitextJson(bitext)], { type: "application/json" }));
  a.download = name;
  document.body.append(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 0);
}

function fileSaver(initial: Bitext): Saver {
  const name = downloadName(initial);
  return {
    mode: "file",
    async save(bitext) {
      download(bitext, name);
      return {
        message: `Saved as ${name} (your browser's downloads). sverka export ${name} -o memory.tmx writes the memory; sverka check ${name} re-checks the flags.`,
      };
    },
    async review() {
      return undefined;
    },
  };
}

/** The server's answer, or its message (it sends {"error": "..."}) as an Error. */
async function answer(r: Response): Promise<Response> {
  if (r.ok) return r;
  const text = await r.text();
  let message = text;
  try {
    message = (JSON.parse(text) as { error?: string }).error ?? text;
  } catch {
    // not JSON: the text as it is
  }
  throw new Error(message || `the server answered ${r.status}`);
}

/** The server's status for a save against a version no longer the file's (src/serve). */
const STALE = 409;

/** The protocol of src/serve: GET /bitext gives the version (ETag), PUT /bitext saves against it, POST /review flags. */
function serverSaver(token: string): Saver {
  const url = (path: string) => `${path}?token=${encodeURIComponent(token)}`;
  let version = fetch(url("/bitext"), { headers: { accept: "application/json" } })
    .then(answer)
    .then((r) => r.headers.get("etag") ?? "");
  return {
    mode: "server",
    async save(bitext) {
      const put = await fetch(url("/bitext"), {
        method: "PUT",
        headers: { "content-type": "application/json", "if-match": await version },
        body: bitextJson(bitext),
      });
      // The file changed since this page loaded it: the edits are downloaded before anything else, so that reloading,
      // as the refusal says to, loses nothing (stranger 214: a reload after a refused save dropped them).
      if (put.status === STALE) {
        const name = downloadName(bitext);
        download(bitext, name);
        const refused = await answer(put).catch((error: Error) => error.message);
        throw new Error(
          `${refused}. Your edits are not lost: this page's version was downloaded as ${name} (your browser's downloads); compare it with the saved file before reloading`,
        );
      }
      const r = await answer(put);
      const etag = r.headers.get("etag") ?? "";
      version = Promise.resolve(etag);
      return { message: "Saved; the flags in the file are those sverka check gives.", saved: (await r.json()) as Bitext };
    },
    async review(edits, ks) {
      const body = JSON.stringify({ base: await version, edits, links: ks });
      const r = await answer(await fetch(url("/review"), { method: "POST", headers: { "content-type": "application/json" }, body }));
      return ((await r.json()) as { links: Array<{ link: number; flags: Flag[] }> }).links;
    },
  };
}
