/**
 * What this session's strangers (124 onwards) and an item stranger 123 left showed: a point in time compared before an
 * event, and what the later strangers found.
 */

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
