/** The server of `sverka review`, in this process, through a real HTTP client (Node's fetch). */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { bitextName } from "../src/cli/review.js";
import { applyEdit } from "../src/edit/index.js";
import { readJson, writeJson } from "../src/formats/json.js";
import { align, reviewBitext } from "../src/index.js";
import { type ReviewServer, startReviewServer } from "../src/serve/index.js";
import { corpus, read, sverka } from "./helpers.js";

const source = read(corpus("handmade-bg-en", "bg.txt"));
const target = read(corpus("handmade-bg-en", "en.txt"));
const ALIGNED = writeJson(align(source, target));

/** A fresh folder holding bus.json, and a server on it. */
async function serving(): Promise<{ dir: string; path: string; server: ReviewServer; at: (page: string) => string }> {
  const dir = mkdtempSync(join(tmpdir(), "sverka-serve-"));
  const path = join(dir, "bus.json");
  writeFileSync(path, ALIGNED);
  const server = await startReviewServer({ path });
  const at = (page: string) => `http://127.0.0.1:${server.port}${page}${page.includes("?") ? "&" : "?"}token=${server.token}`;
  return { dir, path, server, at };
}

const servers: ReviewServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});
async function started() {
  const s = await serving();
  servers.push(s.server);
  return s;
}

const put = (url: string, body: string, version?: string) =>
  fetch(url, { method: "PUT", body, headers: version === undefined ? {} : { "If-Match": version } });

