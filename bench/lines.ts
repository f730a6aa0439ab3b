/**
 * Long lines, for `npm run bench -- --sets lines`: a line with no full stop
 * is one segment however long it is (a list of part codes, a table exported
 * as text, a transcript without punctuation), and everything done per link
 * then meets thousands of words a side. Each kind is aligned end to end
 * (segmented, reviewed) at 25,000 to 400,000 characters a side, and the CPU
 * time per character of the longest is compared with 100,000's: about 1
 * when the work grows with the line, 4 when it grows with its square (a
 * word of one side compared with every word of the other).
 */
import { align } from "../src/index.js";
import { segment } from "../src/segment/index.js";
import { loadNtrex, rng, sharedDir } from "./data.js";

type Row = Record<string, string | number>;

const SIZES = [25_000, 50_000, 100_000, 200_000, 400_000];

/** Part codes, the same both sides ("HM-58930 EC-34398 ..."). */
function codes(chars: number, seed: number): [string, string] {
  const next = rng(seed);
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const code = `${String.fromCharCode(65 + Math.floor(next() * 26), 65 + Math.floor(next() * 26))}-${10000 + Math.floor(next() * 89999)}`;
    out.push(code);
    n += code.length + 1;
  }
  const line = out.join(" ");
  return [line, line];
}

/** A stock table exported as text, one line: headers in each language, then rows of codes, quantities and prices with their units. */
function table(chars: number, seed: number): [string, string] {
  const next = rng(seed);
  const rows: Array<readonly [string, number, string, number, string, number]> = [];
  let n = 0;
  while (n < chars) {
    const row = [
      `${String.fromCharCode(65 + Math.floor(next() * 26))}${10000 + Math.floor(next() * 89999)}`,
      1 + Math.floor(next() * 400),
      (100 + next() * 9900).toFixed(2),
      1 + Math.floor(next() * 40),
      `S${100 + Math.floor(next() * 900)}`,
      1 + Math.floor(next() * 90),
    ] as const;
    rows.push(row);
    n += 50;
  }
  const bg = ["Артикул", "Количество", "Цена", "Склад", "Доставчик", "Срок"].join(" | ");
  const en = ["Item", "Quantity", "Price", "Warehouse", "Supplier", "Lead time"].join(" | ");
  const bgRows = rows.map(([code, q, price, store, supplier, days]) =>
    [code, `${q} бр`, `${price.replace(".", ",")} лв`, `склад ${store}`, supplier, `${days} дни`].join(" | "),
  );
  const enRows = rows.map(([code, q, price, store, supplier, days]) =>
    [code, `${q} pcs`, `BGN ${price}`, `warehouse ${store}`, supplier, `${days} days`].join(" | "),
  );
  return [[bg, ...bgRows].join(" | "), [en, ...enRows].join(" | ")];
}

/** Running prose with no punctuation, Bulgarian and English: sentences of a few templates with names, places and figures. */
function prose(chars: number, seed: number): [string, string] {
  const next = rng(seed);
  const people: Array<[string, string]> = [
    ["Иван Петров", "Ivan Petrov"],
    ["Мария Георгиева", "Maria Georgieva"],
    ["Стефан Димитров", "Stefan Dimitrov"],
    ["Елена Николова", "Elena Nikolova"],
  ];
  const towns: Array<[string, string]> = [
    ["Пловдив", "Plovdiv"],
    ["Варна", "Varna"],
    ["Бургас", "Burgas"],
    ["Русе", "Ruse"],
  ];
  const bg: string[] = [];
  const en: string[] = [];
  let n = 0;
  while (n < chars) {
    const [pb, pe] = people[Math.floor(next() * people.length)]!;
    const [tb, te] = towns[Math.floor(next() * towns.length)]!;
    const amount = 10 + Math.floor(next() * 990);
    const year = 2000 + Math.floor(next() * 25);
    const k = Math.floor(next() * 3);
    const b =
      k === 0
        ? `кметът на ${tb} ${pb} обяви че общината ще похарчи ${amount} милиона лева за ремонт на училища през ${year} година`
        : k === 1
          ? `според ${pb} пристанището в ${tb} е приело ${amount} кораба през ${year} година`
          : `жителите на ${tb} поискаха нов парк а ${pb} обеща ${amount} дървета до ${year} година`;
    const e =
      k === 0
        ? `the mayor of ${te} ${pe} announced that the municipality would spend ${amount} million leva on repairing schools in ${year}`
        : k === 1
          ? `according to ${pe} the port of ${te} received ${amount} ships in ${year}`
          : `the residents of ${te} asked for a new park and ${pe} promised ${amount} trees by ${year}`;
    bg.push(b);
    en.push(e);
    n += b.length + 1;
  }
  return [bg.join(" "), en.join(" ")];
}

