/**
 * The local server of `sverka review`: the review page, the bitext it edits,
 * the flags of edited links, and saving. Node's own `http` module does the
 * HTTP; it listens on 127.0.0.1 only, and every request must carry the
 * random token of the URL it printed (`?token=...`), or it is refused (403):
 * another page in the browser, or another user of the machine, can neither
 * read nor write the file.
 *
 *   GET  /?token=T         the review page (HTML)
 *   GET  /bitext?token=T   the bitext JSON as saved; its ETag is the version to save against
 *   POST /review?token=T   {"base": ETAG, "edits": [Edit...], "links"?: [k...]} or {"bitext": {...}, "links": [k...]}
 *                          -> {"links": [{"link": k, "flags": [...]}...], "flags": [[...]...]}: `links`, the flags
 *                          of the links the last edit touched (or of the links asked for) and of those beside
 *                          whose flags read them, as `check` gives them; `flags`, those of the links asked for
 *                          (or touched), in that order
 *   PUT  /bitext?token=T   the edited bitext JSON, with If-Match: ETAG -> saved (reviewed whole, so its flags
 *                          are `check`'s), the previous file kept as FILE.json.bak; the saved JSON and its new
 *                          ETag come back. A save against another version than the file's is refused (409).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { applyEdit, changeOf, type Edit, touchedLinks } from "../edit/index.js";
import { SverkaError } from "../errors.js";
import { formats } from "../formats/index.js";
import { readJson, writeJson } from "../formats/json.js";
import { writeAtomic } from "../io/files.js";
import { type BitextOptions, reviewBitext, reviewTouched, type TokenCache } from "../pipeline.js";
import { readDocument } from "../read/index.js";
import type { Bitext, Flag } from "../types.js";

export interface ReviewServerOptions {
  /** The bitext JSON file to review and save. */
  readonly path: string;
  /** 0 (the default): a free port the system picks. */
  readonly port?: number;
  /** The secret of the URL (default: 24 random bytes). */
  readonly token?: string;
  /** The review page for a bitext (default: the HTML format's). */
  readonly page?: (bitext: Bitext) => string;
  /** How flags are made (dictionaries, thresholds), as `check` is told. */
  readonly review?: BitextOptions;
  /** Largest request body accepted (default 256 MiB). */
  readonly maxBodyBytes?: number;
}

export interface ReviewServer {
  /** The page's address, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Stops listening, ends open connections, and waits for a save under way. */
  close(): Promise<void>;
}

/** The file as saved: its text, version and bitext. */
interface Saved {
  readonly text: string;
  readonly etag: string;
  readonly bitext: Bitext;
}

/** An answer other than 200, with a message for the reviewer. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const HOST = "127.0.0.1";

/** Reads the bitext (refusing one `export` would refuse, with its message), then serves it. */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  await load(options.path);
  const token = options.token ?? randomBytes(24).toString("base64url");
  // Saves run one after the other: the second of two at once finds the first's version on disk.
  let saving: Promise<unknown> = Promise.resolve();
  const serialise = <T>(save: () => Promise<T>): Promise<T> => {
    const next = saving.then(save, save);
    saving = next.catch(() => {});
    return next;
  };
  const handler = new Handler(options, token, serialise);
  const server = createServer((req, res) => {
    handler.handle(req, res).catch((error) => handler.fail(res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, options.port ?? 0)));
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await saving;
    },
  };
}

function listenError(error: NodeJS.ErrnoException, port: number): SverkaError {
  if (error.code === "EADDRINUSE")
    return new SverkaError(`port ${port} is taken by another program: give another with --port, or leave --port out for a free one`);
  if (error.code === "EACCES") return new SverkaError(`port ${port} needs privileges to listen on: give one above 1023 with --port`);
  return new SverkaError(`cannot listen on ${HOST}:${port}: ${error.message}`, { cause: error });
}

async function load(path: string): Promise<Saved> {
  const text = (await readDocument(path)).text;
  return { text, etag: etagOf(text), bitext: readJson(text, path) };
}

function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 22)}"`;
}

class Handler {
  /** Tokens of the texts reviewed so far: each request tokenizes only what the edits changed. */
  private readonly tokens: TokenCache = new Map();