describe("sverka review's server", () => {
  test("every request without the right token is refused (403); with it, the page and the bitext", async () => {
    const { server, at } = await started();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    const base = `http://127.0.0.1:${server.port}`;
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith("A") ? "B" : "A"}`;
    for (const url of [
      `${base}/`,
      `${base}/bitext`,
      `${base}/bitext?token=`,
      `${base}/bitext?token=${wrong}`,
      `${base}/?token=${server.token}x`,
    ]) {
      const r = await fetch(url);
      expect(r.status).toBe(403);
    }
    expect((await fetch(`${base}/bitext?token=${wrong}`, { method: "PUT", body: ALIGNED, headers: { "If-Match": "*" } })).status).toBe(403);
    expect((await fetch(`${base}/review`, { method: "POST", body: "{}" })).status).toBe(403);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await page.text()).toContain("<html");
    const bitext = await fetch(at("/bitext"));
    expect(bitext.status).toBe(200);
    expect(bitext.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(await bitext.text()).toBe(ALIGNED);
    expect((await fetch(at("/nowhere"))).status).toBe(404);
    // The right token under another site's name (a DNS rebinding attack): refused; under localhost, served.
    const withHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const headers = { Host: `${host}:${server.port}` };
        const r = httpRequest({ host: "127.0.0.1", port: server.port, path: `/bitext?token=${server.token}`, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        r.on("error", reject);
        r.end();
      });
    expect(await withHost("evil.example")).toBe(403);
    expect(await withHost("localhost")).toBe(200);
    expect((await fetch(at("/bitext"), { method: "DELETE" })).status).toBe(405);
  });

  test("it listens on the loopback address only", async () => {
    const { server } = await started();
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal);
    if (!outside) {
      console.warn("skipped the outside address: this machine has no network interface but loopback");
      return;
    }
    await expect(fetch(`http://${outside.address}:${server.port}/?token=${server.token}`)).rejects.toThrow();
    expect((await fetch(server.url)).status).toBe(200);
  });

  test("a save: reviewed whole, written atomically, the previous version kept as .bak, export and check read it", async () => {
    const { dir, path, at } = await started();
    const first = await fetch(at("/bitext"));
    const version = first.headers.get("etag")!;
    const edited = applyEdit(applyEdit(readJson(ALIGNED), { op: "join-links", link: 1 }), { op: "status", link: 0, status: "verified" });
    const saved = await put(at("/bitext"), writeJson(edited), version);
    expect(saved.status).toBe(200);
    const text = await saved.text();
    expect(read(path)).toBe(text);
    expect(text).toBe(writeJson(reviewBitext(edited)));
    expect(saved.headers.get("etag")).not.toBe(version);
    expect(read(`${path}.bak`)).toBe(ALIGNED);
    expect(readdirSync(dir).sort()).toEqual(["bus.json", "bus.json.bak"]);
    const tmx = join(dir, "bus.tmx");
    expect((await sverka(["export", path, "-o", tmx])).code).toBe(0);
    expect(read(tmx)).toContain('<prop type="x-sverka-link">3-2 s1,2,3 t1,2</prop>');
    const check = JSON.parse((await sverka(["check", path, "--format", "json"])).stdout);
    expect(check.problems.filter((p: { links: number[] }) => p.links.includes(1)).map((p: { type: string }) => p.type)).toEqual(
      reviewBitext(edited).links[1]!.flags!.map((f) => f.type),
    );
    // A save that cannot be written (a folder where the .bak goes) says so, and the file stays as it was.
    const bak = `${path}.bak`;
    renameSync(bak, `${bak}.kept`);
    mkdirSync(bak);
    const refused = await put(at("/bitext"), text, saved.headers.get("etag")!);
    expect(refused.status).toBe(500);
    expect((await refused.json()).error).toMatch(/^not saved: .*bus\.json\.bak: cannot write output: is a directory/);
    expect(read(path)).toBe(text);
    rmdirSync(bak);
    renameSync(`${bak}.kept`, bak);
    expect(readdirSync(dir).sort()).toEqual(["bus.json", "bus.json.bak", "bus.tmx"]);
    // The next save, on the version just saved, goes through; the .bak is the one before it.
    const again = await put(at("/bitext"), text, saved.headers.get("etag")!);
    expect(again.status).toBe(200);
    expect(read(`${path}.bak`)).toBe(text);
  });

  test("a save made on a stale version is refused (409) with a clear message, and nothing is written", async () => {
    const { path, at } = await started();
    const version = (await fetch(at("/bitext"))).headers.get("etag")!;
    const one = writeJson(applyEdit(readJson(ALIGNED), { op: "status", link: 0, status: "verified" }));
    const two = writeJson(applyEdit(readJson(ALIGNED), { op: "status", link: 0, status: "rejected" }));
    // Two tabs saving at once on the same version: one wins, the other is told.
    const answers = await Promise.all([put(at("/bitext"), one, version), put(at("/bitext"), two, version)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = answers.find((r) => r.status === 409)!;
    expect((await refused.json()).error).toMatch(
      /bus\.json was saved from another tab, or changed on disk, after this page loaded it: this save was refused/,
    );
    const winner = answers.find((r) => r.status === 200)!;
    const kept = read(path);
    expect(kept).toBe(await winner.text());
    // The file changed by another program: refused too.
    writeFileSync(path, `${kept}\n`);
    expect((await put(at("/bitext"), one, winner.headers.get("etag")!)).status).toBe(409);
    expect(read(path)).toBe(`${kept}\n`);
    // No version named, or a bitext export would refuse: refused, with export's message.
    expect((await put(at("/bitext"), one)).status).toBe(428);
    const current = (await fetch(at("/bitext"))).headers.get("etag")!;
    const broken = JSON.parse(one);
    broken.links[1].source = [5];
    const bad = await put(at("/bitext"), JSON.stringify(broken), current);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/links\[1\]\.source: links out of order or a gap/);
    expect(read(path)).toBe(`${kept}\n`);
  });

  test("POST /review: the flags of the links an edit touched, as the review of the edited bitext gives them", async () => {
    const { at } = await started();
    const version = (await fetch(at("/bitext"))).headers.get("etag")!;
    const edits = [
      { op: "join-links", link: 0 },
      { op: "split-link", link: 0, source: 1, target: 0 },
    ];
    const r = await fetch(at("/review"), { method: "POST", body: JSON.stringify({ base: version, edits }) });
    expect(r.status).toBe(200);
    const { links, flags } = (await r.json()) as { links: Array<{ link: number; flags: unknown }>; flags: unknown[] };
    const edited = edits.reduce((b, e) => applyEdit(b, e as never), readJson(ALIGNED));
    const whole = reviewBitext(edited);
    expect(links.map((l) => l.link)).toEqual([0, 1, 2]);
    for (const l of links) expect(l.flags).toEqual(whole.links[l.link]!.flags);
    // The last edit touched links 0 and 1: their flags, in that order.
    expect(flags).toEqual([whole.links[0]!.flags, whole.links[1]!.flags]);
    expect(whole.links[0]!.flags!.map((f) => f.type)).toContain("missing");
    // The bitext itself may be sent instead, with the links to review.
    const sent = await fetch(at("/review"), {
      method: "POST",
      body: JSON.stringify({ bitext: JSON.parse(writeJson(edited)), links: [1] }),
    });
    const answer = (await sent.json()) as { links: unknown[]; flags: unknown[] };
    expect(answer.links).toEqual(links.filter((l) => l.link <= 2));
    expect(answer.flags).toEqual([whole.links[1]!.flags]);
    const stale = await fetch(at("/review"), { method: "POST", body: JSON.stringify({ base: '"old"', edits }) });
    expect(stale.status).toBe(409);
    const impossible = await fetch(at("/review"), {
      method: "POST",
      body: JSON.stringify({ base: version, edits: [{ op: "join-links", link: 999 }] }),
    });
    expect(impossible.status).toBe(400);
    expect((await impossible.json()).error).toMatch(/cannot join links: there is no link 1000/);
  });
});

