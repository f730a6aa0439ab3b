/**
 * A light Bulgarian stemmer, for matching word forms, not for linguistics:
 * "правителството", "правителства" and "правителство" all give "правителств".
 * It removes a definite article, then one inflectional ending, then a final
 * vowel, never leaving fewer than three letters.
 */
const ARTICLES = ["ият", "ят", "ът", "та", "то", "те"];
// Longest first: plural, adjective, verbal noun and verb endings.
const ENDINGS = [
  "ахме",
  "яхме",
  "ихме",
  "ахте",
  "яхте",
  "ихте",
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
  "ене",
  "аха",
  "яха",
  "иха",
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

export function stemBulgarian(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= MIN || !/^\p{Script=Cyrillic}+$/u.test(w)) return w;
  for (const a of ARTICLES) {
    if (w.endsWith(a) && w.length - a.length >= MIN + 1) {
      w = w.slice(0, -a.length);
      break;
    }
  }
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  while (w.length > MIN && VOWELS.has(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}
