/**
 * Two FAQ items the translation put in the other order, of the same shape: the search links them crosswise (each
 * question to the other's, "from the mobile app" in both), with full confidence. The divergent check tells it
 * (src/review/checks/divergent.ts, `crossedWith`).
 */
import { align, alignSegments } from "../src/index.js";
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
  // Told: the answers, whose texts share nothing, and the questions, one verb apart, the lexicon knowing both verbs
  // ("експортирам" / "export", "споделя" / "share"), each naming the other. Nothing outside the two items is told.
  const told = crossed(b);
  expect(told.length).toBe(4);
  for (const k of told) expect(differing).toContain(k);
  const flags = told.map((k) => b.links[k]!.flags!.find((f) => f.type === "divergent")!);
  expect(flags.map((f) => f.severity)).toEqual(["error", "error", "error", "error"]);
  // Each names its crosswise partner: the first two items' links the last two's, and the other way round.
  expect(flags.map((f) => (f.evidence as { crossedLink?: number }).crossedLink)).toEqual([told[2], told[3], told[0], told[1]]);
});

test("the same FAQ in its own order: no link is told crossed", () => {
  expect(crossed(aligned(Array.from({ length: 25 }, (_, k) => k)))).toEqual([]);
});

describe("a lease whose article has its two sentences in the other order (stranger 78)", () => {
  const SENTENCES: ReadonlyArray<readonly [string, string]> = [
    [
      "Наемодателят предоставя на наемателя за временно ползване офис в град Пловдив.",
      "The Landlord grants the Tenant the temporary use of an office in the city of Plovdiv.",
    ],
    [
      "Офисът се намира на третия етаж и има площ от 85 квадратни метра.",
      "The office is on the third floor and has an area of 85 square metres.",
    ],
    ["Договорът се сключва за срок от две години.", "The agreement is concluded for a period of two years."],
    ["Срокът започва да тече от датата на подписването му.", "The term runs from the date of its signature."],
    ["Месечният наем е 1 200 лева без ДДС.", "The monthly rent is BGN 1,200 excluding VAT."],
    ["Наемът се плаща до пето число на месеца по банков път.", "The rent is paid by the fifth day of the month by bank transfer."],
    ["Наемателят плаща разходите за електроенергия, вода и отопление.", "The Tenant pays the costs of electricity, water and heating."],
    ["Наемодателят плаща данъка върху сградата.", "The Landlord pays the building tax."],
    [
      "Наемателят използва офиса грижливо и според предназначението му.",
      "The Tenant uses the office with care and for its intended purpose.",
    ],
    [
      "Наемателят не може да преотдава офиса без писменото съгласие на наемодателя.",
      "The Tenant may not sublet the office without the written consent of the Landlord.",
    ],
    ["Всички съобщения между страните се правят в писмена форма.", "All notices between the parties shall be made in writing."],
    ["Съобщенията по електронна поща се считат за писмени.", "Notices sent by e-mail are deemed to be in writing."],
    [
      "Всяка от страните може да прекрати договора с тримесечно предизвестие.",
      "Either party may terminate the agreement with three months' notice.",
    ],
    [
      "При прекратяване наемателят връща офиса в състоянието, в което го е получил.",
      "On termination the Tenant returns the office in the condition in which it was received.",
    ],
    ["Споровете между страните се решават по взаимно съгласие.", "Disputes between the parties are settled by mutual agreement."],
    [
      "Ако съгласие не бъде постигнато, спорът се отнася до компетентния съд в Пловдив.",
      "If no agreement is reached, the dispute is referred to the competent court in Plovdiv.",
    ],
    ["Договорът се подписа в два еднакви екземпляра.", "The agreement was signed in two identical copies."],
    ["Всяка страна получи по един екземпляр.", "Each party received one copy."],
  ];
  /** The lease, article `swapped`'s two sentences in the other order in the translation (-1: none). */
  function lease(swapped: number): [string, string] {
    const bg: string[] = [];
    const en: string[] = [];
    for (let a = 0; a < SENTENCES.length / 2; a++) {
      const [first, second] = [SENTENCES[2 * a]!, SENTENCES[2 * a + 1]!];
      bg.push(`Чл. ${a + 1}. ${first[0]} ${second[0]}`);
      en.push(a === swapped ? `Art. ${a + 1}. ${second[1]} ${first[1]}` : `Art. ${a + 1}. ${first[1]} ${second[1]}`);
    }
    return [bg.join("\n\n"), en.join("\n\n")];
  }
  const crosswise = (b: ReturnType<typeof align>) =>
    b.links.flatMap((l, k) =>
      l.flags.some((f) => f.type === "divergent" && f.severity === "error" && /another order/.test(f.reason)) ? [k] : [],
    );

  test("the notices' two sentences, linked crosswise, the article's label with the first of each: both links are errors", () => {
    // "Чл. 6." and "Art. 6." open the first sentence of each side, so the link in place shares the label's number.
    expect(crosswise(align(...lease(5)))).toEqual([10, 11]);
  });

  test("the rent's two sentences in the other order, linked as one 2-2: an order warning, not sentences divided at other places", () => {
    // "1 200 лв." and "1,200" share a number crosswise, but the label "Чл. 3." / "Art. 3." stays with the first of each:
    // the words alone are a little more crosswise; the aligner's costs, lengths and words, far more.
    const b = align(...lease(2));
    const k = b.links.findIndex((l) => l.source.includes(4));
    expect(b.links[k]!.kind).toBe("2-2");
    expect(b.links[k]!.flags.map((f) => `${f.severity} ${f.type}`)).toEqual(["warning order"]);
    expect(b.links.flatMap((l) => l.flags.filter((f) => f.type === "order"))).toHaveLength(1);
  });

  test("the lease as translated in order: no link is told crosswise", () => {
    expect(crosswise(align(...lease(-1)))).toEqual([]);
  });
});
