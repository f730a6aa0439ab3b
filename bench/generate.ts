/**
 * Long Bulgarian-English document pairs with gold alignment, of the kinds a
 * translation agency aligns: contracts from one template filled in many
 * times, manuals with numbered steps and the same warnings again and again,
 * news items; and a mix of their paragraphs drawn at random. About 3 % of
 * the sentences are left out of the translation (gold 1-0 links). Written
 * here, so the sets build without ../shared; NTREX news lines join the mix
 * when ../shared is present. Deterministic: the same seed, the same pair.
 */
import { type BuiltPair, type BuiltSide, type NtrexDoc, rng } from "./data.js";

/** A sentence and its translation. */
type Pair = readonly [bg: string, en: string];
/** Fills a template: every call gives other names, dates and amounts. */
type Fill = (v: Values) => Pair[][];

interface Values {
  readonly pick: <T>(list: readonly T[]) => T;
  readonly int: (lo: number, hi: number) => number;
}

const PEOPLE: ReadonlyArray<Pair> = [
  ["Иван Петров", "Ivan Petrov"],
  ["Мария Георгиева", "Maria Georgieva"],
  ["Стефан Димитров", "Stefan Dimitrov"],
  ["Елена Николова", "Elena Nikolova"],
  ["Георги Тодоров", "Georgi Todorov"],
  ["Анна Стоянова", "Anna Stoyanova"],
  ["Петър Василев", "Petar Vasilev"],
  ["Десислава Иванова", "Desislava Ivanova"],
  ["Николай Христов", "Nikolay Hristov"],
  ["Радослава Колева", "Radoslava Koleva"],
];
const COMPANIES: ReadonlyArray<Pair> = [
  ["„Балкан Логистик“ ООД", "Balkan Logistik Ltd"],
  ["„Витоша Софт“ ЕАД", "Vitosha Soft plc"],
  ["„Родопа Строй“ АД", "Rodopa Stroy AD"],
  ["„Тракия Агро“ ЕООД", "Trakia Agro EOOD"],
  ["„Дунав Енерджи“ ООД", "Dunav Energy Ltd"],
  ["„Пирин Текс“ АД", "Pirin Tex AD"],
];
const CITIES: ReadonlyArray<Pair> = [
  ["София", "Sofia"],
  ["Пловдив", "Plovdiv"],
  ["Варна", "Varna"],
  ["Бургас", "Burgas"],
  ["Русе", "Ruse"],
  ["Стара Загора", "Stara Zagora"],
];
const MONTHS: ReadonlyArray<Pair> = [
  ["януари", "January"],
  ["февруари", "February"],
  ["март", "March"],
  ["април", "April"],
  ["май", "May"],
  ["юни", "June"],
  ["юли", "July"],
  ["август", "August"],
  ["септември", "September"],
  ["октомври", "October"],
  ["ноември", "November"],
  ["декември", "December"],
];

/** "15 март 2024 г." / "15 March 2024". */
function date(v: Values): Pair {
  const d = v.int(1, 28);
  const [bm, em] = v.pick(MONTHS);
  const y = v.int(2015, 2026);
  return [`${d} ${bm} ${y} г.`, `${d} ${em} ${y}`];
}

/** "12 500 лв." / "BGN 12,500". */
function amount(v: Values, lo: number, hi: number): Pair {
  const x = v.int(lo, hi) * 100;
  return [`${x.toLocaleString("en").replace(/,/g, " ")} лв.`, `BGN ${x.toLocaleString("en")}`];
}

/** A service contract: parties, subject, price, term, liability, disputes, signatures. */
const contract: Fill = (v) => {
  const [c1b, c1e] = v.pick(COMPANIES);
  const [c2b, c2e] = v.pick(COMPANIES);
  const [p1b, p1e] = v.pick(PEOPLE);
  const [p2b, p2e] = v.pick(PEOPLE);
  const [cb, ce] = v.pick(CITIES);
  const [db, de] = date(v);
  const no = v.int(100, 9999);
  return [
    [[`ДОГОВОР ЗА УСЛУГИ № ${no}`, `SERVICE AGREEMENT No. ${no}`]],
    [
      [
        `Днес, ${db}, в град ${cb}, между страните се сключи настоящият договор.`,
        `This agreement was concluded on ${de} in ${ce} between the parties.`,
      ],
    ],
    [
      [
        `${c1b}, представлявано от ${p1b}, наричано по-долу Възложител.`,
        `${c1e}, represented by ${p1e}, hereinafter referred to as the Client.`,
      ],
    ],
    [
      [
        `${c2b}, представлявано от ${p2b}, наричано по-долу Изпълнител.`,
        `${c2e}, represented by ${p2e}, hereinafter referred to as the Contractor.`,
      ],
    ],
    ...contractTerms(v, cb, ce),
    [[`За Възложителя: ${p1b}`, `For the Client: ${p1e}`]],
    [[`За Изпълнителя: ${p2b}`, `For the Contractor: ${p2e}`]],
  ];
};

