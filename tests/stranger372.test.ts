/**
 * What the eightieth session mended from its strangers (372-378) and from earlier reproductions still open.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sverka } from "./helpers.js";

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
