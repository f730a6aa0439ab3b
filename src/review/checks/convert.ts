/**
 * Amounts a translation converts to other units ("30 yards" for "27-28
 * метра", "5 miles" for "8 км"): the same quantity, written two ways.
 */
import { MOLAR_MASSES } from "../../lang/analytes.js";
import { type LanguageProfile, UNIT_FAMILIES } from "../../lang/index.js";
import { LEV_PER_EURO } from "../../lang/units.js";
import type { Link } from "../../types.js";
import type { ReviewContext } from "../context.js";
import { escapeRegExp } from "../text.js";
import type { Amount } from "./units.js";

export { LEV_PER_EURO } from "../../lang/units.js";

/** Each unit's size in its dimension's base unit (metre, square metre, litre, kilogram, mole, gram per litre, metre per second, second, month, euro for the lev), by the codes of `UNIT_SYMBOLS`. */
const SIZES: Readonly<Record<string, readonly [dimension: string, size: number]>> = {
  km: ["length", 1000],
  m: ["length", 1],
  cm: ["length", 0.01],
  mm: ["length", 0.001],
  // a coating's or a filter's thickness ("150 µm" / "0,15 mm"; stranger 256)
  um: ["length", 1e-6],
  mile: ["length", 1609.344],
  yd: ["length", 0.9144],
  ft: ["length", 0.3048],
  // a cord's or a screen's length in inches beside its centimetres ("75 cm (about 30 in)"; stranger 196)
  in: ["length", 0.0254],
  km2: ["area", 1e6],
  m2: ["area", 1],
  mi2: ["area", 2_589_988],
  // a flat's floor area with its square feet after it ("92 square metres (approx. 990 sq ft)"; stranger 189)
  ft2: ["area", 0.09290304],
  yd2: ["area", 0.83612736],
  cm2: ["area", 1e-4],
  mm2: ["area", 1e-6],
  acre: ["area", 4046.8564224],
  // a plot's area, as a council's decision gives it ("2,5 дка" / "2,500 sq m", "0.25 ha"; stranger 197)
  decare: ["area", 1000],
  ha: ["area", 1e4],
  // a flow, in litres an hour
  l_h: ["flow", 1],
  l_min: ["flow", 60],
  l_s: ["flow", 3600],
  m3_h: ["flow", 1000],
  ml_h: ["flow", 0.001],
  ml_min: ["flow", 0.06],
  l_ha: ["volume per area", 1],
  ml_ha: ["volume per area", 0.001],
  l_dka: ["volume per area", 10],
  ml_dka: ["volume per area", 0.01],
  kg_ha: ["mass per area", 1],
  g_ha: ["mass per area", 0.001],
  kg_dka: ["mass per area", 10],
  g_dka: ["mass per area", 0.01],
  l: ["volume", 1],
  // A cubic centimetre is a millilitre, a cubic metre a thousand litres ("1,5 мл" / "1.5 cm³"; stranger 200).
  m3: ["volume", 1000],
  dm3: ["volume", 1],
  cm3: ["volume", 0.001],
  mm3: ["volume", 1e-6],
  ml: ["volume", 0.001],
  ul: ["volume", 1e-6],
  cl: ["volume", 0.01],
  gal: ["volume", 3.785],
  qt: ["volume", 0.946353],
  t: ["mass", 1000],
  kt: ["mass", 1e6],
  Mt: ["mass", 1e9],
  Gt: ["mass", 1e12],
  kg: ["mass", 1],
  g: ["mass", 0.001],
  mg: ["mass", 1e-6],
  // a medicine's strength in micrograms below a milligram, as leaflets write it ("0.5 mg" / "500 микрограма": stranger 176)
  ug: ["mass", 1e-9],
  ng: ["mass", 1e-12],
  lb: ["mass", 0.45359237],
  oz: ["mass", 0.028349523],
  mmol: ["amount", 0.001],
  umol: ["amount", 1e-6],
  nmol: ["amount", 1e-9],
  // A concentration in grams per litre: "1 mg/ml" is "1000 µg/ml" and "1 g/l".
  g_l: ["concentration", 1],
  mg_ml: ["concentration", 1],
  g_dl: ["concentration", 10],
  // ... and one in moles a litre ("133 µmol/l" is "0.133 mmol/l"); into grams by a substance's molar mass (`massToMoles`)
  mmol_l: ["molarity", 1e-3],
  umol_l: ["molarity", 1e-6],
  nmol_l: ["molarity", 1e-9],
  pmol_l: ["molarity", 1e-12],
  mg_dl: ["concentration", 0.01],
  // a meal's energy in kilocalories with its kilojoules ("620 kcal (2,594 kJ)"; stranger 287)
  kcal: ["energy", 4184],
  kJ: ["energy", 1000],
  J: ["energy", 1],
  MJ: ["energy", 1e6],
  GJ: ["energy", 1e9],
  TJ: ["energy", 1e12],
  PJ: ["energy", 1e15],
  ug_dl: ["concentration", 1e-5],
  mg_l: ["concentration", 0.001],
  ug_ml: ["concentration", 0.001],
  ug_l: ["concentration", 1e-6],
  // A patent's and a manual's pressures ("0,2 bar" / "20 kPa"; stranger 200).
  Pa: ["pressure", 1],
  kPa: ["pressure", 1e3],
  MPa: ["pressure", 1e6],
  GPa: ["pressure", 1e9],
  bar: ["pressure", 1e5],
  mbar: ["pressure", 100],
  psi: ["pressure", 6894.757],
  Nm: ["torque", 1],
  kgfm: ["torque", 9.80665],
  lbfft: ["torque", 1.3558179],
  inlb: ["torque", 0.11298483],
  // A manual's ratings by their prefixes ("2200 W" / "2,2 kW", "3000 mAh" / "3 Ah", "2400 MHz" / "2,4 GHz"; stranger 260).
  W: ["power", 1],
  kW: ["power", 1e3],
  MW: ["power", 1e6],
  GW: ["power", 1e9],
  // A watt-hour is 3,600 joules: "1 MWh" is "3.6 GJ".
  Wh: ["energy", 3600],
  kWh: ["energy", 3.6e6],
  MWh: ["energy", 3.6e9],
  GWh: ["energy", 3.6e12],
  TWh: ["energy", 3.6e15],
  V: ["voltage", 1],
  kV: ["voltage", 1e3],
  mV: ["voltage", 1e-3],
  A: ["current", 1],
  mA: ["current", 1e-3],
  kA: ["current", 1e3],
  Ah: ["charge", 1],
  mAh: ["charge", 1e-3],
  ohm: ["resistance", 1],
  kohm: ["resistance", 1e3],
  Mohm: ["resistance", 1e6],
  Hz: ["frequency", 1],
  MHz: ["frequency", 1e6],
  GHz: ["frequency", 1e9],
  mmHg: ["pressure", 133.322387],
  kmh: ["speed", 1 / 3.6],
  mps: ["speed", 1],
  m_min: ["speed", 1 / 60],
  m_h: ["speed", 1 / 3600],
  mph: ["speed", 0.44704],
  // Spans of time whose ratios are fixed ("48 часа", "two days"; "24 месеца", "two years"); a month is no fixed number of days.
  second: ["time", 1],
  minute: ["time", 60],
  hour: ["time", 3600],
  day: ["time", 86_400],
  // Five working days make a week ("10 работни дни", "two weeks"); against calendar days they are another unit ("7 working days", "7 days").
  workday: ["time", 604_800 / 5],
  week: ["time", 604_800],
  fortnight: ["time", 1_209_600],
  month: ["calendar", 1],
  year: ["calendar", 12],
  // A history's spans: "преди 6000 години" / "six millennia ago" (stranger 296).
  century: ["calendar", 1200],
  millennium: ["calendar", 12_000],
  // The lev was pegged to the euro (and the euro replaced it at that rate): prices are given in both.
  BGN: ["lev-euro", 1 / LEV_PER_EURO],
  EUR: ["lev-euro", 1],
  // Hundredths of each: "0,15 лв." is "15 stotinki", "EUR 0.50" "50 cents" (a cent taken as the euro's, the one beside the lev).
  stotinka: ["lev-euro", 0.01 / LEV_PER_EURO],
  cent: ["lev-euro", 0.01],
  // Data by its decimal prefixes, as a product's sheet writes it ("500 MB" / "0,5 GB"; stranger 316).
  KB: ["data", 1e3],
  MB: ["data", 1e6],
  GB: ["data", 1e9],
  TB: ["data", 1e12],
  // A change of a rate: a percentage point is 100 basis points ("0,35 процентни пункта", "35 basis points").
  pp: ["rate change", 1],
  bp: ["rate change", 0.01],
};

