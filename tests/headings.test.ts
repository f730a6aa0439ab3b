/**
 * A heading translated as another heading of the document (src/review/checks/headings.ts): a heading copied in a CAT
 * tool reads well alone ("Specifications" for "Отстраняване на неизправности", the next heading's translation).
 */
import { align } from "../src/index.js";

const SECTIONS: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string]>]> = [
  [
    "Първо използване на уреда",
    "Using the appliance for the first time",
    [
      ["Махнете всички опаковъчни материали.", "Remove all packaging materials."],
      ["Поставете уреда на равна повърхност.", "Place the appliance on a level surface."],
    ],
  ],
  [
    "Почистване и поддръжка",
    "Cleaning and maintenance",
    [
      ["Изключете уреда от контакта преди почистване.", "Unplug the appliance before cleaning it."],
      ["Избършете уреда с влажна кърпа.", "Wipe the appliance with a damp cloth."],
    ],
  ],
  [
    "Отстраняване на неизправности",
    "Troubleshooting",
    [
      ["Ако уредът не се включва, проверете контакта.", "If the appliance does not switch on, check the socket."],
      ["Ако индикаторът мига, обадете се на сервиза.", "If the indicator flashes, call the service centre."],
    ],
  ],
  [
    "Технически данни",
    "Specifications",
    [
      ["Мощност: 2200 W.", "Power: 2200 W."],
      ["Напрежение: 230 V.", "Voltage: 230 V."],
    ],
  ],
];

/** The manual, heading `copied` (an index) given heading `from`'s translation; the headings each a paragraph of its own. */
function manual(copied = -1, from = -1): [string, string] {
  const side = (n: 0 | 1) =>
    SECTIONS.map(([bg, en, body], k) => {
      const heading = n === 0 ? bg : k === copied ? SECTIONS[from]![1] : en;
      return `${heading}\n\n${body.map((pair) => pair[n]).join(" ")}`;
    }).join("\n\n");
  return [side(0), side(1)];
}

const copies = (b: ReturnType<typeof align>) =>
  b.links.flatMap((l, k) => l.flags.filter((f) => /another heading: one of them copied/.test(f.reason)).map((f) => `${k} ${f.severity}`));

test("a heading given another heading's translation: a warning on each of the two, naming the other", () => {
  const b = align(...manual(2, 3));
  expect(copies(b)).toEqual(["6 warning", "9 warning"]);
  const flag = b.links[6]!.flags.find((f) => f.type === "consistency")!;
  expect(flag.reason).toBe(
    `this heading's translation is also that of source heading 10 ("Технически данни"), another heading: one of them copied from the other?`,
  );
});

test("each heading its own translation, or the same heading twice, or one-word headings said alike: no flag", () => {
  expect(copies(align(...manual()))).toEqual([]);
  // "Внимание" and "Предупреждение" are both "Warning", rightly.
  const [bg, en] = manual();
  const warned = align(`Внимание\n\n${bg}\n\nПредупреждение\n\nПазете от деца.`, `Warning\n\n${en}\n\nWarning\n\nKeep away from children.`);
  expect(copies(warned)).toEqual([]);
  // The same source heading twice, translated alike.
  const twice = align(`${bg}\n\nТехнически данни\n\nТегло: 1,2 кг.`, `${en}\n\nSpecifications\n\nWeight: 1.2 kg.`);
  expect(copies(twice)).toEqual([]);
});
