/** What a software localization engineer (stranger 107) and an auditor of financial statements (stranger 106) showed. */

import { align, segment } from "../src/index.js";
import { pairFlagTexts as flags, flagTexts, paragraphPairs } from "./helpers.js";

describe("a shortcuts table copied rightly is no text left untranslated (stranger 107)", () => {
  const guide: ReadonlyArray<readonly [string, string]> = [
    ["Keyboard shortcuts", "Клавишни комбинации"],
    ["Windows and Linux", "Windows и Linux"],
    ["Open the command palette", "Отваряне на командната палитра"],
    ["Ctrl+Shift+P", "Ctrl+Shift+P"],
    ["Cmd+Shift+P", "Cmd+Shift+P"],
    ["Create a task", "Създаване на задача"],
    ["Ctrl+N", "Ctrl+N"],
  ];

  test("a shortcut of three keys and two systems' names joined by 'и'", () => {
    expect(flagTexts(paragraphPairs(guide, ["en", "bg"]))).toEqual([]);
  });

  test("a sentence left in English around a shortcut, and a heading of three words, are still untranslated", () => {
    const left = [...guide, ["Press Ctrl+Shift+P to open the palette.", "Press Ctrl+Shift+P to open the palette."] as const];
    expect(flagTexts(paragraphPairs(left, ["en", "bg"]))).toEqual(["error untranslated: the translation is the source text, unchanged"]);
    const heading = [...guide, ["Windows and Linux", "Windows and Linux"] as const];
    expect(flagTexts(paragraphPairs(heading, ["en", "bg"]))).toEqual(["error untranslated: the translation is the source text, unchanged"]);
  });
});

describe("a table's row of short cells between tabs is one segment (stranger 106)", () => {
  test("a header row whose cells end on abbreviations; a list item's sentences after a tab are still sentences", () => {
    const row = "Показател\tIII трим. 2025 г.\tIII трим. 2024 г.\tИзменение";
    expect(segment(`${row}\nПриходи\t23 418\t21 347\t9,7 %\n`, "bg").map((s) => s.text)).toEqual([
      "Показател\tIII трим. 2025 г.\tIII трим. 2024 г.\tИзменение",
      "Приходи\t23 418\t21 347\t9,7 %",
    ]);
    const item = "1.\tИзпълнителят доставя стоките до склада на Възложителя. Възложителят заплаща цената в срок от 30 дни.";
    expect(segment(item, "bg")).toHaveLength(2);
  });

  test("the header's years swapped in the translation are an error, and the clean header no flag", () => {
    const bg = "Показател\t2025 г.\t2024 г.\tИзменение\nПриходи от продажби\t86 542\t77 003\t12,4 %\n";
    expect(flagTexts(align(bg, "Indicator\t2025\t2024\tChange\nRevenue from sales\t86,542\t77,003\t12.4%\n"))).toEqual([]);
    expect(flagTexts(align(bg, "Indicator\t2024\t2025\tChange\nRevenue from sales\t86,542\t77,003\t12.4%\n"))).toEqual([
      "error numbers: the numbers are swapped: the row's figures stand in other columns in the translation (2025, 2024 in the source, 2024, 2025 in the translation)",
    ]);
  });
});