/** How far a converted amount may be from the one written: translators round ("30 yards", "27 m"; "5 miles", "8 km"). */
const ROUNDING = 0.06;

/**
 * `a` converted into `b`'s unit lands within rounding of `b`: two units of one dimension, not the same unit. A code
 * that stands for several units (`UNIT_FAMILIES`: "1200 г." is grams or a year) converts as any of them.
 */
export function converted(a: Amount, b: Amount, masses: readonly number[] = NO_MASSES): boolean {
  if (a.unit === b.unit) return false;
  // A margin over a reference rate in per cent or in basis points, a hundredth of one: "2,25 % годишно" / "225 basis
  // points per annum" (stranger 314). Not a percentage point's change, the pp's own.
  if ((a.unit === "percent" && b.unit === "bp") || (a.unit === "bp" && b.unit === "percent")) {
    const [percent, bp] = a.unit === "percent" ? [Number(a.key), Number(b.key)] : [Number(b.key), Number(a.key)];
    return Number.isFinite(percent) && Math.abs(percent * 100 - bp) <= 1e-9 * Math.max(1, bp);
  }
  const as = UNIT_FAMILIES[a.unit];
  if (as) return as.some((unit) => converted({ ...a, unit }, b, masses));
  const bs = UNIT_FAMILIES[b.unit];
  if (bs) return bs.some((unit) => converted(a, { ...b, unit }, masses));
  return convertedAs(a, b) || (masses.length > 0 && massToMoles(a, b, masses));
}