/** The contract's clauses, from its subject to the signatures' place. */
function contractTerms(v: Values, cb: string, ce: string): Pair[][] {
  const [ab, ae] = amount(v, 50, 900);
  const [pb, pe] = amount(v, 5, 40);
  const days = v.int(10, 60);
  const months = v.int(6, 36);
  return [
    [["1. ПРЕДМЕТ НА ДОГОВОРА", "1. SUBJECT OF THE AGREEMENT"]],
    [
      [
        "Възложителят възлага, а Изпълнителят приема да извърши услугите, описани в приложение 1.",
        "The Client assigns and the Contractor accepts to perform the services described in Annex 1.",
      ],
      [
        `Услугите се извършват в срок от ${months} месеца от датата на подписване.`,
        `The services shall be performed within ${months} months of the date of signature.`,
      ],
    ],
    [["2. ЦЕНА И НАЧИН НА ПЛАЩАНЕ", "2. PRICE AND PAYMENT"]],
    [
      [`Общата цена на услугите е ${ab} без ДДС.`, `The total price of the services is ${ae} excluding VAT.`],
      [
        `Възложителят заплаща цената в срок от ${days} дни след получаване на фактура.`,
        `The Client shall pay the price within ${days} days of receiving an invoice.`,
      ],
      [
        `При забава Възложителят дължи неустойка от ${pb} за всеки ден.`,
        `In case of delay the Client shall owe a penalty of ${pe} for each day.`,
      ],
    ],
    [["3. ОТГОВОРНОСТ", "3. LIABILITY"]],
    [
      [
        "Всяка страна отговаря за вредите, причинени на другата страна по нейна вина.",
        "Each party shall be liable for the damage it causes to the other party through its fault.",
      ],
      [
        "Никоя от страните не отговаря за неизпълнение, причинено от непреодолима сила.",
        "Neither party shall be liable for non-performance caused by force majeure.",
      ],
    ],
    [["4. СПОРОВЕ", "4. DISPUTES"]],
    [
      [
        "Страните решават споровете по този договор чрез преговори.",
        "The parties shall settle disputes under this agreement by negotiation.",
      ],
      [
        `Ако не постигнат съгласие, спорът се отнася до компетентния съд в град ${cb}.`,
        `If they do not reach agreement, the dispute shall be referred to the competent court in ${ce}.`,
      ],
    ],
    [
      [
        "Договорът се състави в два еднообразни екземпляра, по един за всяка от страните.",
        "This agreement was drawn up in two identical copies, one for each party.",
      ],
    ],
  ];
}

const WARNING: Pair = [
  "Внимание! Преди да започнете, изключете уреда от електрическата мрежа.",
  "Warning! Before you begin, disconnect the appliance from the mains.",
];
const CAUTION: Pair = ["Не използвайте уреда с мокри ръце.", "Do not use the appliance with wet hands."];

/** A manual chapter: numbered steps, the same warnings before every procedure. */
const manual: Fill = (v) => {
  const ch = v.int(1, 30);
  const t = v.int(30, 90);
  const w = v.int(800, 2400);
  const l = v.int(1, 5);
  return [
    [[`Глава ${ch}. Почистване и поддръжка`, `Chapter ${ch}. Cleaning and maintenance`]],
    [WARNING, CAUTION],
    [
      [`Стъпка 1. Оставете уреда да изстине поне ${t} минути.`, `Step 1. Let the appliance cool down for at least ${t} minutes.`],
      ["Стъпка 2. Извадете филтъра, като го завъртите наляво.", "Step 2. Remove the filter by turning it to the left."],
      [`Стъпка 3. Измийте филтъра с ${l} л топла вода.`, `Step 3. Wash the filter with ${l} l of warm water.`],
      ["Стъпка 4. Поставете филтъра обратно и го завъртете надясно.", "Step 4. Put the filter back and turn it to the right."],
    ],
    [WARNING],
    [
      [
        `Уредът е с мощност ${w} W и не бива да се включва в удължител.`,
        `The appliance has a power of ${w} W and must not be plugged into an extension cord.`,
      ],
      ["Ако кабелът е повреден, той трябва да бъде сменен от сервиз.", "If the cable is damaged, it must be replaced by a service centre."],
    ],
    [CAUTION],
  ];
};

