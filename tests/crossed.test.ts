/**
 * Two FAQ items the translation put in the other order, of the same shape: the search links them crosswise (each
 * question to the other's, "from the mobile app" in both), with full confidence. The divergent check tells it
 * (src/review/checks/divergent.ts, `crossedWith`).
 */
import { alignSegments } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import type { Bitext } from "../src/types.js";

const VERBS = [
  ["архивирам", "archive"],
  ["изтрия", "delete"],
  ["експортирам", "export"],
  ["споделя", "share"],
  ["възстановя", "restore"],
] as const;
const OBJECTS = [
  ["папка", "a folder"],
  ["профила си", "my account"],
  ["договор", "a contract"],
  ["отчет", "a report"],
  ["контакт", "a contact"],
] as const;
const ANSWERS = [
  ["Тази функция е достъпна само в плана „Бизнес“.", "This feature is available only in the Business plan."],
  ["Ако нямате права, свържете се с администратора.", "If you do not have permission, contact your administrator."],
  ["Промяната влиза в сила до един час.", "The change takes effect within an hour."],
] as const;

/** Item k of the FAQ in language `side` (0 Bulgarian, 1 English): a question and two answer sentences. */
function item(k: number, side: 0 | 1): string {
  const [verb, object] = [VERBS[k % 5]!, OBJECTS[Math.floor(k / 5) % 5]!];
  const answer = ANSWERS[k % 3]![side];
  return side === 0
    ? `Мога ли да ${verb[0]} ${object[0]} от мобилното приложение?\n${answer}\nОтворете менюто „Настройки“ и изберете „${object[0]}“.`
    : `Can I ${verb[1]} ${object[1]} from the mobile app?\n${answer}\nOpen the Settings menu and choose "${object[1]}".`;
}

function faq(order: readonly number[]): { bg: string; en: string } {
  const items = Array.from({ length: 25 }, (_, k) => k);
  return { bg: items.map((k) => item(k, 0)).join("\n\n"), en: order.map((k) => item(k, 1)).join("\n\n") };
}

function aligned(order: readonly number[]): Bitext {
  const { bg, en } = faq(order);
  return alignSegments(segment(bg, "bg", { segmented: true }), segment(en, "en", { segmented: true }));
}

const crossed = (b: Bitext) =>
  b.links.flatMap((l, k) => ((l.flags ?? []).some((f) => f.type === "divergent" && /another order/.test(f.reason)) ? [k] : []));

test("two items put in the other order and linked crosswise: each crosswise link is an error naming the other", () => {
  // Items 12 and 13 (three sentences each, their questions alike) traded places.
  const order = Array.from({ length: 25 }, (_, k) => (k === 12 ? 13 : k === 13 ? 12 : k));
  const b = aligned(order);
  const item = (id: number) => Math.floor(id / 3);
  const crosswise = b.links.flatMap((l, k) =>
    l.source.length === 1 && l.target.length === 1 && item(l.source[0]!) !== order[item(l.target[0]!)] ? [k] : [],
  );
  // The search did link them crosswise: 1-1 links whose texts are another item's.
  expect(crosswise.length).toBeGreaterThan(0);
  // Those that pair two texts the document pairs otherwise elsewhere (not the last sentence, the same in both items).
  const differing = crosswise.filter((k) => {
    const [i, j] = [b.links[k]!.source[0]!, b.links[k]!.target[0]!];
    // The source sentence this translation sentence translates: its item's, at its place in the item.
    return b.source.segments[i]!.text !== b.source.segments[3 * order[item(j)]! + (j % 3)]!.text;
  });
  // Told: the answers, whose texts share nothing, each naming the other. (The questions, one verb apart, share most of their
  // words and are left to the reader.) Nothing outside the two items is told.
  const told = crossed(b);
  expect(told.length).toBe(2);
  for (const k of told) expect(differing).toContain(k);
  const [a, z] = told.map((k) => b.links[k]!.flags!.find((f) => f.type === "divergent")!);
  expect([a!.severity, z!.severity]).toEqual(["error", "error"]);
  expect(a!.evidence).toEqual(expect.objectContaining({ crossedLink: told[1] }));
  expect(z!.evidence).toEqual(expect.objectContaining({ crossedLink: told[0] }));
});

test("the same FAQ in its own order: no link is told crossed", () => {
  expect(crossed(aligned(Array.from({ length: 25 }, (_, k) => k)))).toEqual([]);
});
