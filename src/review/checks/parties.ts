/** A party swapped: "Купувачът заплаща цената" translated "The Seller pays the price". */
import type { LanguageProfile } from "../../lang/index.js";
import type { Matchable } from "../../score/index.js";
import type { Flag } from "../../types.js";
import type { Check } from "./types.js";

/** A language's parties: each written form (lowercase) to its role id, and each role's first form. */
interface Parties {
  readonly roles: ReadonlyMap<string, string>;
  readonly first: ReadonlyMap<string, string>;
  readonly pronouns: ReadonlySet<string>;
  readonly subject: NonNullable<LanguageProfile["parties"]>["subject"];
  /** The language's prepositions (`LanguageData.lists`): a party after one is no subject. */
  readonly prepositions: ReadonlySet<string>;
}

/** How who pays whom's flag begins (`payerSwapped`): the parties reversed and the numbers swapped checks leave it the cause. */
export const PAYER_SWAPPED = "who pays whom is turned around";

const tables = new WeakMap<LanguageProfile, Parties | null>();

/** A language's parties, read once (null: it names none); `payerSwapped` reads their roles too. */
export function partiesOf(lang: LanguageProfile): Parties | null {
  let table = tables.get(lang);
  if (table !== undefined) return table;
  if (!lang.parties) table = null;
  else {
    const roles = new Map<string, string>();
    const first = new Map<string, string>();
    for (const [role, forms] of Object.entries(lang.parties.roles)) {
      for (const form of forms) roles.set(form, role);
      if (forms[0]) first.set(role, forms[0]);
    }
    table = {
      roles,
      first,
      pronouns: new Set(lang.parties.pronouns),
      subject: lang.parties.subject,
      prepositions: new Set(lang.lists?.prepositions ?? []),
    };
  }
  tables.set(lang, table);
  return table;
}

/** The other role of a role's group: "sale/seller" for "sale/buyer" (each group has two). */
function counterpart(role: string, parties: Parties): string | undefined {
  const group = role.slice(0, role.indexOf("/") + 1);
  for (const other of parties.first.keys()) if (other !== role && other.startsWith(group)) return other;
  return undefined;
}

/**
 * Roles one party may be named by in another group: a loan agreement's lender is its creditor ("Кредиторът" beside
 * "Кредитополучателят"), its borrower the debtor. A swap is read in either group (stranger 314: "Кредиторът има право
 * да прекрати" / "The Borrower has the right to terminate" passed).
 */
const CANONICAL: ReadonlyMap<string, string> = new Map([
  ["debt/creditor", "loan/lender"],
  ["debt/debtor", "loan/borrower"],
]);
/**
 * A works contract's client is its "Employer" in FIDIC's English, as EU-funded works contracts write it (stranger 377:
 * "Изпълнителят" / "The Employer" passed): a swap is read in either group, who acts by each group's own roles.
 */
const ALSO_NAMED: ReadonlyMap<string, string> = new Map([["works/client", "employment/employer"]]);
const SAME_PARTY: ReadonlyMap<string, string> = new Map(
  [...CANONICAL, ...ALSO_NAMED].flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);

/** A role as one group names it where two may (`CANONICAL`): who acts is compared across them. */
const canonical = (role: string) => CANONICAL.get(role) ?? role;

/** The roles a side's tokens name, with the first word naming each as written; a role's other name (`SAME_PARTY`) too. */
function named(tokens: readonly Matchable[], parties: Parties): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const role = parties.roles.get(t.key);
    if (role !== undefined && !out.has(role)) out.set(role, t.surface);
  }
  for (const [role, surface] of [...out]) {
    const same = SAME_PARTY.get(role);
    if (same !== undefined && !out.has(same)) out.set(same, surface);
  }
  return out;
}

/** Whether a pronoun comes before the last word naming a party: it may stand for the other party. */
function pronounBeforeParty(tokens: readonly Matchable[], parties: Parties): boolean {
  let last = -1;
  for (let i = tokens.length - 1; i >= 0 && last < 0; i--) if (tokens[i]!.kind === "word" && parties.roles.has(tokens[i]!.key)) last = i;
  for (let i = 0; i < last; i++) if (parties.pronouns.has(tokens[i]!.key)) return true;
  return false;
}

/**
 * A party the source names whose counterpart the translation names instead,
 * neither side naming the other: an error ("the parties are swapped: the
 * translation says Seller where the source says Купувачът"). A sentence
 * naming both parties on both sides is not judged: who does what to whom
 * takes its grammar, nor one with a pronoun in the source before a party
 * it names, which the translation may render as the party it stands for.
 */
