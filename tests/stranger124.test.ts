/**
 * What this session's strangers (124 onwards) and an item stranger 123 left showed: a point in time compared before an
 * event, and what the later strangers found.
 */

import { segment } from "../src/segment/index.js";
import { pairFlagTexts } from "./helpers.js";

const flags = pairFlagTexts;

describe("a point in time compared before an event (stranger 123)", () => {
  const en = (limit: string) => `Cancellations made ${limit} 48 hours before arrival are refunded.`;
  const bg = (limit: string) => `Анулации, направени ${limit} 48 часа преди пристигането, се възстановяват.`;

  test("'later than 48 hours before' is less than 48 hours before, and 'earlier than' more", () => {
    expect(flags(en("less than"), bg("по-късно от"), "en", "bg")).toEqual([]);
    expect(flags(en("more than"), bg("по-рано от"), "en", "bg")).toEqual([]);
    expect(flags(en("later than"), bg("по-малко от"), "en", "bg")).toEqual([]);
    expect(flags(en("no later than"), bg("не по-късно от"), "en", "bg")).toEqual([]);
    expect(flags(en("at least"), bg("не по-късно от"), "en", "bg")).toEqual([]);
    expect(flags(en("no later than"), bg("до"), "en", "bg")).toEqual([]);
    expect(flags(en("up to"), bg("до"), "en", "bg")).toEqual([]);
  });

  test("the span turned is an error, where the words alone look alike", () => {
    expect(flags(en("more than"), bg("по-късно от"), "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "по-късно от 48" where the source says "more than 48"',
    ]);
    expect(flags(en("at least"), bg("не по-рано от"), "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "не по-рано от 48" where the source says "at least 48"',
    ]);
    expect(flags(en("no earlier than"), bg("не по-късно от"), "en", "bg")).toEqual([
      'error numbers: the limit is reversed: the translation says "не по-късно от 48" where the source says "no earlier than 48"',
    ]);
  });
});

describe("how often, compared (stranger 121)", () => {
  test("'or more often' as 'или по-рядко' is a warning; as 'или по-често' nothing", () => {
    const en = "Clean the filter every 6 months or more often in dusty conditions.";
    expect(flags(en, "Почиствайте филтъра на всеки 6 месеца или по-рядко при запрашени условия.", "en", "bg")).toEqual([
      'warning terms: the source says "more often" (more often), the translation "по-рядко" (less often): another frequency (how often)?',
    ]);
    expect(flags(en, "Почиствайте филтъра на всеки 6 месеца или по-често при запрашени условия.", "en", "bg")).toEqual([]);
  });
});

describe("a figure's item (stranger 121)", () => {
  test("'(see Fig. 8, item 5)' as '(вж. фиг. 5, поз. 8)' is an error naming both", () => {
    const en = "Remove the cover (see Fig. 8, item 5) and clean the filter.";
    expect(flags(en, "Свалете капака (вж. фиг. 5, поз. 8) и почистете филтъра.", "en", "bg")).toEqual([
      "error numbers: the reference's numbers are swapped: the translation says figure 5, point 8 where the source says figure 8, point 5: another reference",
    ]);
    expect(flags(en, "Свалете капака (вж. фиг. 8, поз. 5) и почистете филтъра.", "en", "bg")).toEqual([]);
  });
});

describe("a torque's unit (stranger 121)", () => {
  test("'25 N·m' as '25 kgf·m' is another unit; '2.5 kgf·m' as '2,5 кгс·м' the same", () => {
    expect(flags("Tighten the bolt to 25 N·m.", "Затегнете болта с 25 kgf·m.", "en", "bg")).toEqual([
      "error units: the translation says 25 kgf·m where the source says 25 N·m: another unit",
    ]);
    expect(flags("Tighten the bolt to 2.5 kgf·m.", "Затегнете болта с 2,5 кгс·м.", "en", "bg")).toEqual([]);
  });
});

describe("a figure's letter (stranger 121)", () => {
  test("'Fig. A and' is no sentence end; 'Fig. A. Then' ends at the letter", () => {
    const texts = (t: string) => segment(t, "en").map((s) => s.text);
    expect(texts("Insert the battery as shown in Fig. A and close the cover. Press the button (Fig. B) to start.")).toEqual([
      "Insert the battery as shown in Fig. A and close the cover.",
      "Press the button (Fig. B) to start.",
    ]);
    expect(texts("See Fig. A. Then close the cover.")).toEqual(["See Fig. A.", "Then close the cover."]);
  });
});