const NO_MASSES: readonly number[] = [];

/**
 * A concentration in mass and one in moles of a substance of one of the molar masses `masses` (g/mol), each within
 * rounding of the other converted: "160 mg/dl" and "8.9 mmol/l" of glucose (180.16), "1,5 mg/dl" and "133 µmol/l" of
 * creatinine (stranger 272).
 */
function massToMoles(a: Amount, b: Amount, masses: readonly number[]): boolean {
  const [da, sa] = SIZES[a.unit] ?? [];
  const [db, sb] = SIZES[b.unit] ?? [];
  if (!((da === "concentration" && db === "molarity") || (da === "molarity" && db === "concentration"))) return false;
  const [mass, moles] = da === "concentration" ? [Number(a.key) * sa!, Number(b.key) * sb!] : [Number(b.key) * sb!, Number(a.key) * sa!];
  return masses.some((m) => Math.abs(mass / m - moles) <= ROUNDING * moles);
}

/** Per language, a pattern of the words that name its analytes (`LanguageData.analytes`), each to its substance. */
const analyteWords = new WeakMap<LanguageProfile, { pattern: RegExp; ids: ReadonlyMap<string, string> } | null>();

/** The molar masses of the substances a link names, on either side: a laboratory's value in mass and in moles ("глюкоза ... 160 mg/dl" / "glucose ... 8.9 mmol/l"). */
export function namedMasses(ctx: ReviewContext, link: Link): number[] {
  return [
    ...molarMassesNamed(ctx.source.text(link.source), ctx.source.lang),
    ...molarMassesNamed(ctx.target.text(link.target), ctx.target.lang),
  ];
}

/** The molar masses of the substances a text names (`LanguageData.analytes`, `MOLAR_MASSES`). */
function molarMassesNamed(text: string, lang: LanguageProfile): number[] {
  let read = analyteWords.get(lang);
  if (read === undefined) {
    const ids = new Map<string, string>();
    for (const [id, words] of Object.entries(lang.analytes ?? {})) for (const w of words) ids.set(w, id);
    const words = [...ids.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp);
    read = words.length ? { pattern: new RegExp(`(?<![\\p{L}])(?:${words.join("|")})`, "giu"), ids } : null;
    analyteWords.set(lang, read);
  }
  if (read === null) return [];
  const found = new Set<number>();
  for (const m of text.matchAll(read.pattern)) {
    const mass = MOLAR_MASSES[read.ids.get(m[0].toLowerCase()) ?? ""];
    if (mass !== undefined) found.add(mass);
  }
  return [...found];
}

function convertedAs(a: Amount, b: Amount): boolean {
  if (a.unit === b.unit) return false;
  const x = Number(a.key) * (a.belowZero ? -1 : 1);
  const y = Number(b.key) * (b.belowZero ? -1 : 1);
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0) return false;
  const temperature = new Set([a.unit, b.unit]);
  if (temperature.has("celsius") && temperature.has("fahrenheit")) {
    // Rounded as recipes and ovens round ("180 °C (350 °F)": 356; stranger 277), within a degree and a half below 50.
    const value = a.unit === "celsius" ? (x * 9) / 5 + 32 : ((x - 32) * 5) / 9;
    return Math.abs(value - y) <= Math.max(1.5, 0.03 * Math.abs(value));
  }
  const [da, sa] = SIZES[a.unit] ?? [];
  const [db, sb] = SIZES[b.unit] ?? [];
  if (da === undefined || da !== db) return false;
  if (da === PEGGED && !a.scaled && !b.scaled) return atPeg(a, b, sa! / sb!);
  // A span of time is converted exactly: "18 месеца" is a year and a half, not "two years".
  if (da === "time" || da === "calendar") return Math.abs((x * sa!) / sb! - y) <= 1e-9 * Math.abs(y);
  return Math.abs((x * sa!) / sb! - y) <= ROUNDING * Math.abs(y);
}

