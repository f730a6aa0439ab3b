/**
 * A person's academic title left out: the source names someone "доц. д-р Елена Димитрова", the translation "Elena
 * Dimitrova" and no title anywhere (stranger 173: a diploma supplement's and a course catalogue's supervisors and
 * lecturers lost their titles unflagged). A title said otherwise, before or after the name ("Professor Petrov", "Petrov,
 * a professor at"), is any title word of the translation's language in the sentence: this check asks for one.
 */
import type { Matchable } from "../../score/index.js";
import type { Check } from "./types.js";

export const titleLeftOut: Check = {
  name: "a person's title left out",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const source = ctx.source.lang.academicTitles;
    const target = ctx.target.lang.academicTitles;
    if (source.size === 0 || target.size === 0) return undefined;
    const lt = ctx.linkTokens(k);
    const titled = titledNames(lt.source, source, ctx.source.text(link.source));
    if (titled.length === 0 || lt.target.some((t) => t.kind === "word" && target.has(t.surface.toLowerCase()))) return undefined;
    return {
      type: "names",
      severity: "warning",
      reason: `the source gives ${titled.map((t) => `"${t}"`).join(", ")} ${titled.length > 1 ? "titles" : "a title"}, and the translation has none: left out?`,
      evidence: { source: titled },
    };
  },
};

/** The titles and the names that follow them in a side's tokens, as `text` writes them ("доц. д-р Елена Димитрова"). */
function titledNames(tokens: readonly Matchable[], titles: ReadonlySet<string>, text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i]!, titles) || !written(tokens[i]!.surface, text, at)) continue;
    let j = i;
    while (j + 1 < tokens.length && isTitle(tokens[j + 1]!, titles)) j++;
    // The name after them: one capitalised word or more.
    let end = j;
    while (end + 1 < tokens.length && capitalised(tokens[end + 1]!)) end++;
    if (end > j) {
      const from = text.indexOf(tokens[i]!.surface, at);
      const to = from < 0 ? -1 : text.indexOf(tokens[end]!.surface, from);
      const words = tokens.slice(i, end + 1).map((t) => t.surface);
      out.push(to < 0 ? words.join(" ") : text.slice(from, to + tokens[end]!.surface.length));
      if (to >= 0) at = to;
    }
    i = end;
  }
  return out;
}

/**
 * Whether a title word is written as a title: a short one ("арх", "доц", "проф") with its abbreviation's dot. A firm's
 * name that opens with its letters is none ("„Арх Монтаж“ ЕООД"; stranger 344).
 */
function written(surface: string, text: string, from: number): boolean {
  if (surface.length > 4 || surface.includes("-")) return true;
  const at = text.indexOf(surface, from);
  return at >= 0 && text.charAt(at + surface.length) === ".";
}

function isTitle(t: Matchable, titles: ReadonlySet<string>): boolean {
  return t.kind === "word" && titles.has(t.surface.toLowerCase());
}

function capitalised(t: Matchable): boolean {
  const first = t.surface.charAt(0);
  return t.kind === "word" && first !== first.toLowerCase() && t.surface.length > 1;
}