/** A short news item with figures of its own. */
const news: Fill = (v) => {
  const [cb, ce] = v.pick(CITIES);
  const [pb, pe] = v.pick(PEOPLE);
  const [db, de] = date(v);
  const k = v.int(2, 90);
  const pct = v.int(3, 40);
  const [ab, ae] = amount(v, 1000, 90000);
  return [
    [[`Общината в ${cb} обяви нов план за транспорта`, `${ce} municipality announces a new transport plan`]],
    [
      [
        `Общинският съвет в ${cb} одобри на ${db} план за обновяване на градския транспорт.`,
        `On ${de} the municipal council of ${ce} approved a plan to renew public transport.`,
      ],
      [`Планът предвижда ${k} нови автобуса и струва ${ab}.`, `The plan provides for ${k} new buses and costs ${ae}.`],
    ],
    [
      [`Кметът ${pb} заяви, че пътниците ще се увеличат с ${pct}%.`, `Mayor ${pe} said that passenger numbers would rise by ${pct}%.`],
      ["Първите автобуси ще тръгнат догодина.", "The first buses will run next year."],
    ],
  ];
};

/**
 * General terms numbered clause by clause, a few wordings over and over, only
 * a term, a rate or an amount changing, each from a few values: a framework
 * contract's copies, each numbering its clauses anew. No word or number is
 * found once in the whole document; the clause numbers repeat in every copy.
 */
const CLAUSES: ReadonlyArray<(v: Values) => Pair> = [
  (v) => [
    `Страните пазят в тайна информацията, получена при изпълнението на договора, за срок от ${v.int(2, 10)} години.`,
    `The Parties shall keep the information received in performing the contract confidential for ${0} years.`,
  ],
  (v) => [
    `При забава на плащането Възложителят дължи неустойка в размер на ${v.int(1, 9)},${v.int(1, 9)} % от дължимата сума за всеки ден.`,
    `In the event of late payment, the Client shall pay a penalty of ${0}.${0}% of the amount due for each day.`,
  ],
  (v) => [
    `Изпълнителят предава резултата в срок до ${v.int(5, 90)} работни дни от подписването на протокола.`,
    `The Contractor shall deliver the result within ${0} working days of signing the protocol.`,
  ],
  (v) => [
    `Гаранционният срок на доставените стоки е ${v.int(6, 60)} месеца от датата на доставката.`,
    `The warranty period of the goods delivered is ${0} months from the date of delivery.`,
  ],
  (v) => [
    `Възложителят заплаща аванс в размер на ${v.int(1, 9)} 000 лв. в срок до ${v.int(3, 30)} дни.`,
    `The Client shall pay an advance of BGN ${0},${0} within ${0} days.`,
  ],
  (v) => [
    `Договорът може да бъде прекратен с ${v.int(10, 90)}-дневно писмено предизвестие от всяка от страните.`,
    `Either Party may terminate the contract with ${0} days' written notice.`,
  ],
];

/** A clause of `CLAUSES` with its number, the same values on both sides (each `${0}` of the English takes the Bulgarian's next number). */
function clause(v: Values, k: number, n: number): Pair {
  const [bg, en] = CLAUSES[k % CLAUSES.length]!(v);
  const numbers = bg.match(/\d+/gu) ?? [];
  let at = 0;
  return [`Чл. ${n}. ${bg}`, `Article ${n}. ${en.replace(/0/gu, () => numbers[at++] ?? "0")}`];
}

/** Copies of the general terms, 120 clauses each, a paragraph a clause. */
const clauses: Fill = (v) => Array.from({ length: 120 }, (_, k) => [clause(v, k * 5, k + 1)]);

/**
 * The particulars of one contract of a framework agreement, copy after copy:
 * seven articles, each a heading of its own ("Член 3" / "Article 3") and one
 * sentence with one value from a few (a term, an amount, a rate, a person, a
 * court's city; a date of entry into force). No sentence but the dates' is
 * found once, and no run of a clause or two tells one copy from the next:
 * only what several clauses say together does.
 */
