/**
 * Shortcuts of segmenting a long running text, each against the long way
 * round: the text segmented in parts (on the threads of a long pair) against
 * `segment` of the whole, the words before a dot read from the end against
 * the regular expressions they replace, and the native scan for unreadable
 * characters against counting them.
 */
import fc from "fast-check";
import { runFlow, segmentFlow } from "../src/pipeline.js";
import { implausible } from "../src/read/decode.js";
import { segment, textParts } from "../src/segment/index.js";
import { lastTwoWords, lastWord } from "../src/segment/sentences.js";
import { runFlowThreaded } from "../src/worker/long.js";

/** Both sides segmented in parts of about `size` characters, as a long pair's are. */
function parted(source: string, target: string, size: number) {
  return runFlow(segmentFlow({ text: source }, { text: target }, "bg", "en", {}, size));
}

const CONTRACT = [
  "ДОГОВОР ЗА НАЕМ\n\nДнес, 12.03.2024 г., в гр. София, между:\n1. „Алфа“ ООД, ЕИК 123456789, представлявано от Ив. Петров, и\n2. г-н Г. Иванов,",
  "се сключи настоящият договор.\nЧл. 1. (1) Наемодателят предоставя на наемателя апартамент, т.н. „жилището“. Наемът е 850 лв. месечно.",
  "Чл. 2. Срокът е една година, т.е. до 11.03.2025 г. Той може да бъде продължен.\r\n\r\nЧл. 3. Депозитът е 1 700 лв. и се връща в 14-дневен срок.",
];
const MANUAL = [
  "Step 1. Unplug the device (230 V. AC).\nStep 2. Remove the cover, e.g. with a 5 mm key. Do not use force!",
  'Warning: "Hot surface." Wait 10 min. before touching it.\n\n\n   \n  Mr. J. R. Smith, U.S. office, confirmed it at 5 p.m. Eastern time.',
  "The unit weighs 12 kg. It ships in a box.\r\nSee section 4.2. Contact support et al. for help.",
];

describe("a long running text segmented in parts", () => {
  test("gives the segments of the whole: a contract and a manual, repeated, in parts of a few hundred characters", () => {
    const source = Array.from({ length: 40 }, (_, k) => CONTRACT[k % 3]).join("\n\n");
    const target = Array.from({ length: 40 }, (_, k) => MANUAL[k % 3]).join("\n\n");
    for (const size of [50, 300, 2000, 1e9]) {
      const [s, t] = parted(source, target, size);
      expect(s).toEqual(segment(source, "bg"));
      expect(t).toEqual(segment(target, "en"));
    }
    expect(textParts(source, 300).length).toBeGreaterThan(10);
  });

  test("gives the segments of the whole for any text of lines, empty lines and line breaks of every kind", () => {
    const line = fc.oneof(
      fc.constantFrom(...CONTRACT, ...MANUAL, "", " ", "\t", "Ok.", "т.н. края", "1.", "— Да! — каза той."),
      fc.string({ unit: fc.constantFrom("a", "Б", ".", " ", "\u00a0", "!", "„", "“", '"', "\r", "\n") }),
    );
    const text = fc.array(fc.tuple(line, fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r\n", "\n\r\n")), { maxLength: 30 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 200 }), (s, t, size) => {
        const source = s.map(([l, br]) => l + br).join("");
        const target = t.map(([l, br]) => l + br).join("");
        const [ps, pt] = parted(source, target, size);
        expect(ps).toEqual(segment(source, "bg"));
        expect(pt).toEqual(segment(target, "en"));
      }),
      { numRuns: 400 },
    );
  });

  test("on two worker threads, gives the segments of the whole", async () => {
    const source = Array.from({ length: 60 }, (_, k) => CONTRACT[k % 3]).join("\n\n");
    const target = Array.from({ length: 60 }, (_, k) => MANUAL[k % 3]).join("\r\n\r\n");
    const [s, t] = await runFlowThreaded(segmentFlow({ text: source }, { text: target }, "bg", "en", {}, 500), 2);
    expect(s).toEqual(segment(source, "bg"));
    expect(t).toEqual(segment(target, "en"));
  });

  test("is cut only just after an empty line", () => {
    const text = `${"Едно изречение. Друго.\n".repeat(50)}\n${"Трето изречение.\r\n".repeat(50)}\r\n${"Край.\n".repeat(50)}`;
    const starts = textParts(text, 100);
    expect(starts).toEqual([0, text.indexOf("\n\n") + 2, text.indexOf("\r\n\r\n") + 4]);
  });
});

