/**
 * The name forms of a language (src/lang/names.ts) as the checks read them:
 * what they find in a text or a word, kept per text. The checks ask about the
 * same names, words and sentences in link after link (a translation is read
 * once for each name of its source), and the forms keep only the last few
 * hundred texts asked about. What the forms find depends on the text and the
 * language's file alone, so a text's answer is the same whenever it is asked.
 */
import { type NameForms, nameForms } from "../lang/names.js";
import { perString } from "./memo.js";

const kept = new Map<string, NameForms | undefined>();

/** `nameForms(code)`, with `idsIn`, `mentions` and `proper` kept per text (bounded, src/review/memo.ts); undefined where sverka has none. */
export function formsOf(code: string): NameForms | undefined {
  if (kept.has(code)) return kept.get(code);
  const forms = nameForms(code);
  const out: NameForms | undefined = forms && {
    bases: forms.bases,
    standIns: forms.standIns,
    idsIn: perString((text) => forms.idsIn(text)),
    namedIn: perString((text) => forms.namedIn(text)),
    mentions: perString((text) => forms.mentions(text)),
    proper: perString((word) => forms.proper(word)),
  };
  kept.set(code, out);
  return out;
}