const particulars: Fill = (v) => {
  const [bd, ed] = date(v);
  const [bp, ep] = v.pick(PEOPLE);
  const [bc, ec] = v.pick(CITIES);
  const days = v.pick([30, 60, 90]);
  const [ba, ea] = v.pick([
    ["25 000,00", "25,000.00"],
    ["48 500,00", "48,500.00"],
    ["100 000,50", "100,000.50"],
  ]);
  const [br, er] = v.pick([
    ["2,5", "2.5"],
    ["3,0", "3.0"],
    ["8,0", "8.0"],
  ]);
  const notice = v.pick([5, 10, 15]);
  const articles: Pair[] = [
    [
      `Изпълнителят доставя стоките в срок от ${days} дни от датата на поръчката.`,
      `The Contractor shall deliver the goods within ${days} days of the order date.`,
    ],
    [`Общата стойност на този договор не може да надвишава ${ba} евро.`, `The total value of this contract shall not exceed EUR ${ea}.`],
    [`Настоящият договор влиза в сила на ${bd}`, `This contract shall enter into force on ${ed}.`],
    [`За забавено плащане се дължи лихва в размер на ${br} % годишно.`, `Late payment shall bear interest at a rate of ${er}% per year.`],
    [`Възложителят се представлява от ${bp}.`, `The Client is represented by ${ep}.`],
    [`Всеки спор се решава от компетентния съд в ${bc}.`, `Any dispute shall be settled by the competent court in ${ec}.`],
    [
      `Изпълнителят уведомява писмено възложителя за всяка промяна в срок от ${notice} работни дни.`,
      `The Contractor shall notify the Client in writing of any change within ${notice} working days.`,
    ],
  ];
  return articles.flatMap((article, k) => [[[`Член ${k + 1}`, `Article ${k + 1}`]], [article]]);
};

/** The steps of every chapter of the service manual ("models"), the same in each. */
const MODEL_STEPS: readonly Pair[] = [
  ["Изключете уреда от контакта.", "Unplug the appliance."],
  ["Свалете предния капак.", "Remove the front cover."],
  ["Почистете филтъра с мека четка.", "Clean the filter with a soft brush."],
  ["Проверете дали уплътнението не е повредено.", "Check that the seal is not damaged."],
  ["Завийте четирите винта.", "Tighten the four screws."],
  ["Поставете обратно предния капак.", "Put the front cover back."],
];

/**
 * A service manual's chapter for one device model: its code in the heading (found once in each text), then the same
 * steps, numbered anew, with the same warning after each. Nothing else tells one chapter from another.
 */
function modelChapter(k: number): Pair[][] {
  const code = `KX-${100 + 3 * k}`;
  return [
    [[`Модел ${code}: почистване и поддръжка`, `Model ${code}: cleaning and maintenance`]],
    MODEL_STEPS.flatMap(([bg, en], s): Pair[] => [[`Стъпка ${s + 1}. ${bg}`, `Step ${s + 1}. ${en}`], WARNING]),
  ];
}

export type GeneratedKind = "contracts" | "repeated" | "mixed" | "distinct" | "clauses" | "particulars" | "models";

export interface GenerateOptions {
  /** Source sentences to reach (the pair stops at the first paragraph past it). */
  readonly size: number;
  readonly seed?: number;
  /** Share of sentences left out of the translation (default 0.03). */
  readonly drop?: number;
  /** NTREX documents to draw news paragraphs from as well (optional). */
  readonly ntrex?: readonly NtrexDoc[];
}

/**
 * "contracts": the contract template filled in again and again, each copy
 * with its own parties, dates and amounts. "repeated": one contract, one
 * manual chapter and one news item again and again, the same names in every
 * copy, only the numbers changed (the most repetitive case).
 * "mixed": paragraphs drawn at random from freshly filled contracts,
 * manuals, news items (and NTREX news, when given). "distinct": the mixed
 * pair with a running reference in every sentence, as a register or a
 * regulation numbers its entries, so that no sentence repeats: the work done
 * once per distinct text is then done for every segment, as on a long book.
 * "models": a service manual, a chapter per device model, every chapter the
 * same steps and warnings (`modelChapter`), with a quarter of the translation
 * left out from its middle in one run: 25,000 sentences at 100k, far more
 * than the widest window that tracks anchors along the document.
 */
