/**
 * What the eightieth session mended from its strangers (372-378) and from earlier reproductions still open.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewUnits } from "../src/index.js";
import { pairFlagTexts, sverka } from "./helpers.js";

/** The flags of a memory's units, each a BG sentence and its EN translation, as "severity type: reason" by unit. */
function unitFlags(pairs: ReadonlyArray<readonly [string, string]>, sourceLang = "bg", targetLang = "en"): string[][] {
  const seg = (text: string, id: number) => ({ id, text, start: 0, end: text.length, paragraph: id });
  const b = reviewUnits(
    pairs.map(([s], n) => seg(s, n)),
    pairs.map(([, t], n) => seg(t, n)),
    { sourceLang, targetLang },
  );
  return b.links.map((l) => l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`));
}

describe("a Markdown pair's code block changed is placed on its fence's line (stranger 366)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
  writeFileSync(
    join(dir, "en.md"),
    "# Configuration\n\nThe following command prints the effective configuration:\n\n```sh\nkestrel-admin config show --effective\n```\n\nRun it after every change.\n",
  );
  writeFileSync(
    join(dir, "bg.md"),
    "# Конфигурация\n\nСледната команда извежда действащата конфигурация:\n\n```sh\nkestrel-admin config show\n```\n\nИзпълнявайте я след всяка промяна.\n",
  );

  test("the JSON's locations, the text report and the GitHub annotation name the block's line", async () => {
    const args = ["check", join(dir, "en.md"), join(dir, "bg.md"), "-s", "en", "-t", "bg", "-q"];
    const json = await sverka([...args, "-f", "json"]);
    expect(json.code).toBe(1);
    const problem = JSON.parse(json.stdout).problems.find((p: { type: string }) => p.type === "code-blocks");
    expect(problem.locations.map((l: Record<string, unknown>) => [l.side, l.line, l.sentence, l.gap, l.codeBlock])).toEqual([
      ["target", 5, 2, "after", true],
      ["source", 5, 2, "after", true],
    ]);
    const text = await sverka(args);
    expect(text.stdout).toContain("bg.md:5:1 the code block after sentence 2: Следната команда извежда действащата конфигурация: ▸");
    expect(text.stdout).not.toContain("the whole document");
    const github = await sverka([...args, "-f", "github"]);
    expect(github.stdout).toMatch(/^::error file=.*bg\.md,line=5,col=1,/mu);
  });
});

describe("a food label's lists and statements (stranger 375)", () => {
  test("an allergen left out of a label's list is told however many units say the same words", () => {
    const units: Array<[string, string]> = [
      ["Съдържа ЯЙЦА, МЛЯКО и ГЛУТЕН.", "Contains EGGS and GLUTEN."],
      ["Съдържа МЛЯКО, ЯЙЦА и ГЛУТЕН.", "Contains MILK and GLUTEN."],
      ["Съдържа: МЛЯКО, ЯЙЦА.", "Contains: MILK."],
    ];
    const flags = unitFlags(units);
    expect(flags[0]).toEqual([
      'warning missing: the source lists 3 items (Съдържа ЯЙЦА, МЛЯКО, ГЛУТЕН) and the translation 2, with nothing for "МЛЯКО": left out?',
    ]);
    expect(flags[1]).toHaveLength(1);
  });

  test("an ingredient list in lowercase, and one that is nothing but its items, tell the egg left out", () => {
    expect(
      unitFlags([["Съставки: пшенично брашно, мляко, захар, яйца, мая.", "Ingredients: wheat flour, milk, sugar, yeast."]])[0],
    ).toEqual([
      'warning missing: the source lists 5 items (пшенично брашно, мляко, захар, яйца, мая) and the translation 4, with nothing for "яйца": left out?',
    ]);
    expect(
      unitFlags([["Пшенично брашно, МЛЯКО, захар, ЯЙЦА, стафиди, мая, сол.", "Wheat flour, MILK, sugar, raisins, yeast, salt."]])[0],
    ).toHaveLength(1);
    // All of them there: nothing.
    expect(
      unitFlags([["Пшенично брашно, МЛЯКО, захар, ЯЙЦА, стафиди, мая, сол.", "Wheat flour, MILK, sugar, EGGS, raisins, yeast, salt."]])[0],
    ).toEqual([]);
  });

  test("may contain made contains, both ways, is a warning; said alike, nothing", () => {
    expect(unitFlags([["Може да съдържа следи от СУСАМ и СОЯ.", "Contains traces of SESAME and SOYA."]])[0]).toEqual([
      'warning terms: the source says "Може да съдържа" (possible), the translation "Contains" (certain): another certainty (may contain or contains)?',
    ]);
    expect(unitFlags([["May contain traces of SESAME and SOYA.", "Съдържа следи от СУСАМ и СОЯ."]], "en", "bg")[0]).toHaveLength(1);
    expect(unitFlags([["Съдържа: МЛЯКО. Може да съдържа следи от ЯДКИ.", "Contains: MILK. May contain traces of NUTS."]])[0]).toEqual([]);
  });
});

describe("numbers a contract or a study says in words (strangers 368, 369)", () => {
  test("a deposit returned double, translated as the deposit, is a warning; twice the deposit is the same", () => {
    const bg = "Ако окончателният договор не бъде сключен в срок по вина на ПРОДАВАЧА, той връща на КУПУВАЧА капарото в двоен размер.";
    expect(
      pairFlagTexts(
        bg,
        "If the final agreement is not concluded on time through the fault of the SELLER, the SELLER shall return the deposit to the BUYER.",
      ),
    ).toEqual(['warning terms: the source says "в двоен размер" (double), the translation says no multiple of it: left out?']);
    expect(
      pairFlagTexts(
        bg,
        "If the final agreement is not concluded on time through the fault of the SELLER, the SELLER shall return twice the deposit to the BUYER.",
      ),
    ).toEqual([]);
  });

  test("two-and-a-half times is 2,5, and not 3,5", () => {
    expect(pairFlagTexts("Рискът беше 2,5 пъти по-висок при пушачите.", "Smokers had a two-and-a-half times higher risk.")).toEqual([]);
    expect(pairFlagTexts("Рискът беше 3,5 пъти по-висок при пушачите.", "Smokers had a two-and-a-half times higher risk.")).toEqual([
      "error numbers: the translation says two-and-a-half where the source says 3,5",
    ]);
  });
});

describe("the pair's own problems on the review page, in the workbook and in the summary (stranger 376)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sverka-372-"));
  writeFileSync(join(dir, "en.md"), "# Firewall\n\nEnable the firewall:\n\n```sh\nsudo ufw enable\n```\n\nCheck its status afterwards.\n");
  writeFileSync(
    join(dir, "bg.md"),
    "# Защитна стена\n\nВключете защитната стена:\n\n```sh\nsudo ufw --force enable\n```\n\nПроверете състоянието ѝ след това.\n",
  );
  const args = [join(dir, "en.md"), join(dir, "bg.md"), "-s", "en", "-t", "bg"];

  test("a workbook has a sheet of them after the review sheet", async () => {
    const out = join(dir, "review.xlsx");
    await sverka(["align", ...args, "-o", out, "-q"]);
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Review", "Whole pair", "sverka-bitext"]);
    const row = book.getWorksheet("Whole pair")!.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value]).toEqual(["error", "code-blocks"]);
    expect(String(row.getCell(3).value)).toContain('"sudo ufw enable" is "sudo ufw --force enable"');
  });

  test("the summary says an error is one", async () => {
    const r = await sverka(["align", ...args, "-o", join(dir, "b.json"), "--summary"]);
    expect(r.stderr).toMatch(/^ {2}error {7}code blocks, which a translation copies/mu);
  });
});
