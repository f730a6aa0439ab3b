/** What a QA lead gating deliveries (stranger 87) and a corpus builder merging batch memories (stranger 88) found. */
import { align, formats, mergeTmx } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { fixture, read } from "./helpers.js";

test("two batch memories of one corpus merge as the same pairs aligned again, the first kept, silently (stranger 88)", () => {
  const aligned = align(
    "Договорът влиза в сила на 1 март.\nЦената е 100 лв.\n",
    "The contract enters into force on 1 March.\nThe price is BGN 100.\n",
    {
      segmented: true,
    },
  );
  // As `batch --merge-tmx` writes its units: a score and the document, no place in it.
  const batchMemory = (day: number) =>
    formats.tmx
      .write(aligned, { date: new Date(Date.UTC(2026, 0, day)) })
      .replace(/\s*<prop type="x-sverka-link">[^<]*<\/prop>/g, "")
      .replace(/(<prop type="x-sverka-score">[^<]*<\/prop>)/g, '$1\n      <prop type="x-document">contract</prop>');
  const first = batchMemory(1);
  expect(first).not.toContain("x-sverka-link");
  const merged = mergeTmx([parseTmx(first, "m1.tmx"), parseTmx(batchMemory(2), "m2.tmx")]);
  expect(merged.collisions).toEqual([]);
  expect(merged.text.match(/<tu /g)).toHaveLength(2);
  expect(merged.text).toContain('creationdate="20260101T000000Z"');
});

test("a negated statement before a limit is no prohibition: 'не са обитавани повече от 60 дни' / 'unoccupied for more than 60 days' (stranger 87)", () => {
  const flags = (bg: string, en: string) =>
    align(`${bg}\n`, `${en}\n`).links.flatMap((l) => l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`));
  expect(
    flags(
      "Сградите не са обитавани повече от 60 последователни дни.",
      "The buildings have been unoccupied for more than 60 consecutive days.",
    ),
  ).toEqual([]);
  // A prohibition turns its bound still.
  expect(flags("Не приемайте повече от 4 таблетки дневно.", "Take no less than 4 tablets a day.")).toEqual([
    'error numbers: the limit is reversed: the translation says "no less than 4" where the source says "Не приемайте повече от 4"',
  ]);
});

test("a fraction changed is said once, as the fraction: its words are no numbers of their own (stranger 87)", () => {
  const flags = align(
    "Ако сумата е по-ниска от стойността с повече от една трета, се прилага пропорционалност.\n",
    "If the sum is lower than the value by more than two thirds, the proportionality rule applies.\n",
  ).links.flatMap((l) => l.flags.filter((f) => f.severity !== "info").map((f) => f.reason));
  expect(flags).toEqual(['the translation says "two thirds" where the source says "една трета"']);
});

test("a fee's sentence split in two, 'payable upon signature' its second half, is no sentence added (stranger 87's SLA)", () => {
  const bitext = align(read(fixture("stranger87", "sla.en.txt")), read(fixture("stranger87", "sla.bg.txt")), {
    sourceLang: "en",
    targetLang: "bg",
  });
  const split = bitext.links.find((l) => l.target.some((j) => bitext.target.segments[j]!.text.startsWith("Тя се заплаща")))!;
  expect(split.kind).toBe("1-2");
  expect(split.flags.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a contract's 'Neither party shall' lost in translation is a reversal (stranger 87's SLA)", () => {
  const flags = (en: string, bg: string) =>
    align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg" }).links.flatMap((l) =>
      l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`),
    );
  expect(flags("Neither party shall be liable for indirect damages.", "Всяка от страните носи отговорност за косвени вреди.")).toEqual([
    'error negation: the source says "Neither party shall be", and the translation has no negation: meaning reversed?',
  ]);
  expect(flags("Neither party shall be liable for indirect damages.", "Никоя от страните не носи отговорност за косвени вреди.")).toEqual(
    [],
  );
});

test("the same figure said to go the other way is an error a gate on errors stops (stranger 87: 'declined 2.8%' / 'нараснаха с 2,8 %')", () => {
  const flags = (en: string, bg: string) =>
    align(`${en}\n`, `${bg}\n`, { sourceLang: "en", targetLang: "bg" }).links.flatMap((l) =>
      l.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`),
    );
  expect(
    flags(
      "Fixed-line revenue declined 2.8% as customers moved to mobile services.",
      "Приходите от фиксирани услуги нараснаха с 2,8 %, тъй като клиентите преминаха към мобилни услуги.",
    ),
  ).toEqual([
    'error negation: the source says it shrank ("declined 2.8% as"), the translation that it grew ("нараснаха с 2,8"): meaning reversed?',
  ]);
});