export function generatePair(kind: GeneratedKind, options: GenerateOptions): BuiltPair {
  const rand = rng(options.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const v: Values = { pick: (list) => list[Math.floor(rand() * list.length)]!, int };
  // The same names every time: only the numbers change from copy to copy.
  const same: Values = { pick: (list) => list[0]!, int };
  const paragraphs: Pair[][] = [];
  let count = 0;
  let chapters = 0;
  while (count < options.size) {
    const next =
      kind === "models"
        ? modelChapter(chapters++)
        : kind === "contracts"
          ? contract(v)
          : kind === "clauses"
            ? clauses(v)
            : kind === "particulars"
              ? particulars(v)
              : kind === "repeated"
                ? [...contract(same), ...manual(same), ...news(same)]
                : kind === "distinct"
                  ? numbered(mixedParagraphs(v, rand, options.ntrex), count)
                  : mixedParagraphs(v, rand, options.ntrex);
    for (const p of next) {
      paragraphs.push(p);
      count += p.length;
    }
  }
  const pair = dropSentences(`${kind}-${options.size}`, paragraphs, rand, options.drop ?? 0.03);
  if (kind === "models") {
    const m = pair.target.segments.length;
    const from = Math.floor((3 * m) / 8);
    return { ...leaveOut(pair, from, from + Math.round(m / 4)), name: pair.name };
  }
  if (kind !== "clauses" && kind !== "particulars") return pair;
  // A chapter missing besides: a tenth of the translation, from its middle (at least 100 sentences, at most 3,000).
  const m = pair.target.segments.length;
  const length = Math.min(3000, Math.max(100, Math.round(m / 10)));
  const from = Math.floor((m - length) / 2);
  return { ...leaveOut(pair, from, from + length), name: pair.name };
}

/** The sentences with the running reference `first` + 1, + 2 ... before their closing mark: "(№ 17)" and "(No. 17)". */
function numbered(paragraphs: Pair[][], first: number): Pair[][] {
  let n = first;
  const mark = (text: string, ref: string) => {
    const end = /[.!?…:;]*["'”“’»)\]]*$/u.exec(text)!.index;
    return `${text.slice(0, end)} (${ref})${text.slice(end)}`;
  };
  return paragraphs.map((p) =>
    p.map(([bg, en]): Pair => {
      n++;
      return [mark(bg, `№ ${n}`), mark(en, `No. ${n}`)];
    }),
  );
}

/** A few paragraphs from one of the documents, taken in order (a section copied from it). */
function mixedParagraphs(v: Values, rand: () => number, ntrex?: readonly NtrexDoc[]): Pair[][] {
  const sources = ntrex?.length ? 4 : 3;
  const which = Math.floor(rand() * sources);
  if (which === 3) {
    const doc = v.pick(ntrex!);
    const at = v.int(0, Math.max(0, doc.bg.length - 4));
    return asInPrint(doc.bg.slice(at, at + 4).map((bg, k): Pair => [bg, doc.en[at + k]!]));
  }
  const doc = [contract, manual, news][which]!(v);
  const at = v.int(0, doc.length - 1);
  return doc.slice(at, at + v.int(1, 3));
}

/** A line that ends with none of a sentence's closing marks: a headline, a subheading, a bullet point. */
const HEADING = /[^.!?…:;'"”“’»)\]]$/u;

/**
 * News lines as a document prints them: a headline, a subheading or a bullet
 * point (a line with no closing mark on either side) stands on a line of its
 * own, never run into the next sentence, which no segmenter could cut again.
 */
function asInPrint(lines: readonly Pair[]): Pair[][] {
  const paragraphs: Pair[][] = [[]];
  for (const line of lines) {
    paragraphs[paragraphs.length - 1]!.push(line);
    if (HEADING.test(line[0]) || HEADING.test(line[1])) paragraphs.push([]);
  }
  return paragraphs.filter((p) => p.length > 0);
}

/** The pair as sides and gold, with a share of the sentences left out of the translation. */
function dropSentences(name: string, paragraphs: readonly Pair[][], rand: () => number, drop: number): BuiltPair {
  const source: BuiltSide = { segments: [], paragraphs: [] };
  const target: BuiltSide = { segments: [], paragraphs: [] };
  const gold: BuiltPair["gold"] = [];
  paragraphs.forEach((p, para) => {
    for (const [bg, en] of p) {
      source.segments.push(bg);
      source.paragraphs.push(para);
      const s = source.segments.length - 1;
      if (rand() < drop) {
        gold.push({ source: [s], target: [] });
        continue;
      }
      target.segments.push(en);
      target.paragraphs.push(para);
      gold.push({ source: [s], target: [target.segments.length - 1] });
    }
  });
  return { name, source, target, gold };
}

/**
 * The pair with target segments [from, to) left out of the translation (a
 * chapter missing): the gold's links to them become source sentences with
 * no counterpart, one each, and later targets move up.
 */
export function leaveOut(p: BuiltPair, from: number, to: number): BuiltPair {
  const keep = (_: unknown, k: number) => k < from || k >= to;
  const moved = (k: number) => (k < from ? k : k - (to - from));
  const gold = p.gold.flatMap((l) => {
    const target = l.target.filter((k) => k < from || k >= to).map(moved);
    return l.target.length > 0 && target.length === 0 ? l.source.map((s) => ({ source: [s], target: [] })) : [{ source: l.source, target }];
  });
  return { ...p, target: { segments: p.target.segments.filter(keep), paragraphs: p.target.paragraphs.filter(keep) }, gold };
}