describe("negations of help texts and release notes (stranger 107)", () => {
  test("'Do not close ... until' / 'Затворете ..., докато ... не приключи': the 'не' of 'докато не' says no to nothing", () => {
    expect(
      flags("Do not close this window until the upload is complete.", "Затворете този прозорец, докато качването не приключи.", "en", "bg"),
      // "until" said by "докато ... не" on both sides, the bound kept: only the negation went, an error since "until" is no
      // negative word (stranger 224: it read as "un" + "til").
    ).toEqual(['error negation: the source says "Do not close", and the translation has no negation: meaning reversed?']);
    expect(
      flags(
        "Do not close this window until the upload is complete.",
        "Не затваряйте този прозорец, докато качването не приключи.",
        "en",
        "bg",
      ),
    ).toEqual([]);
  });

  // "are not sent" dropped is an error since the lexicon knows "изпращам" / "sent" (session 60); "no longer" made "вече"
  // (now) is a state said to go on, an error (stranger 271).
  test("'no longer' made 'вече' is an error; 'are not sent' an error, its verb known", () => {
    expect(
      flags(
        "Notifications are no longer sent twice when a task is reassigned.",
        "Известията вече се изпращат два пъти, когато задача бъде преназначена.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the source says "no longer sent", and the translation says it goes on ("вече"): meaning reversed?']);
    expect(
      flags(
        "Notifications are not sent when a task is reassigned.",
        "Известията се изпращат, когато задача бъде преназначена.",
        "en",
        "bg",
      ),
    ).toEqual(['error negation: the source says "are not sent when", and the translation has no negation: meaning reversed?']);
    expect(
      flags(
        "Notifications are no longer sent twice when a task is reassigned.",
        "Известията вече не се изпращат два пъти, когато задача бъде преназначена.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    // An error since the lexicon has "достъпен" / "accessible" (session 61): the very word negated is translated.
    expect(flags("Те нямат достъп до работното пространство.", "They have access to the workspace.")).toEqual([
      'error negation: the source says "нямат достъп до", and the translation has no negation: meaning reversed?',
    ]);
  });
});

describe("a board's and an auditor's names (stranger 106)", () => {
  const board =
    "Дружеството се управлява от Съвет на директорите в състав: Петър Колев – председател, Ивелина Стоянова – изпълнителен директор, и Георги Андонов – член.";
  const en = (name: string) =>
    `The Company is managed by a Board of Directors comprising Petar Kolev (Chairman), Ivelina Stoyanova (Chief Executive Officer) and Georgi ${name} (member).`;

  test("a voiced consonant for an unvoiced one is another surname of the language: 'Antonov' is not 'Андонов'", () => {
    expect(flags(board, en("Antonov"))).toEqual([
      "warning names: the name Георги Андонов (Georgi Andonov) is not in the translation, which names Antonov instead: replaced by another name?",
    ]);
    expect(flags(board, en("Andonov"))).toEqual([]);
  });

  test("the name standing instead is the one after the same first name, not a firm's beside it", () => {
    expect(
      flags(
        "Финансовият отчет е одитиран от „Мадара Одит“ ООД, представлявано от регистрирания одитор Десислава Маринова.",
        "The financial statements have been audited by Madara Audit OOD, represented by registered auditor Desislava Martinova.",
      ),
    ).toEqual([
      "warning names: the name Десислава Маринова (Desislava Marinova) is not in the translation, which names Martinova instead: replaced by another name?",
    ]);
  });
});

test("a change in per cent below zero in a table's row, bracketed or with a minus, its sign lost: an error (stranger 106)", () => {
  expect(flags("Нетен дълг\t9 870\t13 544\t(27,1 %)", "Net debt\t9,870\t13,544\t27.1%")).toEqual([
    "error numbers: the source writes (27,1 %) below zero where the translation has 27.1 with no brackets, minus or word of a loss: sign lost?",
  ]);
  expect(flags("Финансови разходи\t(1 412)\t(1 535)\t-8,0 %", "Finance costs\t(1,412)\t(1,535)\t8.0%")).toEqual([
    "error numbers: the source writes -8,0 below zero where the translation has 8.0 with no brackets, minus or word of a loss: sign lost?",
  ]);
  expect(flags("Финансови разходи\t(1 412)\t(1 535)\t-8,0 %", "Finance costs\t(1,412)\t(1,535)\t(8.0%)")).toEqual([]);
  expect(flags("Нетен дълг\t9 870\t13 544\t(27,1 %)", "Net debt\t9,870\t13,544\t-27.1%")).toEqual([]);
});

test("a note's reference in brackets after an amount closes its sentence: a changed note is a number changed (stranger 106)", () => {
  expect(segment("Паричните средства са в размер на 14 208 хил. лв. (Бележка 15). Имотите са оповестени в Бележка 12.", "bg")).toHaveLength(
    2,
  );
  expect(
    flags("Паричните средства са в размер на 14 208 хил. лв. (Бележка 15).", "Cash amounted to BGN 14,208 thousand (Note 16)."),
  ).toEqual(["error numbers: the translation says 16 where the source says 15"]);
});

test("a clause number before a word that is also a unit's letter is the clause's: '19. A debit card', '35. В изключителни случаи' (stranger 112)", () => {
  expect(
    flags(
      "19. Към всяка разплащателна сметка може да бъде издадена дебитна карта Visa или Mastercard.",
      "19. A Visa or Mastercard debit card may be issued for each current account.",
    ),
  ).toEqual([]);
  expect(
    flags(
      "35. В изключителни случаи срокът може да бъде удължен до 35 работни дни.",
      "35. In exceptional cases this period may be extended to 35 business days.",
    ),
  ).toEqual([]);
  expect(flags("25 В е напрежението.", "The voltage is 25 A.")).toEqual([
    "error units: the translation says 25 A where the source says 25 В: another unit",
  ]);
});

test("'app.' ending a clause before the next clause's number on its own line ends the sentence (stranger 112)", () => {
  const en =
    "12. No account opening fee is payable where the account is opened through the mobile app.\n13. Fees are debited automatically.";
  expect(segment(en, "en").map((s) => s.text)).toEqual([
    "12. No account opening fee is payable where the account is opened through the mobile app.",
    "13. Fees are debited automatically.",
  ]);
  expect(segment("See App. 3 for the fees.", "en")).toHaveLength(1);
});

test("a word opening a table's cell is capitalised as a sentence's first word, no name (stranger 112)", () => {
  expect(
    flags(
      "2.1\tВътрешнобанков превод чрез онлайн банкиране\t0,30 лв.\t0,15 евро",
      "2.1\tTransfer within the Bank via online banking\tBGN 0.30\tEUR 0.15",
    ),
  ).toEqual([]);
  expect(flags("2.2\tМеждубанков превод в лева чрез БИСЕРА\t0,90 лв.", "2.2\tInterbank transfer in BGN via BISERA\tBGN 0.90")).toEqual([]);
});

test("a loan's fixed rate turned floating, and a floating one fixed: errors (strangers 112, 378)", () => {
  const bg = "Годишният лихвен процент е фиксиран и е в размер на 9,90 % за целия срок на кредита.";
  expect(flags(bg, "The annual interest rate is floating at 9.90% for the entire term of the credit.")).toEqual([
    'error terms: the source says "фиксиран" (fixed), the translation "floating" (floating): the opposite, meaning reversed?',
  ]);
  expect(flags(bg, "The annual interest rate is fixed at 9.90% for the entire term of the credit.")).toEqual([]);
  expect(flags("Отстранен е проблем с плаващата лента с инструменти.", "Fixed an issue with the floating toolbar.")).toEqual([]);
});

test("a double-brace placeholder is no single-brace one, and the spaces inside braces are none of its name (stranger 107)", () => {
  expect(flags("Welcome back, {{user}}!", "Добре дошли отново, {user}!", "en", "bg")).toEqual([
    "error tags: inline codes differ: the translation lacks {{user}}; it has {user}, which the source has not",
  ]);
  expect(flags("Hello, {{ user }}!", "Здравейте!", "en", "bg")).toEqual([
    "error tags: inline codes differ: the translation lacks {{user}}",
  ]);
  expect(flags("Hello, {{ user }}!", "Здравейте, {{user}}!", "en", "bg")).toEqual([]);
});