export const partiesSwapped: Check = {
  name: "a party swapped",
  textOnly: true,
  run: (ctx, link, k) => {
    if (link.source.length === 0 || link.target.length === 0) return undefined;
    const sourceParties = partiesOf(ctx.source.lang);
    const targetParties = partiesOf(ctx.target.lang);
    if (!sourceParties || !targetParties) return undefined;
    const lt = ctx.linkTokens(k);
    const source = named(lt.source, sourceParties);
    if (source.size === 0) return undefined;
    // "Той ... на наемателя": the translation may name the party the pronoun stands for. A pronoun only after every party
    // the source names stands for something named ("Наемателят няма право да преотдава имота или части от него").
    if (pronounBeforeParty(lt.source, sourceParties)) return undefined;
    const target = named(lt.target, targetParties);
    if (target.size === 0) return undefined;
    const sourceSaid: string[] = [];
    const targetSaid: string[] = [];
    const expected: string[] = [];
    for (const [role, surface] of source) {
      const other = counterpart(role, sourceParties);
      if (other === undefined || source.has(other) || target.has(role) || !target.has(other)) continue;
      // A party named in two groups (`SAME_PARTY`) is told once.
      if (sourceSaid.includes(surface) && targetSaid.includes(target.get(other)!)) continue;
      sourceSaid.push(surface);
      targetSaid.push(target.get(other)!);
      const form = targetParties.first.get(role);
      if (form) expected.push(form);
    }
    if (sourceSaid.length === 0) return undefined;
    return {
      type: "names",
      severity: "error",
      reason: `the parties are swapped: the translation says ${targetSaid.join(", ")} where the source says ${sourceSaid.join(", ")}`,
      evidence: { source: sourceSaid, target: targetSaid, expected },
    } satisfies Flag;
  },
};

/**
 * The role of a sentence's subject where it names a party and its counterpart: the one written in a subject's form
 * (Bulgarian's full article: "Клиентът информира Доставчика"), or the first named (English: "The Provider shall inform
 * the Customer"). None where both or neither have the form, or where the other is a passive's agent ("by the Provider",
 * "от Доставчика"): its subject is not who acts.
 */
function subjectOf(tokens: readonly Matchable[], parties: Parties): string | undefined {
  const how = parties.subject;
  if (!how) return undefined;
  const named = tokens.flatMap((t, n) => {
    const role = t.kind === "word" ? parties.roles.get(t.key) : undefined;
    return role === undefined ? [] : [{ role: canonical(role) as string, key: t.key, n }];
  });
  const roles = new Set(named.map((x) => x.role));
  if (roles.size !== 2) return undefined;
  const [a, b] = [...roles] as [string, string];
  if (counterpart(a, parties) !== b) {
    // A party named in another group (`ALSO_NAMED`): "The Employer shall pay the Contractor" names a works contract's two.
    const also = (role: string) => [role, ...[...ALSO_NAMED].flatMap(([x, y]) => (x === role ? [y] : y === role ? [x] : []))];
    const pair = also(a)
      .flatMap((x) => also(b).map((y) => [x, y] as const))
      .find(([x, y]) => counterpart(x, parties) === y);
    if (!pair) return undefined;
    const renamed = new Map([
      [a, pair[0]],
      [b, pair[1]],
    ]);
    for (const x of named) x.role = renamed.get(x.role)!;
  }
  // The agent's word right before the party, or before its article ("by the Provider").
  const agent = (n: number) => [1, 2].some((d) => n >= d && how.agent.includes(tokens[n - d]!.key));
  if (named.some((x) => agent(x.n))) return undefined;
  // The first named that is no preposition's object nor a possessive: "Upon the Customer's request, the Provider shall ...".
  const object = (x: { key: string; n: number }) =>
    /['’]s?$/u.test(x.key) || [1, 2].some((d) => x.n >= d && parties.prepositions.has(tokens[x.n - d]!.key));
  if (how.first) return named.find((x) => !object(x))?.role;
  const subjects = new Set(named.filter((x) => how.endings?.some((e) => x.key.endsWith(e))).map((x) => x.role));
  if (subjects.size === 1) return [...subjects][0];
  // Both in a subject's form, one the subject of a clause after: the sentence's first word is its own subject ("Ответникът
  // твърди, че ищецът е получил сумата"; stranger 331).
  const opening = tokens.findIndex((t) => t.kind === "word");
  return subjects.size === 2 && named[0]!.n === opening ? named[0]!.role : undefined;
}

/**
 * A party and its counterpart, both named on both sides of a sentence, the one who acts changed: "3.2. Клиентът
 * информира Доставчика ..." translated "3.2. The Provider shall inform the Customer ..." (stranger 228). An error, as a
 * party swapped is.
 */
export const partiesReversed: Check = {
  name: "parties reversed",
  textOnly: true,
  run: (ctx, link, k, earlier) => {
    // Who pays whom said it: one cause, one flag.
    if (link.source.length !== 1 || link.target.length !== 1 || earlier.some((f) => f.reason.startsWith(PAYER_SWAPPED))) return undefined;
    const sourceParties = partiesOf(ctx.source.lang);
    const targetParties = partiesOf(ctx.target.lang);
    if (!sourceParties?.subject || !targetParties?.subject) return undefined;
    const lt = ctx.linkTokens(k);
    const source = subjectOf(lt.source, sourceParties);
    if (source === undefined) return undefined;
    const target = subjectOf(lt.target, targetParties);
    if (target === undefined || target === source || counterpart(source, sourceParties) !== target) return undefined;
    const same = (named: string, role: string) => named === role || ALSO_NAMED.get(named) === role || ALSO_NAMED.get(role) === named;
    const said = (tokens: readonly Matchable[], parties: Parties, role: string) =>
      tokens.find((t) => t.kind === "word" && same(canonical(parties.roles.get(t.key) ?? ""), role))?.surface ?? role;
    const [s, t] = [said(lt.source, sourceParties, source), said(lt.target, targetParties, target)];
    return {
      type: "names",
      severity: "error",
      reason: `the parties are swapped: in the source ${s} acts, in the translation ${t}`,
      evidence: { source: [s], target: [t], expected: [targetParties.first.get(source) ?? source] },
    } satisfies Flag;
  },
};