  constructor(
    private readonly options: ReviewServerOptions,
    private readonly token: string,
    private readonly serialise: <T>(save: () => Promise<T>) => Promise<T>,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    // A page of another site whose name was pointed at 127.0.0.1 (DNS rebinding) says its own name here.
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/i.test(req.headers.host ?? ""))
      throw new HttpError(403, "forbidden: the address must be 127.0.0.1 or localhost");
    if (!this.authorised(url.searchParams.get("token")))
      throw new HttpError(403, "forbidden: open the address sverka review printed, token included");
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /") {
      const { bitext } = await this.current();
      return send(res, 200, "text/html; charset=utf-8", (this.options.page ?? formats.html.write)(bitext));
    }
    if (route === "GET /bitext") {
      const saved = await this.current();
      return send(res, 200, "application/json; charset=utf-8", saved.text, { ETag: saved.etag });
    }
    if (route === "POST /review") return send(res, 200, "application/json; charset=utf-8", JSON.stringify(await this.review(req)));
    if (route === "PUT /bitext") {
      const saved = await this.save(req);
      return send(res, 200, "application/json; charset=utf-8", saved.text, { ETag: saved.etag });
    }
    if (["/", "/bitext", "/review"].includes(url.pathname)) throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
    throw new HttpError(404, `no such page: ${url.pathname}`);
  }

  fail(res: ServerResponse, error: unknown): void {
    const status = error instanceof HttpError ? error.status : error instanceof SverkaError ? 400 : 500;
    const message = error instanceof Error ? error.message : String(error);
    if (res.headersSent) res.destroy();
    else send(res, status, "application/json; charset=utf-8", JSON.stringify({ error: message }));
  }

  private authorised(given: string | null): boolean {
    if (given === null) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** The file as it is on disk now (another program may have changed it). */
  private async current(): Promise<Saved> {
    try {
      return await load(this.options.path);
    } catch (error) {
      throw new HttpError(500, `cannot read the bitext: ${(error as Error).message}`);
    }
  }

  private async review(req: IncomingMessage): Promise<{ links: Array<{ link: number; flags: Flag[] }>; flags: Flag[][] }> {
    const body = parseBody(await readBody(req, this.options.maxBodyBytes));
    let bitext: Bitext;
    let links: number[];
    if (body.bitext !== undefined) {
      bitext = readJson(JSON.stringify(body.bitext), "the bitext sent");
      links = linkList(body.links, bitext);
    } else {
      const saved = await this.current();
      if (typeof body.base !== "string" || !sameVersion(body.base, saved.etag)) throw new HttpError(409, staleMessage(this.options.path));
      if (!Array.isArray(body.edits)) throw new HttpError(400, 'expected "edits": a list of edits made on the saved version');
      const edits = body.edits as Edit[];
      bitext = edits.slice(0, -1).reduce(applyEdit, saved.bitext);
      const last = edits.at(-1);
      const change = last ? changeOf(bitext, last) : undefined;
      if (last) bitext = applyEdit(bitext, last);
      links = body.links !== undefined ? linkList(body.links, bitext) : change ? touchedLinks(change) : [];
    }
    const flags = reviewTouched(bitext, links, this.options.review, this.tokens);
    return { links: [...flags].map(([link, f]) => ({ link, flags: f })), flags: links.map((k) => flags.get(k)!) };
  }

  private async save(req: IncomingMessage): Promise<Saved> {
    const ifMatch = req.headers["if-match"];
    if (ifMatch === undefined) throw new HttpError(428, "a save needs If-Match: the version (ETag) of the bitext the edits were made on");
    const text = await readBody(req, this.options.maxBodyBytes);
    const path = this.options.path;
    const edited = readJson(text, "the bitext sent");
    return this.serialise(async () => {
      const before = await this.current();
      if (!ifMatch.split(",").some((tag) => sameVersion(tag, before.etag))) throw new HttpError(409, staleMessage(path));
      const reviewed = reviewBitext(edited, this.options.review);
      const out = writeJson(reviewed);
      try {
        await writeAtomic(`${path}.bak`, before.text);
        await writeAtomic(path, out);
      } catch (error) {
        throw new HttpError(500, `not saved: ${(error as Error).message}`);
      }
      return { text: out, etag: etagOf(out), bitext: readJson(out, path) };
    });
  }
}

/** An ETag as given (quoted or not, weak or not) names this version. */
function sameVersion(given: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
  return bare(given) === bare(etag);
}

function staleMessage(path: string): string {
  return `${path} was saved from another tab, or changed on disk, after this page loaded it: this save was refused and nothing was written; reload the page to get the saved version`;
}

function linkList(raw: unknown, bitext: Bitext): number[] {
  if (!Array.isArray(raw) || !raw.every((k) => Number.isInteger(k) && k >= 0 && k < bitext.links.length))
    throw new HttpError(400, `expected "links": a list of link numbers from 0 to ${bitext.links.length - 1}`);
  return raw as number[];
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const body = JSON.parse(text);
    if (typeof body === "object" && body !== null && !Array.isArray(body)) return body;
  } catch {
    // said below
  }
  throw new HttpError(400, "expected a JSON object");
}

async function readBody(req: IncomingMessage, max = 256 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `the request is over ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    // The token is in the address: it must not leave in a Referer, nor stay in a cache.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(body);
}
