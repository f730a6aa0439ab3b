/**
 * Companies' legal forms by kind, as each language writes them after a firm's name: a translation may spell a form its
 * way ("ООД" as "Ltd" or "OOD") but not make it another kind ("GmbH" as "АД", a limited company as a joint-stock one;
 * stranger 241). The kinds are the ones every jurisdiction here has: a limited liability company, a joint-stock
 * company, a partnership, a sole trader.
 */

export type LegalFormKind = "limited" | "joint-stock" | "partnership" | "sole trader";

/** What each kind is called in a reason. */
export const LEGAL_FORM_NAMES: Readonly<Record<LegalFormKind, string>> = {
  limited: "a limited liability company",
  "joint-stock": "a joint-stock company",
  partnership: "a partnership",
  "sole trader": "a sole trader",
};

const LIMITED: LegalFormKind = "limited";
const STOCK: LegalFormKind = "joint-stock";
const PARTNERSHIP: LegalFormKind = "partnership";
const SOLE: LegalFormKind = "sole trader";

/** Forms written the same in any language's text (Latin abbreviations of other jurisdictions, Bulgarian ones transliterated). */
const SHARED: Readonly<Record<string, LegalFormKind>> = {
  OOD: LIMITED,
  EOOD: LIMITED,
  AD: STOCK,
  EAD: STOCK,
  GmbH: LIMITED,
  AG: STOCK,
  "Sp. z o.o.": LIMITED,
  "s.r.o.": LIMITED,
  "S.R.L.": LIMITED,
  SRL: LIMITED,
  "S.A.": STOCK,
  SARL: LIMITED,
  SAS: STOCK,
  LLC: LIMITED,
  Ltd: LIMITED,
  "Ltd.": LIMITED,
  plc: STOCK,
  PLC: STOCK,
  JSC: STOCK,
};

/** Each language's own forms. */
const OWN: Readonly<Record<string, Readonly<Record<string, LegalFormKind>>>> = {
  bg: { ООД: LIMITED, ЕООД: LIMITED, АД: STOCK, ЕАД: STOCK, АДСИЦ: STOCK, СД: PARTNERSHIP, КД: PARTNERSHIP, КДА: PARTNERSHIP, ЕТ: SOLE },
  en: { Limited: LIMITED, "L.L.C.": LIMITED, "Inc.": STOCK, Inc: STOCK, "Corp.": STOCK, LP: PARTNERSHIP, LLP: PARTNERSHIP },
  de: { mbH: LIMITED, UG: LIMITED, SE: STOCK, KG: PARTNERSHIP, OHG: PARTNERSHIP, GbR: PARTNERSHIP, KGaA: PARTNERSHIP },
  ru: { ООО: LIMITED, АО: STOCK, ПАО: STOCK, ОАО: STOCK, ЗАО: STOCK, ИП: SOLE },
  fr: { SNC: PARTNERSHIP, EURL: LIMITED },
};

const patterns = new Map<string, { pattern: RegExp; kinds: ReadonlyMap<string, LegalFormKind> }>();

/** A language's forms (its own and the shared ones) as one pattern of whole words, and each form's kind. */
function formsOf(code: string) {
  let found = patterns.get(code);
  if (!found) {
    const kinds = new Map(Object.entries({ ...SHARED, ...(OWN[code] ?? {}) }));
    const quoted = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const alternatives = [...kinds.keys()].sort((a, b) => b.length - a.length).map(quoted);
    found = { pattern: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu"), kinds };
    patterns.set(code, found);
  }
  return found;
}

/** The legal forms a text writes, in order, with their kinds (a form's letters in the case the register writes them). */
export function legalFormsIn(text: string, code: string): Array<{ readonly form: string; readonly kind: LegalFormKind }> {
  const { pattern, kinds } = formsOf(code);
  return [...text.matchAll(pattern)].map((m) => ({ form: m[0], kind: kinds.get(m[0])! }));
}
