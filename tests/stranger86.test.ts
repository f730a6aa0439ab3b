/** What a translator building a memory from a website, a data sheet and a tender notice found (stranger 86). */
import { align, formats, mergeTmx, review } from "../src/index.js";
import { parseTmx } from "../src/read/tm.js";
import { segment } from "../src/segment/index.js";

describe("a data sheet's rows (stranger 86)", () => {
  test("rows opening with the same word are lines of their own, however long: not prose wrapped at their width", () => {
    const rows = [
      "Степен 1, PP филтър за механични примеси 5 µm: на всеки 6 месеца",
      "Степен 2, гранулиран активен въглен: на всеки 6 месеца",
      "Степен 3, филтър с пресован въглен: на всеки 6 месеца",
    ];
    expect(segment(`${rows.join("\n")}\n`, "bg").map((s) => s.text)).toEqual(rows);
    // Prose wrapped at 60-odd characters still joins its lines.
    const prose =
      "Изпълнителят доставя и монтира филтрите в срок от десет работни\nдни от подписването на договора, като уведомява Възложителя\nза датата на монтажа не по-късно от два дни преди нея.\n";
    expect(segment(prose, "bg").map((s) => s.text)).toHaveLength(1);
  });
});

test("'обр.' (образец, a form's number) ends no sentence (stranger 86's tender notice)", () => {
  expect(segment("Подава се протокол обр. 2а към офертата. Прилага се акт обр. 15 без забележки.\n", "bg").map((s) => s.text)).toEqual([
    "Подава се протокол обр. 2а към офертата.",
    "Прилага се акт обр. 15 без забележки.",
  ]);
});

test("a link of sentences pairing one for one says it can be split, not 'divided at other places' (stranger 86)", () => {
  const bg = [
    "Фирмата е основана през 2005 г. в Пловдив.",
    "Имаме сервизи в София, Пловдив и Варна.",
    "Ремонтираме перални, хладилници и съдомиялни машини.",
    "Диагностиката струва 35 лв.",
    "Гаранцията за ремонта е 6 месеца.",
    "Работим от понеделник до събота.",
    "Обадете се на 032 611 200 за час.",
  ];
  const en = [
    "The company was founded in 2005 in Plovdiv.",
    "We have service centres in Sofia, Plovdiv and Varna.",
    "We repair washing machines, refrigerators and dishwashers.",
    "Diagnostics cost BGN 35.",
    "The repair warranty is 6 months.",
    "We work from Monday to Saturday.",
    "Call 032 611 200 for an appointment.",
  ];
  const aligned = align(`${bg.join("\n")}\n`, `${en.join("\n")}\n`, { segmented: true });
  expect(aligned.links.map((l) => l.kind)).toEqual(Array(7).fill("1-1"));
  // Links 3 and 4 joined, as the review page's join makes them.
  const links = [
    ...aligned.links.slice(0, 2),
    { source: [2, 3], target: [2, 3], kind: "2-2" as const, score: 0.9 },
    ...aligned.links.slice(4),
  ];
  const merged = review({ ...aligned, links }).links[2]!.flags.find((f) => f.type === "merged");
  expect(merged?.reason).toBe(
    "source sentences 3 and 4 and translation sentences 3 and 4 pair one for one, in order: the link can be split into 2 links",
  );
});

test("a unit a reviewer verified says so in the memory, and a merge keeps it over the same unit unverified (stranger 86)", () => {
  const aligned = align(
    "Договорът влиза в сила на 1 март.\nЦената е 100 лв.\n",
    "The contract enters into force on 1 March.\nThe price is BGN 100.\n",
    {
      segmented: true,
    },
  );
  const verified = { ...aligned, links: aligned.links.map((l, k) => (k === 0 ? { ...l, status: "verified" as const } : l)) };
  const date = new Date(Date.UTC(2026, 0, 1));
  const tmx = formats.tmx.write(verified, { date });
  expect(tmx.match(/<prop type="x-sverka-status">verified<\/prop>/g)).toHaveLength(1);
  for (const memories of [
    [formats.tmx.write(aligned, { date }), tmx],
    [tmx, formats.tmx.write(aligned, { date })],
  ]) {
    const merged = mergeTmx(memories.map((text, n) => parseTmx(text, `m${n}.tmx`)));
    expect(merged.text.match(/x-sverka-status/g)).toHaveLength(1);
  }
});

test("one pair aligned in regional locales and in bare languages merges as the same pair aligned again, silently (stranger 86)", () => {
  const aligned = align(
    "Договорът влиза в сила на 1 март.\nЦената е 100 лв.\n",
    "The contract enters into force on 1 March.\nThe price is BGN 100.\n",
    {
      segmented: true,
    },
  );
  const regional = formats.tmx.write(aligned, { date: new Date(Date.UTC(2026, 0, 1)), sourceLocale: "bg-BG", targetLocale: "en-GB" });
  const bare = formats.tmx.write(aligned, { date: new Date(Date.UTC(2026, 0, 2)) });
  const merged = mergeTmx([parseTmx(regional, "a.tmx"), parseTmx(bare, "c.tmx")]);
  expect(merged.collisions).toEqual([]);
  expect(merged.text.match(/<tu /g)).toHaveLength(2);
  expect(merged.text).not.toMatch(/xml:lang="bg"/);
});
