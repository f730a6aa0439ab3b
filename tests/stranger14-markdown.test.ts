/**
 * Markdown's inline code and link targets are compared as codes and web
 * addresses, though the text sverka aligns shows neither as one: a release
 * note whose translation changed `Ctrl+K`, `--dry-run` or a link's address.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { alignFiles, readMarkdown, segmentDocument } from "../src/index.js";
import type { Bitext } from "../src/types.js";
import { sverka } from "./helpers.js";

const EN = `# Tasklane 4.2 release notes

You can download the installer from the [download page](https://tasklane.example.com/download).

- **Keyboard shortcuts.** Press \`Ctrl+K\` to open the command palette.
- **Sync.** The \`tasklane sync\` command now accepts the \`--dry-run\` option.
- **Export.** Open the \`Share\` menu and choose \`Export\`.

See [Known issues](#known-issues) or write to [support@tasklane.example.com](mailto:support@tasklane.example.com).

Status page: https://status.tasklane.example.com/en.
`;

const BG = `# Бележки към версия 4.2 на Tasklane

Инсталаторът може да бъде изтеглен от [страницата за изтегляне](https://tasklane.example.com/download).

- **Клавишни комбинации.** Натиснете \`Ctrl+K\`, за да отворите палитрата с команди.
- **Синхронизиране.** Командата \`tasklane sync\` вече приема опцията \`--dry-run\`.
- **Експортиране.** Отворете менюто \`Споделяне\` и изберете \`Експортиране\`.

Вижте [Известни проблеми](#известни-проблеми) или пишете на [support@tasklane.example.com](mailto:support@tasklane.example.com).

Страница за състоянието: https://status.tasklane.example.com/bg.
`;

/** The defective translation: a key, an option and a link's address changed. */
const BG_DEFECT = BG.replace("`Ctrl+K`", "`Ctrl+J`")
  .replace("`--dry-run`", "`--dry-rn`")
  .replace("(https://tasklane.example.com/download)", "(https://tasklane.example.com/downloads)");

function files(bg: string): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), "sverka-md-codes-"));
  const en = join(dir, "notes.en.md");
  const other = join(dir, "notes.bg.md");
  writeFileSync(en, EN);
  writeFileSync(other, bg);
  return [en, other];
}

function nameFlags(b: Bitext): string[] {
  return b.links.flatMap((l) => (l.flags ?? []).filter((f) => f.type === "names").map((f) => `${f.severity}: ${f.reason}`));
}

describe("Markdown's inline code and link targets", () => {
  test("a segment carries its code spans and link targets, not an anchor's", () => {
    const md = readMarkdown("Press `Ctrl+K` or see [the page](https://x.example/a). Then [go on](#next) with `--dry-run`.\n");
    const segments = segmentDocument({ text: md.text, sourceMap: md.map }, "en");
    expect(segments.map((s) => s.markup)).toEqual([
      { code: ["Ctrl+K"], links: ["https://x.example/a"] },
      { code: ["--dry-run"], links: [] },
    ]);
  });

  test("property: every code span and link target is on the one segment whose text holds it, in order", () => {
    const word = fc.constantFrom("Press", "the", "menu", "Open", "file", "now", "Save", "it", "and", "see");
    const piece = fc.oneof(
      word,
      fc.constantFrom("--dry-run", "Ctrl+K", "npm test", "v2.1", "a.b").map((c) => `\`${c}\``),
      fc.constantFrom("https://a.example/x", "docs/guide.md", "https://b.example").map((u) => `[link text](${u})`),
    );
    const sentence = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ws) => `${ws.join(" ")}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" "));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const source = `${paragraphs.join("\n\n")}\n`;
        const md = readMarkdown(source);
        const segments = segmentDocument({ text: md.text, sourceMap: md.map }, "en");
        const spans = [...source.matchAll(/`([^`]+)`|\]\(([^)]+)\)/g)];
        expect(segments.flatMap((g) => g.markup?.code ?? [])).toEqual(spans.flatMap((m) => (m[1] ? [m[1]] : [])));
        expect(segments.flatMap((g) => g.markup?.links ?? [])).toEqual(spans.flatMap((m) => (m[2] ? [m[2]] : [])));
        for (const g of segments) for (const c of g.markup?.code ?? []) expect(g.text).toContain(c);
      }),
      { numRuns: 100 },
    );
  });

  test("a correct translation draws no flag: a label translated in its code span, an anchor, a localised status page", async () => {
    const [en, bg] = files(BG);
    const b = await alignFiles(en, bg, { sourceLang: "en", targetLang: "bg" });
    // The status page in the translation's language (".../en" for ".../bg") is no change.
    expect(nameFlags(b)).toEqual([]);
  });

  test("a changed key and option are errors, a changed link target a warning, as a bare code and address are", async () => {
    const [en, bg] = files(BG_DEFECT);
    const b = await alignFiles(en, bg, { sourceLang: "en", targetLang: "bg" });
    expect(nameFlags(b)).toEqual([
      "warning: the link is changed: the translation has https://tasklane.example.com/downloads where the source has https://tasklane.example.com/download; check the address",
      "error: the translation has `Ctrl+J` where the source has `Ctrl+K`: codes and e-mails are copied exactly",
      "error: the translation has `--dry-rn` where the source has `--dry-run`: codes and e-mails are copied exactly",
    ]);
  });

  test("the check command fails on them", async () => {
    const [en, bg] = files(BG_DEFECT);
    const r = await sverka(["check", "-s", "en", "-t", "bg", en, bg]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("the translation has `Ctrl+J` where the source has `Ctrl+K`");
  });
});

describe("code in backticks in plain text (release notes kept as .txt)", () => {
  /** The notes' list items as plain text: the same backticks, no Markdown. */
  const plain = (md: string) =>
    md
      .split("\n")
      .filter((l) => l.startsWith("- "))
      .map((l) => l.slice(2).replaceAll("**", ""))
      .join("\n");

  async function aligned(bg: string): Promise<Bitext> {
    const dir = mkdtempSync(join(tmpdir(), "sverka-txt-codes-"));
    writeFileSync(join(dir, "en.txt"), plain(EN));
    writeFileSync(join(dir, "bg.txt"), plain(bg));
    return alignFiles(join(dir, "en.txt"), join(dir, "bg.txt"), { sourceLang: "en", targetLang: "bg", segmented: true });
  }

  test("a changed key and option are errors, as in Markdown; the translation as it should be draws none", async () => {
    expect(nameFlags(await aligned(BG))).toEqual([]);
    expect(nameFlags(await aligned(BG_DEFECT))).toEqual([
      "error: the translation has `Ctrl+J` where the source has `Ctrl+K`: codes and e-mails are copied exactly",
      "error: the translation has `--dry-rn` where the source has `--dry-run`: codes and e-mails are copied exactly",
    ]);
    // A variable renamed, which is no code of letters and digits: told only where backticks say it is code.
    const renamed = BG.replace("`--dry-run`", "`cache.ttl`");
    expect(nameFlags(await aligned(renamed))).toEqual([
      "error: the translation has `cache.ttl` where the source has `--dry-run`: codes and e-mails are copied exactly",
    ]);
  });
});
