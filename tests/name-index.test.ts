/**
 * The names checks' indexes of a long list (src/review/checks/name-index.ts) give the answers of the scans they
 * replace, on random lists of names, cognates, clitics, codes typed in Cyrillic and addresses with language codes.
 */
import fc from "fast-check";
import { getLanguage } from "../src/lang/index.js";
import { examples, localized, otherScriptsAlike, writtenInLatin } from "../src/review/checks/codes.js";
import { CopiedIndex, NameIndex } from "../src/review/checks/name-index.js";
import { nameMatch } from "../src/review/checks/names.js";
import { type Matchable, matchable, tokenize } from "../src/score/index.js";

const bg = getLanguage("bg");
const en = getLanguage("en");

/** Tokens as the review reads them: tokenized in their language, skeletons and all. */
function tokensOf(surface: string, lang: "bg" | "en"): Matchable[] {
  const profile = lang === "bg" ? bg : en;
  return tokenize(surface, profile).map((t) => matchable(t, profile));
}

const SURFACES = [
  "Simpson",
  "Simpsons",
  "Simpsan",
  "Симпсън",
  "Smith",
  "Смит",
  "ITV",
  "ITV's",
  "l'ONU",
  "ONU",
  "EU",
  "eu",
  "ab",
  "AB",
  "Organ",
  "Organisation",
  "Organisaciia",
  "организация",
  "Alpen",
  "Alpes",
  "Т1",
  "T1",
  "С2",
  "S2",
  "МиГ-29",
  "MiG-29",
  "mig-29",
  "SRV-4410",
  "srv-4410",
  "ЗД2",
  "T2DM",
  "T1DM",
  "КП-06-Н57/12",
  "KP-06-N57/12",
  "KP-06-N75/12",
  "2024",
  "12",
  "https://shop.example.bg/bg/faq.html",
  "https://shop.example.bg/en/faq.html",
  "https://termosmart.bg/bg/",
  "https://termosmart.bg/en/",
  "office@example.com",
  "info@firma.bg",
  "Hsreltpu",
  "Hsreltpa",
  "Gwprrpmu",
  "Жеков",
  "Zhekov",
];

const token = fc.tuple(fc.constantFrom(...SURFACES), fc.constantFrom("bg" as const, "en" as const)).chain(([surface, lang]) => {
  const tokens = tokensOf(surface, lang);
  return tokens.length ? fc.constantFrom(...tokens) : fc.constant(tokensOf("Smith", "en")[0]!);
});
const list = fc.array(token, { maxLength: 120 });

describe("a long list's names looked up, not scanned for", () => {
  test("a name is matched exactly when some token of the list names it, either way round", () => {
    fc.assert(
      fc.property(token, list, fc.boolean(), (a, other, aIsSource) => {
        const index = new NameIndex(other);
        const scanned = other.some((b) => (aIsSource ? nameMatch(a, b) : nameMatch(b, a)));
        expect(index.has(a, aIsSource)).toBe(scanned);
        // Asked again (the memo of cognates), the same answer.
        expect(index.has(a, aIsSource)).toBe(scanned);
      }),
      { numRuns: 3000 },
    );
  });

  test("a code or address is copied otherwise exactly when some token of the list is it as the translation writes it", () => {
    const languages = { source: bg, target: en };
    const copied = (mine: string, theirs: string) =>
      writtenInLatin(mine, theirs, bg) || otherScriptsAlike(mine, theirs) || localized(mine, theirs, "bg", "en") || examples(mine, theirs);
    fc.assert(
      fc.property(token, list, fc.boolean(), (a, other, listIsTarget) => {
        const index = new CopiedIndex(other, listIsTarget, languages);
        const scanned = other.some((b) => (listIsTarget ? copied(a.surface, b.surface) : copied(b.surface, a.surface)));
        expect(index.has(a.surface)).toBe(scanned);
      }),
      { numRuns: 3000 },
    );
  });

  test("the pools hold what the indexes must tell: cognates, clitics, codes in Cyrillic, localized addresses, example mails", () => {
    const one = (surface: string, lang: "bg" | "en") => tokensOf(surface, lang)[0]!;
    expect(new NameIndex([one("Simpsons", "en")]).has(one("Симпсън", "bg"), true)).toBe(true);
    expect(new NameIndex([one("ITV's", "en")]).has(one("ITV", "bg"), true)).toBe(true);
    expect(new NameIndex([one("ab", "en")]).has(one("ab", "bg"), true)).toBe(false);
    expect(new NameIndex([one("AB", "bg")]).has(one("ab", "en"), false)).toBe(true);
    const languages = { source: bg, target: en };
    expect(new CopiedIndex([one("MiG-29", "en")], true, languages).has("МиГ-29")).toBe(true);
    expect(new CopiedIndex([one("Т1", "bg")], false, languages).has("T1")).toBe(true);
    expect(new CopiedIndex([one("T2DM", "en")], true, languages).has("ЗД2")).toBe(true);
    expect(new CopiedIndex([one("T1DM", "en")], true, languages).has("ЗД2")).toBe(false);
    expect(
      new CopiedIndex(tokensOf("https://shop.example.bg/en/faq.html", "en"), true, languages).has("https://shop.example.bg/bg/faq.html"),
    ).toBe(true);
    expect(new CopiedIndex(tokensOf("office@example.com", "en"), true, languages).has("office@example.com")).toBe(true);
  });
});