/** NTREX news, Bulgarian and its English, with the punctuation taken out: a transcript's line, names and all. */
function news(chars: number, seed: number): [string, string] {
  if (!ntrex) ntrex = loadNtrex(sharedDir()!);
  const docs = ntrex;
  const strip = (line: string) => line.replace(/[.!?;:,"“”„«»()]/gu, "").trim();
  const bg: string[] = [];
  const en: string[] = [];
  let n = 0;
  // From document `seed` on, in order, round the set as often as the size needs.
  for (let k = seed % docs.length; n < chars; k = (k + 1) % docs.length)
    docs[k]!.bg.forEach((line, x) => {
      if (n >= chars) return;
      bg.push(strip(line));
      en.push(strip(docs[k]!.en[x]!));
      n += line.length + 1;
    });
  return [bg.join(" "), en.join(" ")];
}

let ntrex: ReturnType<typeof loadNtrex> | undefined;

const KINDS: ReadonlyArray<readonly [string, (chars: number, seed: number) => [string, string]]> = [
  ["codes", codes],
  ["table", table],
  ["prose without stops", prose],
  ...(sharedDir() ? [["news without stops (NTREX)", news] as const] : []),
];

/** CPU seconds of aligning and reviewing one pair in this process. */
function cpuSeconds(source: string, target: string): number {
  const before = process.cpuUsage();
  // Titles give each side its language; the line itself may be in none (codes), hence force.
  align(`Списък.\n${source}\nКрай.`, `List.\n${target}\nEnd.`, { segmented: true, force: true });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export function linesSet(): Row[] {
  const rows: Row[] = [];
  if (!sharedDir()) rows.push({ set: "lines", kind: "news without stops (NTREX)", skipped: "../shared/data/ntrex not found" });
  for (const [name, make] of KINDS) {
    // Warm: the first run of a kind pays for compiling what it meets.
    const [ws, wt] = make(SIZES[0]!, 1);
    cpuSeconds(ws, wt);
    const perChar: number[] = [];
    for (const size of SIZES) {
      const [s, t] = make(size, size);
      const seconds = cpuSeconds(s, t);
      perChar.push(seconds / size);
      rows.push({ set: "lines", kind: name, chars: size, cpuSeconds: seconds.toFixed(2), usPerKChar: ((1e9 * seconds) / size).toFixed(0) });
    }
    // Against 100k, where the fixed cost of a run no longer counts: four times the line, the same time per character when linear.
    const base = SIZES.indexOf(100_000);
    rows.push({
      set: "lines",
      kind: name,
      mode: "growth",
      perChar400kOver100k: (perChar[perChar.length - 1]! / perChar[base]!).toFixed(2),
      target: "at most 1.5 (linear); quadratic would be about 4",
    });
  }
  rows.push(...oneLineOfSentences());
  return rows;
}

/**
 * Sentences with their full stops on one line (a file with no line breaks): segmented, not aligned. Every sentence end
 * asked about the line it falls in read the whole line (stranger 189: 16,000 sentences took 30 s).
 */
function oneLineOfSentences(): Row[] {
  const line = (chars: number) => {
    const out: string[] = [];
    for (let i = 0, n = 0; n < chars; i++) {
      const s = `The committee met on Tuesday and discussed the budget for ${2000 + (i % 20)}. Mr Petrov said the plan was "ambitious", and the minister agreed.`;
      out.push(s);
      n += s.length + 1;
    }
    return out.join(" ");
  };
  const seconds = (text: string) => {
    const before = process.cpuUsage();
    segment(text, "en");
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  seconds(line(SIZES[0]!));
  const rows: Row[] = [];
  const perChar: number[] = [];
  for (const size of [100_000, 400_000, 1_600_000]) {
    const cpu = seconds(line(size));
    perChar.push(cpu / size);
    rows.push({
      set: "lines",
      kind: "sentences on one line (segmenting)",
      chars: size,
      cpuSeconds: cpu.toFixed(2),
      usPerKChar: ((1e9 * cpu) / size).toFixed(0),
    });
  }
  rows.push({
    set: "lines",
    kind: "sentences on one line (segmenting)",
    mode: "growth",
    perChar1600kOver100k: (perChar[2]! / perChar[0]!).toFixed(2),
    target: "at most 1.5 (linear); quadratic would be about 16",
  });
  return rows;
}
