/** What a lawyer-linguist's regulation and ordinance (stranger 109) showed: limits of one, institutions, the order of steps. */

import { align, parseDictionary } from "../src/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("a limit of one turned around (stranger 109)", () => {
  test("'най-малко веднъж' / 'at most once' and 'най-малко един' / 'at most one' are errors; kept, nothing", () => {
    expect(flags("Проверките се извършват най-малко веднъж годишно.", "Inspections shall be carried out at most once a year.")).toEqual([
      'error numbers: the limit is reversed: the translation says "at most once" where the source says "най-малко веднъж"',
    ]);
    const bg = "Държавите членки могат да изискват информацията да се предоставя на най-малко един от техните официални езици.";
    expect(flags(bg, "Member States may require the information to be provided in at most one of their official languages.")).toEqual([
      'error numbers: the limit is reversed: the translation says "at most one" where the source says "най-малко един"',
    ]);
    expect(flags("Проверките се извършват най-малко веднъж годишно.", "Inspections shall be carried out at least once a year.")).toEqual(
      [],
    );
    expect(flags(bg, "Member States may require the information to be provided in at least one of their official languages.")).toEqual([]);
    expect(flags("Take no more than one tablet a day.", "Приемайте най-малко една таблетка дневно.", "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "най-малко една" where the source says "no more than one"',
    ]);
  });
});

describe("another institution, the order of a provision's steps, a schedule's early and late (strangers 107, 109)", () => {
  test("the Commission for the Council, the Parliament for the Council: warnings; the same institution, none", () => {
    expect(flags("Комисията приема актовете за изпълнение.", "The Council shall adopt the implementing acts.")).toEqual([
      'warning terms: the source says "Комисията" (commission), the translation "Council" (council): another institution?',
    ]);
    expect(flags("Съветът се информира незабавно.", "The European Parliament shall be informed without delay.")).toEqual([
      'warning terms: the source says "Съветът" (council), the translation "Parliament" (parliament): another institution?',
    ]);
    expect(flags("Комисията приема актовете за изпълнение.", "The Commission shall adopt the implementing acts.")).toEqual([]);
    // A board is no institution of the class: "Управителният съвет" / "Management Board" says nothing of one.
    expect(flags("Управителният съвет одобри отчета на Комисията.", "The Management Board approved the Commission's report.")).toEqual([]);
  });

  test("'преди сключването' / 'After the conclusion' and 'early' / 'по-късно' are the opposite; 'преди' at large is not judged", () => {
    expect(
      flags(
        "Преди сключването на договора за кредит кредиторът оценява кредитоспособността на потребителя.",
        "After the conclusion of the credit agreement, the creditor shall assess the creditworthiness of the consumer.",
      ),
    ).toEqual([
      'warning terms: the source says "Преди сключването" (before), the translation "After the conclusion" (after): the opposite, meaning reversed?',
    ]);
    expect(
      flags(
        "Fixed an issue where due dates were shown one day early.",
        "Отстранен е проблем, при който крайните срокове се показваха с един ден по-късно.",
        "en",
        "bg",
      ),
    ).toEqual(['warning terms: the source says "early" (early), the translation "по-късно" (late): the opposite, meaning reversed?']);
    expect(
      flags(
        "Кредиторът оценява кредитоспособността, преди да сключи договора.",
        "The creditor shall conclude the agreement after assessing creditworthiness.",
      ),
    ).toEqual([]);
    // "не по-късно от" is a limit: the limits check's.
    expect(flags("Отчетът се подава не по-късно от 30 април.", "The report shall be submitted no later than 30 April.")).toEqual([]);
  });
});