/**
 * `a` in `unit`, where both measure one dimension and neither is money: a temperature, a length, a flow ("40 °C" is
 * 104 in °F). Undefined for units of no known size, of a family ("г.", grams or a year), or of money (the lev and the
 * euro have their own check, `missedPeg`).
 */
export function valueIn(a: Amount, unit: string): number | undefined {
  if (a.unit === unit) return undefined;
  const x = Number(a.key) * (a.belowZero ? -1 : 1);
  if (!Number.isFinite(x)) return undefined;
  if (a.unit === "celsius" && unit === "fahrenheit") return (x * 9) / 5 + 32;
  if (a.unit === "fahrenheit" && unit === "celsius") return ((x - 32) * 5) / 9;
  const [da, sa] = SIZES[a.unit] ?? [];
  const [db, sb] = SIZES[unit] ?? [];
  return da === undefined || da !== db || da === PEGGED ? undefined : (x * sa!) / sb!;
}

/** The lev and the euro: a price is converted at the fixed rate exactly and rounded, not approximated. */
const PEGGED = "lev-euro";

/**
 * Whether b is a converted at `rate` and rounded or cut to the decimals it
 * is written with, or a is b converted back: the figure written with more
 * decimals is the converted one ("100 лв." and "51,13 €"; "200 лв." is EUR
 * 102.26 or 102.25, not 102.20 or 103). A rate changed in its fifth decimal
 * ("1 евро" and "BGN 1.95538") is no conversion.
 */
function atPeg(a: Amount, b: Amount, rate: number): boolean {
  const x = Number(a.key);
  const y = Number(b.key);
  const dx = writtenDecimals(a);
  const dy = writtenDecimals(b);
  const within = (value: number, written: number, d: number) => {
    const unit = 10 ** -d;
    const slack = 1e-9 * Math.abs(written);
    // Rounded to the decimals written, or cut to them.
    return Math.abs(value - written) <= unit / 2 + slack || (value - written >= -slack && value - written < unit - slack);
  };
  if (dy > dx) return within(x * rate, y, dy);
  if (dx > dy) return within(y / rate, x, dx);
  return within(x * rate, y, dy) || within(y / rate, x, dx);
}

/** The figure of an amount as written, its marks and spaces included ("1,252.65" of "EUR 1,252.65", "1 250,00" of "1 250,00 лв."). */
const WRITTEN_NUMERAL = /\d(?:[\d.,\s\u00a0\u202f]*\d)?/u;

/** The decimals an amount is written with: "EUR 102.00" has two, though its value is 102. */
function writtenDecimals(amount: Amount): number {
  const numeral = WRITTEN_NUMERAL.exec(amount.written)?.[0] ?? "";
  const last = /[.,](\d+)$/u.exec(numeral)?.[1];
  // Three digits after the last mark are a thousands group ("1,250"), unless the value has decimals there.
  return last !== undefined && (last.length !== 3 || decimals(Number(amount.key)) > 0) ? last.length : decimals(Number(amount.key));
}

function decimals(v: number): number {
  const s = String(v);
  const point = s.indexOf(".");
  return point < 0 || s.includes("e") ? 0 : s.length - point - 1;
}

/**
 * Where b, beside a, is a price in the other of the lev and the euro near
 * a's conversion at the fixed rate but not at it ("BGN 2,450 (EUR
 * 1,252.65)": EUR 1,252.67), the conversion, rounded to b's decimals (at least
 * the cent), and how far b is from it as a share of b; otherwise undefined.
 */
export function missedPeg(a: Amount, b: Amount): { readonly exact: string; readonly off: number; readonly slip: boolean } | undefined {
  const [da, sa] = SIZES[a.unit] ?? [];
  const [db, sb] = SIZES[b.unit] ?? [];
  if (da !== PEGGED || db !== PEGGED || a.unit === b.unit || a.scaled || b.scaled) return undefined;
  const x = Number(a.key);
  const y = Number(b.key);
  const value = (x * sa!) / sb!;
  if (atPeg(a, b, sa! / sb!)) return undefined;
  const exact = writtenLike(value, Math.max(2, writtenDecimals(b)), b.written);
  // Near the conversion, or one figure of it mistyped ("49,96 лв." for EUR 23.50, BGN 45.96; stranger 340).
  const near = Math.abs(value - y) <= ROUNDING * Math.abs(y);
  const slip = oneFigureOff(exact, WRITTEN_NUMERAL.exec(b.written)?.[0] ?? "");
  if (!near && !slip) return undefined;
  return { exact: `${b.unit} ${exact}`, off: Math.abs(value - y) / Math.abs(y), slip: slip && !near };
}

