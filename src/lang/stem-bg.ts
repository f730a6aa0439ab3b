/**
 * A light Bulgarian stemmer, for matching word forms, not for linguistics:
 * "правителството", "правителства" and "правителство" all give "правителств".
 * It removes a definite article, then one inflectional ending, then a final
 * vowel, never leaving fewer than three letters.
 */
const ARTICLES = ["ият", "ят", "ът", "та", "то", "те"];
// Longest first: plural, adjective, verbal noun and verb endings (the past tenses' too: "искаше", "дойдоха", "говорехме";
// a perfective verb's "-на" and its participle's "-нал", "-нала": "пусна", "пуснала", "стана", "станаха").
const ENDINGS = [
  "ахме",
  "наха",
  "нала",
  "нало",
  "нали",
  "охме",
  "ехме",
  "яхме",
  "ихме",
  "ахте",
  "яхте",
  "ихте",
  "охте",
  "ехте",
  // an adjective in -ски with its article ("туристическия", "туристическият"), as "туристически"
  "ския",
  "ания",
  "ения",
  "ване",
  "нето",
  "ове",
  "еве",
  "ища",
  "ета",
  "ата",
  "ото",
  "ите",
  "ият",
  "ска",
  "ско",
  "ски",
  "ния",
  "ние",
  "ане",
  // a verbal noun of a verb in -ям ("прехвърляне", "прехвърлянето" as "прехвърлям")
  "яне",
  "ене",
  "аха",
  "яха",
  "иха",
  "нал",
  "оха",
  "аше",
  "яше",
  "еше",
  "ами",
  "ите",
  "ете",
  "ате",
  "яте",
  "ащ",
  "ящ",
  "ия",
  "ен",
  "на",
  "но",
  "ни",
  "ам",
  "ям",
  "ем",
  "им",
  "аш",
  "яш",
  "еш",
  "иш",
  "ме",
  "ат",
  "ят",
  "ах",
  "ях",
  "их",
  "ал",
  "ял",
  "ил",
  "ла",
  "ло",
  "ли",
];
const VOWELS = new Set(["а", "е", "и", "о", "у", "ъ", "ю", "я", "й"]);
const MIN = 3;
/** Vowels after which a final "-на", "-ни", "-но" is a noun's "н" and its ending. */
const OWN_N_BEFORE = new Set(["о", "и"]);

/**
 * Whether every character is of the Cyrillic script: U+0400-U+052F but two
 * combining marks (of no one script) without a pattern, any other word by
 * `\p{Script=Cyrillic}`, whose first use costs a millisecond or more to compile.
 */
export function isCyrillicWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x400 || c > 0x52f || c === 0x485 || c === 0x486) return /^\p{Script=Cyrillic}+$/u.test(w);
  }
  return w.length > 0;
}

export function stemBulgarian(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= MIN || !isCyrillicWord(w)) return w;
  for (const a of ARTICLES) {
    if (w.endsWith(a) && w.length - a.length >= MIN + 1) {
      // The full article of an adjective is its short one's ("подложният" as "подложния"): both give "подлож", as
      // "подложен" does (strangers 144, 145, 147: a termbase's "подложен бетон" was not found in "подложния бетон").
      w = a === "ият" ? `${w.slice(0, -a.length)}ия` : w.slice(0, -a.length);
      break;
    }
  }
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN) {
      // A noun's own "н" after "о" or "и" ("закона", "телефони", "магазина"), not an adjective's ending ("мобилна",
      // "червена"): only the vowel goes, as from "закон" nothing does. A verb of "мина" keeps its old stem ("премина").
      const own = e.length === 2 && e[0] === "н" && OWN_N_BEFORE.has(w[w.length - 3]!) && !w.endsWith("мина");
      w = w.slice(0, own ? -1 : -e.length);
      break;
    }
  }
  while (w.length > MIN && VOWELS.has(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}
