/**
 * Who pays whom turned around in a sentence that names both: "ОСЪЖДА „Бетон Строй Инвест“ ЕООД да заплати на Георги
 * Николов" translated "ORDERS Georgi Nikolov to pay to Beton Stroy Invest EOOD", "ищецът следва да заплати на
 * ответника" translated "the Defendant should pay the Claimant" (stranger 219). Both names and the amount are on both
 * sides, so no other check sees it; `partiesSwapped` leaves a sentence naming both parties alone.
 */
import type { LanguageProfile } from "../../lang/index.js";
import type { Flag } from "../../types.js";
import { PAYER_SWAPPED, partiesOf } from "./parties.js";
import type { Check } from "./types.js";

/** A party as one side of a payment names it: its role's id, or its name's first word read in Latin letters. */
interface Party {
  readonly key: string;
  readonly written: string;
}

/** A language's payment words, compiled. */
interface PaymentWords {
  readonly verb: RegExp;
  readonly recipient: string;
  readonly articles: ReadonlySet<string>;
  readonly roles: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<LanguageProfile, PaymentWords | null>();

function paymentWordsOf(lang: LanguageProfile): PaymentWords | null {
  let out = compiled.get(lang);
  if (out === undefined) {
    const data = lang.parties;
    const roles = partiesOf(lang)?.roles ?? new Map<string, string>();
    out = data?.payment
      ? {
          verb: new RegExp(`(?<![\\p{L}])(?:${data.payment.verbs})(?![\\p{L}])`, "iu"),
          recipient: data.payment.recipient,
          articles: new Set(data.payment.articles ?? []),
          roles,
        }
      : null;
    compiled.set(lang, out);
  }
  return out;
}

/** A word, or a run of capitalised words (a name: "Георги Димитров Николов", "„Бетон Строй Инвест“"). */
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The words of a text with where each starts. */
function wordsOf(text: string): Array<{ readonly word: string; readonly at: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
}

/** The party a word opens: a role ("ищеца", "Claimant"), or a capitalised name's first word (read in Latin letters). */
function partyAt(words: ReturnType<typeof wordsOf>, n: number, lang: LanguageProfile, pw: PaymentWords): Party | undefined {
  const w = words[n]?.word;
  if (w === undefined) return undefined;
  const role = pw.roles.get(w.toLowerCase());
  if (role !== undefined) return { key: role, written: w };
  if (!CAPITALISED.test(w)) return undefined;
  return { key: `name:${lang.romanize(w).toLowerCase().slice(0, 4)}`, written: w };
}

/**
 * The payer and the payee of a sentence's first verb of paying: the last party named before the verb (a name's run
 * from its first word; a few words back, past an identifier between commas), and the first named after it within a
 * few words, after the recipient's word where the language needs one ("на ищеца"), or straight after the verb ("pay the
 * Claimant").
 */
function payment(text: string, lang: LanguageProfile): { payer: Party; payee: Party } | undefined {
  const pw = paymentWordsOf(lang);
  if (!pw) return undefined;
  const verb = pw.verb.exec(text);
  if (!verb) return undefined;
  // Back over an identifier set off by commas ("ОСЪЖДА Иван Петров Иванов, ЕГН 7503124567, да заплати"; stranger 224).
  const clauseStart = Math.max(0, text.lastIndexOf(";", verb.index), text.lastIndexOf(":", verb.index));
  const before = wordsOf(text.slice(clauseStart, verb.index));
  let payer: Party | undefined;
  for (let n = before.length - 1; n >= Math.max(0, before.length - BEFORE_WORDS) && !payer; n--) {
    // A name's first word: the run of capitalised words back from this one.
    let first = n;
    if (!pw.roles.has(before[n]!.word.toLowerCase())) while (first > 0 && CAPITALISED.test(before[first - 1]!.word)) first--;
    payer = partyAt(before, first, lang, pw);
  }
  const after = wordsOf(text.slice(verb.index + verb[0].length)).slice(0, AFTER_WORDS);
  let payee: Party | undefined;
  for (let n = 0; n < after.length && !payee; n++) {
    const lower = after[n]!.word.toLowerCase();
    const straight = n === 0 || (n === 1 && pw.articles.has(after[0]!.word.toLowerCase()));
    if (lower !== pw.recipient && !straight) continue;
    const at = lower === pw.recipient ? n + 1 : n;
    payee = partyAt(after, pw.articles.has(after[at]?.word.toLowerCase() ?? "") ? at + 1 : at, lang, pw);
  }
  return payer && payee && payer.key !== payee.key ? { payer, payee } : undefined;
}

/** Words before the verb in which the party paying is looked for. */
const BEFORE_WORDS = 12;

/** Words after the verb in which the party paid is looked for ("заплати сумата от 2 870 лв. на ищеца"). */
const AFTER_WORDS = 10;

export const payerSwapped: Check = {
  name: "who pays whom turned around",
  textOnly: true,
  run: (ctx, link) => {
    if (link.source.length !== 1 || link.target.length !== 1) return undefined;
    const source = payment(ctx.source.text(link.source), ctx.source.lang);
    if (!source) return undefined;
    const target = payment(ctx.target.text(link.target), ctx.target.lang);
    if (!target) return undefined;
    if (source.payer.key !== target.payee.key || source.payee.key !== target.payer.key) return undefined;
    return {
      type: "names",
      severity: "error",
      reason:
        `${PAYER_SWAPPED}: in the source ${source.payer.written} pays ${source.payee.written}, ` +
        `in the translation ${target.payer.written} pays ${target.payee.written}`,
      evidence: { source: [source.payer.written, source.payee.written], target: [target.payer.written, target.payee.written] },
    } satisfies Flag;
  },
};