describe("a news agency's clean stories (stranger 110)", () => {
  test("'0047 GMT' is the time 00:47, as '0:47 ч. по Гринуич' is; another time is still an error", () => {
    const en = "The quake hit at 3:47 a.m. local time (0047 GMT) at a depth of 10 km.";
    expect(flags(en, "Трусът е станал в 3:47 ч. местно време (0:47 ч. по Гринуич) на дълбочина 10 км.", "en", "bg")).toEqual([]);
    expect(flags(en, "Трусът е станал в 3:47 ч. местно време (1:47 ч. по Гринуич) на дълбочина 10 км.", "en", "bg")).toEqual([
      "error numbers: the translation says 1:47 ч. where the source says 0047",
    ]);
  });

  test("'spread over four years' is a period, no floor: 'в рамките на четири години' is no limit reversed", () => {
    expect(
      flags(
        "The package, spread over four years, consists of €33 billion in loans and €17 billion in grants.",
        "Пакетът е разпределен в рамките на четири години и включва 33 млрд. евро заеми и 17 млрд. евро безвъзмездни средства.",
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(flags("Children over 12 years may take two tablets.", "Деца под 12 години могат да приемат две таблетки.", "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "под 12" where the source says "over 12"',
    ]);
  });

  test("'първата десетка' is the top 10; the top 20 for it is an error", () => {
    const bg = "С победата Димитров си гарантира завръщане в първата десетка на световната ранглиста за първи път от 2018 г.";
    expect(
      flags(
        "The win guarantees that Dimitrov will return to the top 10 of the ATP rankings for the first time since 2018.",
        bg,
        "en",
        "bg",
      ),
    ).toEqual([]);
    expect(
      flags(
        "The win guarantees that Dimitrov will return to the top 20 of the ATP rankings for the first time since 2018.",
        bg,
        "en",
        "bg",
      ),
    ).toEqual(["error numbers: the translation says първата десетка where the source says 20"]);
  });
});

test("a city sverka knows replaced by another that sounds nothing like it: a warning; a name translated by meaning is not judged (strangers 110, 111)", () => {
  expect(flags("Срещата е във Франкфурт.", "The meeting is in Brussels.")).toEqual([
    "warning names: the name Франкфурт (Frankfurt) is not in the translation, which names Brussels instead: replaced by another name?",
  ]);
  expect(flags("Срещата е в Рим.", "The meeting is in Milan.")).toEqual([
    "warning names: the name Рим (Rome) is not in the translation, which names Milan instead: replaced by another name?",
  ]);
  expect(flags("Срещата е във Франкфурт.", "The meeting is in Frankfurt.")).toEqual([]);
  // A country may be its adjective or "it": judged by the rules of before.
  expect(flags("Англия загуби мача.", "The Sky Blues lost the match.")).toEqual([]);
});

test("a quote given to another speaker named by a surname of the language alone: a warning (stranger 110)", () => {
  expect(flags("„Бюджетът не е реалистичен“, каза Василев.", '"The budget is not realistic," Zhelyazkov said.')).toEqual([
    "warning names: the name Василев (Vasilev) is not in the translation, which names Zhelyazkov instead: replaced by another name?",
  ]);
  expect(flags("„Бюджетът не е реалистичен“, каза Василев.", '"The budget is not realistic," Vasilev said.')).toEqual([]);
});

test("a country said by its adjective or people turned into another: a warning; a part of the kingdom for the whole is not (stranger 110)", () => {
  expect(
    flags("The Greek prime minister said the deal was fair.", "Кипърският премиер каза, че сделката е справедлива.", "en", "bg"),
  ).toEqual([
    "warning names: the source names Greece (its name, adjective, people or capital), the translation Cyprus and not Greece: another country?",
  ]);
  expect(
    flags(
      "Around 1,300 farmers drove their tractors into the Belgian capital on Thursday.",
      "Около 1300 фермери влязоха с тракторите си в нидерландската столица в четвъртък.",
      "en",
      "bg",
    ),
  ).toEqual([
    "warning names: the source names Belgium (its name, adjective, people or capital), the translation Netherlands and not Belgium: another country?",
  ]);
  expect(flags("Гръцкият премиер каза, че сделката е справедлива.", "The Greek prime minister said the deal was fair.")).toEqual([]);
  expect(flags("Британският премиер пристигна в Единбург.", "The Scottish first minister arrived in Edinburgh.")).toEqual([]);
});

test("inflation that slowed turned into one that rose: the change said the other way (stranger 110)", () => {
  const bg = "Годишната инфлация в България се забави до 3,7% през март от 4,3% през февруари.";
  expect(flags(bg, "Annual inflation in Bulgaria rose to 3.7% in March from 4.3% in February.")).toEqual([
    'error negation: the source says it shrank ("забави до 3,7%"), the translation that it grew ("rose to 3.7%"): meaning reversed?',
  ]);
  expect(flags(bg, "Annual inflation in Bulgaria slowed to 3.7% in March from 4.3% in February.")).toEqual([]);
  expect(flags(bg, "Annual inflation in Bulgaria eased to 3.7% in March from 4.3% in February.")).toEqual([]);
});

test("a termbase's official names of five words and more are checked: an institution or an act named otherwise is a warning (stranger 109)", () => {
  const terms = parseDictionary(
    "Министерството на образованието и науката\tMinistry of Education and Science\nЗакона за предучилищното и училищното образование\tPre-school and School Education Act\n",
    "tsv",
    "bg",
    "en",
  );
  const check = (bg: string, en: string) =>
    align(`${bg}\n`, `${en}\n`, { sourceLang: "bg", targetLang: "en", dictionary: terms, terms }).links.flatMap((l) =>
      l.flags.filter((f) => f.type === "terms").map((f) => f.reason),
    );
  expect(
    check(
      "Министерството на образованието и науката утвърждава програмите по Закона за предучилищното и училищното образование.",
      "The Ministry of Finance approves the programmes under the Higher Education Act.",
    ),
  ).toEqual([
    'your termbase translates "Министерството на образованието и науката" as "Ministry of Education and Science", "Закона за предучилищното и училищното образование" as "Pre-school and School Education Act", and the translation does not use them',
  ]);
  expect(
    check(
      "Министерството на образованието и науката утвърждава програмите по Закона за предучилищното и училищното образование.",
      "The Ministry of Education and Science approves the programmes under the Pre-school and School Education Act.",
    ),
  ).toEqual([]);
});

test("a definition left out and another added: the list's letters tell the items apart, one missing and one added (stranger 109)", () => {
  const bg = [
    "За целите на настоящия регламент се прилагат следните определения:",
    "а) „потребител“ означава физическо лице, което действа за цели извън рамките на своята търговска или стопанска дейност или упражняваната от него професия;",
    "б) „кредитор“ означава физическо или юридическо лице, което предоставя или обещава да предостави кредит в рамките на своята търговска или стопанска дейност или професия;",
    "г) „траен носител“ означава всеки инструмент, който дава възможност на потребителя да съхранява информация, адресирана лично до него;",
    "д) „кредитен посредник“ означава физическо или юридическо лице, което действа като посредник при сключването на договори за кредит.",
  ];
  const en = [
    "For the purposes of this Regulation, the following definitions apply:",
    "(a) 'consumer' means a natural person who is acting for purposes which are outside his or her trade, business or profession;",
    "(b) 'creditor' means a natural or legal person who grants or promises to grant credit in the course of his or her trade, business or profession;",
    "(c) 'online interface' means any software, including a website or an application, operated by or on behalf of a trader;",
    "(d) 'durable medium' means any instrument which enables the consumer to store information addressed personally to him or her.",
  ];
  const b = align(`${bg.join("\n\n")}\n`, `${en.join("\n\n")}\n`, { sourceLang: "bg", targetLang: "en" });
  expect(b.links.map((l) => [l.source, l.target])).toEqual([
    [[0], [0]],
    [[1], [1]],
    [[2], [2]],
    [[], [3]],
    [[3], [4]],
    [[4], []],
  ]);
});

test("a point's letter in the compact 'Article 5(2)(c)' and a list item's own letter are compared by their place (stranger 109)", () => {
  expect(
    flags(
      "Чл. 13. Изискванията на член 5, параграф 2, буква б) от Регламент (ЕС) 2016/679 се прилагат съответно.",
      "Art. 13. The requirements of Article 5(2)(c) of Regulation (EU) 2016/679 shall apply mutatis mutandis.",
    ),
  ).toEqual(['error numbers: the translation says "5(2)(c)" where the source says "буква б)": another reference']);
  expect(
    flags(
      "Чл. 13. Изискванията на член 5, параграф 2, буква б) от Регламент (ЕС) 2016/679 се прилагат съответно.",
      "Art. 13. The requirements of Article 5(2)(b) of Regulation (EU) 2016/679 shall apply mutatis mutandis.",
    ),
  ).toEqual([]);
  expect(flags("(c) 'online interface' means any software;", "г) „онлайн интерфейс“ означава всеки софтуер;", "en", "bg")).toEqual([
    'error numbers: the translation says "г)" where the source says "(c)": another reference',
  ]);
  expect(flags("(c) 'online interface' means any software;", "в) „онлайн интерфейс“ означава всеки софтуер;", "en", "bg")).toEqual([]);
});

test("a range of weekdays in words is a range: 'Понеделник – петък' / 'Monday to Thursday' is an error; 'Monday and Friday' two days (stranger 113)", () => {
  expect(flags("Понеделник – петък: от 8:00 до 17:00 ч.", "Monday to Thursday: 8:00 to 17:00")).toEqual([
    "error dates: the translation says Monday to Thursday where the source says Понеделник – петък",
  ]);
  expect(flags("Понеделник – петък: от 8:00 до 17:00 ч.", "Monday to Friday: 8:00 to 17:00")).toEqual([]);
  expect(flags("Центърът работи от понеделник до петък.", "The centre is open from Monday to Friday.")).toEqual([]);
  expect(flags("Събранията са в понеделник и петък.", "Meetings are on Monday and Friday.")).toEqual([]);
});

test("a street's name in quotes after its word is written as it sounds: another street for it is a warning, whatever its words mean (stranger 113)", () => {
  expect(flags("Спирката се премества на ул. „Цар Освободител“ № 4.", "The stop moves to 4 Rakovski Street.")).toEqual([
    "warning names: the name Цар Освободител (Tsar Osvoboditel) is not in the translation, which names Rakovski Street instead: replaced by another name?",
  ]);
  expect(flags("Спирката се премества на ул. „Цар Освободител“ № 4.", "The stop moves to 4 Tsar Osvoboditel Street.")).toEqual([]);
  expect(flags("Общината е на пл. „Свобода“ № 1.", "The municipality is at 1 Svoboda Square.")).toEqual([]);
});

describe("a QA lead's bank, ministry and news documents (stranger 114)", () => {
  test("'5 bcm' is 5 billion cubic metres: no number changed; '5 mcm' for it is", () => {
    const bg = "Договорът предвижда доставка на 5 млрд. куб. м газ годишно.";
    expect(flags(bg, "The deal provides for 5 bcm of gas a year.")).toEqual([]);
    expect(flags(bg, "The deal provides for 5 mcm of gas a year.")).toEqual([
      "error numbers: the translation says 5 where the source says 5 млрд.",
    ]);
  });

  test("a loan 'предсрочно изискуем' for one 'late' in paying is no schedule turned around", () => {
    expect(
      flags(
        "6.1. При забава на плащането на вноска с повече от 90 дни Кредиторът може да обяви целия кредит за предсрочно изискуем.",
        "6.1. If the Borrower is more than 90 days late in paying an instalment, the Lender may declare the entire loan immediately due and payable.",
      ),
    ).toEqual([]);
  });

  test("a fixed annual rate turned floating, EN→BG; a maximum turned minimum after an article's label", () => {
    expect(
      flags(
        "3.1. The loan bears a fixed annual interest rate of 7.9% for the entire term of the Agreement.",
        "3.1. Кредитът се олихвява с плаващ годишен лихвен процент в размер на 7,9 % за целия срок на договора.",
        "en",
        "bg",
      ),
    ).toEqual([
      // A loan's rate turned is decisive (stranger 378).
      'error terms: the source says "fixed annual" (fixed), the translation "плаващ" (floating): the opposite, meaning reversed?',
    ]);
    expect(
      flags("Чл. 4. (1) Максималният размер на помощта е 50 000 лв.", "Art. 4. (1) The minimum amount of aid shall be BGN 50,000."),
    ).toEqual([
      'error terms: the source says "Максималният" (maximum), the translation "minimum" (minimum): the opposite, meaning reversed?',
    ]);
  });
});

test("a liability exclusion reversed though the clause names a failure: 'не носи отговорност ... неуведомяване' / 'shall be liable ... failure to notify' (stranger 114)", () => {
  const bg = "Банката не носи отговорност за вреди, настъпили вследствие на неуведомяване за промяна в данните на клиента.";
  expect(flags(bg, "The Bank shall be liable for damage resulting from failure to notify a change in the customer's data.")).toEqual([
    'error negation: the source says "не носи отговорност", and the translation\'s only negative words ("failure") answer the source\'s others: meaning reversed?',
  ]);
  expect(flags(bg, "The Bank shall not be liable for damage resulting from failure to notify a change in the customer's data.")).toEqual(
    [],
  );
});

test("a century in Roman figures against another in digits is a number changed, said once (stranger 113)", () => {
  expect(flags("Църквата е от XVII в.", "The church dates from the 18th century.")).toEqual([
    "error numbers: the translation says 18th where the source says XVII",
  ]);
  expect(flags("Църквата е от XVII в.", "The church dates from the 17th century.")).toEqual([]);
});
