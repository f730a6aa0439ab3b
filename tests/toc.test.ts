/**
 * A manual's table of contents, translated: the translation runs longer, so its page numbers are not the
 * original's. Read as numbers of the text, they paired each line with another section's of the same page and
 * flagged every right one (stranger 73: 274 wrong links and 454 false flags on a pair without a defect).
 * The page's number after a leader is no number of the text, and "68.1 Монтаж" reads as "68.1 Installation" does
 * (src/score/tokens.ts).
 */
import { alignSegments } from "../src/index.js";
import { segment } from "../src/segment/index.js";

const TITLES = [
  ["Монтаж", "Installation"],
  ["Почистване", "Cleaning"],
  ["Безопасност", "Safety"],
  ["Отстраняване на неизправности", "Troubleshooting"],
  ["Технически данни", "Technical data"],
] as const;
const BODY = [
  ["Прочетете внимателно указанията преди употреба.", "Read the instructions carefully before use."],
  ["Изключете уреда от контакта, преди да го почистите.", "Unplug the appliance before cleaning it."],
  ["Не потапяйте уреда във вода.", "Do not immerse the appliance in water."],
  ["Свържете се със сервиза, ако уредът не работи.", "Contact the service centre if the appliance does not work."],
] as const;

/** The manual in language `side` (0 Bulgarian, 1 English): its table of contents, then its sections. */
function manual(side: 0 | 1, chapters: number): string {
  const toc: string[] = [side === 0 ? "Съдържание" : "Contents", ""];
  const body: string[] = [];
  let page = 3;
  for (let c = 1; c <= chapters; c++) {
    for (let s = 1; s <= TITLES.length; s++) {
      const k = (c - 1) * TITLES.length + s - 1;
      page += 1 + (k % 3 === 0 ? 1 : 0);
      // The English runs longer: a page more every seven sections.
      const shown = side === 0 ? page : page + Math.floor(k / 7);
      const title = TITLES[s - 1]![side];
      toc.push(`${c}.${s} ${title} .......... ${shown}`);
      body.push(`${c}.${s} ${title}`, "", `${BODY[k % 4]![side]} ${BODY[(k + 1) % 4]![side]}`, "");
    }
  }
  return [...toc, "", ...body].join("\n");
}

test("a table of contents whose page numbers differ: each line is linked to its own section's, and nothing is flagged there", () => {
  const chapters = 30;
  const b = alignSegments(segment(manual(0, chapters), "bg"), segment(manual(1, chapters), "en"));
  const entries = 1 + chapters * TITLES.length;
  const tocLinks = b.links.filter((l) => l.source.some((i) => i < entries) || l.target.some((i) => i < entries));
  const section = (text: string) => /^\d+\.\d+/.exec(text)?.[0];
  const wrong = tocLinks.filter(
    (l) =>
      l.source.length !== 1 ||
      l.target.length !== 1 ||
      section(b.source.segments[l.source[0]!]!.text) !== section(b.target.segments[l.target[0]!]!.text),
  );
  expect(wrong).toEqual([]);
  expect(tocLinks).toHaveLength(entries);
  const flagged = tocLinks.flatMap((l) => (l.flags ?? []).filter((f) => f.severity !== "info").map((f) => `${f.type}: ${f.reason}`));
  expect(flagged).toEqual([]);
});
