/**
 * What a sworn translator's certificates (stranger 104) showed: an identifier's line expanded in the translation
 * ("ЕГН: 6211154478" / "Personal Identification Number (EGN): 6211154478") was left unpaired for its length.
 */
import { readFileSync } from "node:fs";
import { align } from "../src/index.js";
import { fixture } from "./helpers.js";

test("an identifier written alike on both sides pairs its lines, however much longer the translation's label (stranger 104)", () => {
  const read = (lang: string) => readFileSync(fixture("certificate", `birth.${lang}.txt`), "utf8");
  const b = align(read("bg"), read("en"), { sourceLang: "bg", targetLang: "en" });
  const egn = (text: string) => /\d{10}/u.exec(text)?.[0];
  const pairs = b.links
    .filter((l) => l.source.some((i) => egn(b.source.segments[i]!.text)) || l.target.some((j) => egn(b.target.segments[j]!.text)))
    .map((l) => [l.source.map((i) => egn(b.source.segments[i]!.text)), l.target.map((j) => egn(b.target.segments[j]!.text))]);
  expect(pairs).toEqual([
    [["8704036528"], ["8704036528"]],
    [["6211154478"], ["6211154478"]],
    [["5908226521"], ["5908226521"]],
  ]);
  expect(b.links.flatMap((l) => l.flags.filter((f) => f.severity === "error"))).toEqual([]);
});

test("a certified translation's closing statement at its end is the translator's words, not an error; a sentence added there instead still is (stranger 104)", () => {
  const read = (lang: string) => readFileSync(fixture("certificate", `attorney.${lang}.txt`), "utf8");
  const en = read("en");
  const severities = (target: string) =>
    align(read("bg"), target, { sourceLang: "bg", targetLang: "en" }).links.flatMap((l) =>
      l.flags.filter((f) => f.type === "added").map((f) => f.severity),
    );
  expect(en).toMatch(/^I, the undersigned/mu);
  expect(new Set(severities(en))).toEqual(new Set(["info"]));
  // Anything else the translation adds at its end is an error, as before.
  expect(severities(en.replace(/^I, the undersigned[\s\S]*$/mu, "The attorney-in-fact may also sell the property.\n"))).toEqual(["error"]);
});