describe("sverka review, refusing before it serves", () => {
  test("a bitext export would refuse: the same message, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-serve-"));
    const path = join(dir, "bad.json");
    const broken = JSON.parse(ALIGNED);
    broken.links[2].target = [0];
    writeFileSync(path, JSON.stringify(broken));
    const review = await sverka(["review", path, "--no-open"]);
    const exported = await sverka(["export", path, "-o", join(dir, "x.tmx")]);
    expect(review.code).toBe(2);
    expect(exported.code).toBe(2);
    expect(review.stderr).toBe(exported.stderr);
    expect(review.stderr).toMatch(/links\[2\]\.target: segment 0 is already in links\[0\]/);
    expect(review.stdout).toBe("");
  });

  test("a port that is taken: a clear error, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-serve-"));
    const path = join(dir, "bus.json");
    writeFileSync(path, ALIGNED);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await sverka(["review", path, "--no-open", "--port", String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `sverka: port ${port} is taken by another program: give another with --port, or leave --port out for a free one\n`,
      );
    } finally {
      blocker.close();
    }
    expect((await sverka(["review", path, "--port", "70000"])).code).toBe(2);
  });

  test("one file that is not a bitext, or a NAME.json already there: said, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sverka-serve-"));
    const bg = join(dir, "contract.bg.txt");
    const en = join(dir, "contract.en.txt");
    copyFileSync(corpus("handmade-bg-en", "bg.txt"), bg);
    copyFileSync(corpus("handmade-bg-en", "en.txt"), en);
    const one = await sverka(["review", bg]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/review needs SOURCE and TARGET documents, or a sverka bitext/);
    writeFileSync(join(dir, "contract.json"), ALIGNED);
    const again = await sverka(["review", bg, en, "--no-open"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /contract\.json: exists already \(a review under way\?\): review it with `sverka review \S+contract\.json`/,
    );
    const named = await sverka(["review", bg, en, "-o", join(dir, "contract.json"), "--no-open"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/exists already/);
    expect(readFileSync(join(dir, "contract.json"), "utf8")).toBe(ALIGNED);
    expect(existsSync(join(dir, "contract.json.bak"))).toBe(false);
  });

  test("the bitext of a pair is named after it", () => {
    expect(bitextName("docs/contract.bg.txt", "docs/contract.en.txt")).toBe(join("docs", "contract.json"));
    expect(bitextName("corpus/osce/bg.txt", "corpus/osce/en.txt")).toBe(join("corpus", "osce", "osce.json"));
    expect(bitextName("a/original.docx", "b/translation.docx")).toBe(join("a", "original-translation.json"));
  });
});
