/**
 * The review page in a real headless Chromium (Debian's chromium, driven by
 * playwright-core): filters, marking, saving from the page, and exporting
 * what was saved. Skipped, saying so, where no Chromium is installed; CI
 * installs it and fails without it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { align, formats } from "../src/index.js";
import { CHROMIUM, CHROMIUM_PATH, corpus, describeNeeding, fixture, ROOT, read, sverka } from "./helpers.js";

describeNeeding([CHROMIUM], "review page in Chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "sverka-browser-"));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  function page(name: string, bg: string, en: string): string {
    const bitext = align(bg, en, { sourcePath: `${name}.bg.txt`, targetPath: `${name}.en.txt` });
    const file = join(dir, `${name}.html`);
    writeFileSync(file, formats.html.write(bitext));
    return file;
  }

  test("document text is shown, never run, and nothing is fetched", async () => {
    const file = page("escaping", read(fixture("formats", "escaping", "bg.txt")), read(fixture("formats", "escaping", "en.txt")));
    const p = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    p.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await p.goto(`file://${file}`);
    await expect(p.locator("td.text").first().textContent()).resolves.toContain('<script>alert("bg")</script>');
    expect(await p.locator("body script").count()).toBe(2); // the page's own data and code, nothing from the documents
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await p.close();
  });

  test("filter, mark, save from the page, export to TMX", async () => {
    // The hand-made pair plus a dropped sentence and a changed number: flagged links to find.
    const en = read(corpus("handmade-bg-en", "en.txt"))
      .replace("2,500", "3,500")
      .replace('Prof. Ivan Petrov of the Technical University commented: "This is a good step. But it is not enough."', "");
    const file = page("review", read(corpus("handmade-bg-en", "bg.txt")), en);
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`file://${file}`);
    const rows = p.locator("tr.link");
    const total = await rows.count();
    const flagged = await p.locator('tr.link[data-severity="error"], tr.link[data-severity="warning"]').count();
    expect(flagged).toBeGreaterThanOrEqual(2);
    expect(await p.locator("#shown").textContent()).toBe(`${total} of ${total} links shown`);

    await p.getByLabel("flagged only").check();
    expect(await p.locator("tr.link:visible").count()).toBe(flagged);
    expect(await p.locator("#shown").textContent()).toBe(`${flagged} of ${total} links shown`);
    const visibleTypes = await p.locator("tr.link:visible").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.flags));
    expect(visibleTypes.join(" ")).toMatch(/numbers/);
    expect(visibleTypes.join(" ")).toMatch(/missing/);
    mkdirSync(join(ROOT, "out"), { recursive: true });
    await p.screenshot({ path: join(ROOT, "out", "review-flagged.png"), fullPage: true });

    // Filter by type, then back to everything.
    await p.locator("#flag-type").selectOption("numbers");
    expect(await p.locator("tr.link:visible").count()).toBe(1);
    await p.locator("#flag-type").selectOption("");
    await p.getByLabel("flagged only").uncheck();

    // Mark: the first link verified with the mouse, the second rejected with the keyboard.
    await p.locator("#l0 button.verify").click();
    await p.locator("#l1").click();
    await p.keyboard.press("r");
    expect(await p.locator("#l1").getAttribute("data-status")).toBe("rejected");
    expect(await p.locator("#progress").textContent()).toBe(`1 verified, 1 rejected, ${total - 2} to review`);

    const [download] = await Promise.all([p.waitForEvent("download"), p.locator("#save").click()]);
    expect(download.suggestedFilename()).toBe("review.bg.reviewed.json");
    const saved = join(dir, "review.reviewed.json");
    await download.saveAs(saved);
    await context.close();

    const doc = JSON.parse(readFileSync(saved, "utf8"));
    expect(doc.links[0].status).toBe("verified");
    expect(doc.links[1].status).toBe("rejected");
    const r = await sverka(["export", saved, "-o", join(dir, "reviewed.tmx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const tmx = readFileSync(join(dir, "reviewed.tmx"), "utf8");
    const rejectedText = doc.target.segments[doc.links[1].target[0]].text;
    expect(tmx).not.toContain(rejectedText);
    // Units not rejected, and (--drop-flagged's default) not flagged as errors unless verified: the changed number stays out.
    const expectedUnits = doc.links.filter(
      (l: { source: number[]; target: number[]; status?: string; flags: Array<{ severity: string }> }) =>
        l.source.length &&
        l.target.length &&
        l.status !== "rejected" &&
        (l.status === "verified" || !l.flags.some((f) => f.severity === "error")),
    ).length;
    expect(tmx).not.toContain("3,500");
    expect(tmx.match(/<tu /g)).toHaveLength(expectedUnits);
  });
});