describe("the words before a dot, read from the end", () => {
  const before = fc.string({ unit: fc.constantFrom("a", "Б", ".", " ", "\u00a0", "\t", "„", "(", "5"), maxLength: 20 });
  test("are those the regular expressions find", () => {
    fc.assert(
      fc.property(before, (text) => {
        const two = /(\S+)\s+(\S+)\.$/u.exec(text);
        expect(lastTwoWords(text)).toBe(two ? `${two[1]!.toLowerCase()} ${two[2]!.toLowerCase()}` : "");
        expect(lastWord(text)).toBe(/(\S+)\.$/u.exec(text)?.[1]);
      }),
      { numRuns: 3000 },
    );
    expect(lastTwoWords("в размер на 5 т.н.")).toBe("5 т.н");
    expect(lastWord("в гр.")).toBe("гр");
  });
});

describe("unreadable characters", () => {
  /** The count `implausible` judges by, the long way: replacement and control characters against every character but spaces. */
  const tooMany = (text: string) => {
    let count = 0;
    let letters = 0;
    for (let x = 0; x < text.length; x++) {
      const c = text.charCodeAt(x);
      if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x80 && c <= 0x9f)) count++;
      else if (!/\s/u.test(text[x]!)) letters++;
    }
    return count > Math.max(2, 0.02 * (count + letters));
  };
  test("refuse a text as counting them does", () => {
    const unit = fc.constantFrom("a", "б", " ", "\n", "\t", "\u000b", "\u0000", "\u0085", "\ufffd", "\u001f", "\u00a0", "x");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        expect(implausible(text, "utf-8") !== undefined).toBe(tooMany(text));
      }),
      { numRuns: 3000 },
    );
    // A few among a few letters: where the count decides.
    const few = fc.tuple(
      fc.string({ unit: fc.constantFrom("a", "б", " "), maxLength: 200 }),
      fc.array(fc.constantFrom("\ufffd", "\u0000", "\u0085"), { maxLength: 8 }),
    );
    fc.assert(
      fc.property(few, fc.nat(), ([letters, bad], at) => {
        const text = letters.slice(0, at % (letters.length + 1)) + bad.join("") + letters.slice(at % (letters.length + 1));
        expect(implausible(text, "utf-8") !== undefined).toBe(tooMany(text));
      }),
      { numRuns: 3000 },
    );
    expect(implausible(`${"б".repeat(10_000)}\ufffd\ufffd\ufffd`, "utf-8")).toBeUndefined();
    expect(implausible(`${"б".repeat(200)}\ufffd\ufffd\ufffd`, "utf-8")).toBeUndefined();
    expect(implausible(`${"б ".repeat(100)}\ufffd\ufffd\ufffd`, "utf-8")).toMatch(/3 unreadable/);
    expect(implausible(`\ufffd${"б".repeat(20)}\u0000`, "utf-8")).toBeUndefined();
  });
});

describe("quotations embedded in a sentence, found from one quote to the next", () => {
  test.each([
    ["Дойде «Това е. Така» и си отиде.", "bg"],
    ["Дойде „Това е. Така“ и си отиде.", "bg"],
    ["Дойде „Това е. Така” и си отиде.", "bg"],
    ["He wrote “This is it. So” and left.", "en"],
    ['He wrote "This is it. So" and left.', "en"],
  ])("%s stays one sentence", (text, lang) => {
    expect(segment(`Първо. ${text} Второ.`, lang).map((s) => s.text)).toEqual(["Първо.", text, "Второ."]);
  });
});