/** Whether two numerals written alike differ in one figure alone ("45,96" and "49,96"). */
function oneFigureOff(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let off = 0;
  for (let n = 0; n < a.length; n++) if (a[n] !== b[n]) off += /\d/u.test(a[n]!) && /\d/u.test(b[n]!) ? 1 : 2;
  return off === 1;
}

/** `value` with `digits` decimals, in the marks `written` uses: "1,252.67" beside "EUR 1,252.65", "639,11" beside "639,10 €". */
function writtenLike(value: number, digits: number, written: string): string {
  const numeral = WRITTEN_NUMERAL.exec(written)?.[0] ?? "";
  const decimalMark = /,\d{1,2}$/u.test(numeral) ? "," : ".";
  const group = /\d[\s\u00a0\u202f]\d{3}/u.test(numeral)
    ? " "
    : /\d,\d{3}(?!\d)/u.test(numeral)
      ? ","
      : /\d\.\d{3}(?!\d)/u.test(numeral) && decimalMark === ","
        ? "."
        : "";
  const [whole, fraction] = value.toFixed(digits).split(".");
  const grouped = group ? whole!.replace(/\B(?=(\d{3})+$)/g, group) : whole!;
  return fraction === undefined ? grouped : `${grouped}${decimalMark}${fraction}`;
}

/**
 * Spans of time a side writes as two amounts of two units ("1 час и 30 минути", "2 hours 15 minutes"), each pair of a
 * larger unit and a smaller one as one span in seconds ("5400"), with the keys it is made of: "an hour and a half"
 * is that span, converted. A height in feet and inches the same way, in metres ("6 ft 3 in" is 1,91 м; stranger 201).
 */
export function compoundSpans(amounts: readonly Amount[]): Array<{ readonly span: Amount; readonly parts: readonly [string, string] }> {
  const out: Array<{ span: Amount; parts: readonly [string, string] }> = [];
  for (const [dimension, base] of COMPOUNDED) {
    const list = amounts.filter((a) => SIZES[a.unit]?.[0] === dimension && !a.scaled && Number.isFinite(Number(a.key)));
    for (const big of list)
      for (const small of list) {
        const sb = SIZES[big.unit]![1];
        const ss = SIZES[small.unit]![1];
        if (ss >= sb || Number(small.key) * ss >= sb || (dimension === "length" && !(big.unit === "ft" && small.unit === "in"))) continue;
        // In the base's own size, to twelve figures: 6 ft 3 in is 75 in.
        const value = Number(((Number(big.key) * sb + Number(small.key) * ss) / SIZES[base]![1]).toPrecision(12));
        out.push({
          span: { key: String(value), unit: base, written: `${big.written} ${small.written}`, scaled: false },
          parts: [big.key, small.key],
        });
      }
  }
  return out;
}

/**
 * Whether `b` is the compound span `span` (of `compoundSpans`) converted: a height in feet and inches is exact to half an
 * inch, and the other side's figure to half its last decimal ("1,91 м" is 6 ft 3 in; 6 ft 7 in, 5 % more, is not the
 * rounding `converted` allows a single amount). A span of time as `converted` says.
 */
export function spanConverted(span: Amount, b: Amount): boolean {
  if (!converted(span, b)) return false;
  if (span.unit !== "in") return true;
  const [, size] = SIZES[b.unit] ?? [];
  if (size === undefined) return false;
  const decimals = /\.(\d+)$/u.exec(b.key)?.[1]?.length ?? 0;
  const slack = SIZES.in![1] / 2 + (size * 10 ** -decimals) / 2;
  return Math.abs(Number(span.key) * SIZES.in![1] - Number(b.key) * size) <= slack;
}

/**
 * The dimensions written as two amounts of two units, each with the unit a span is said in: time, and a height in feet
 * and inches ("6 ft 3 in", said in inches: a unit the other side's metres and centimetres convert to).
 */
const COMPOUNDED: ReadonlyArray<readonly [dimension: string, base: string]> = [
  ["time", "second"],
  ["length", "in"],
];
