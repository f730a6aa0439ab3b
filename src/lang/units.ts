/**
 * Currencies and units written the same in every language: symbols and codes
 * ("€", "$", "BGN", "km", "kg", "%"), by canonical code. A language's own words
 * for them ("лв.", "евро", "per cent", "километра") are in its data (`units`).
 * Matched case-sensitively: "5 g" is grams, "5G" a network; "m" is metres,
 * "M" nothing.
 */
/** Leva to the euro, fixed: the lev was pegged to the euro, and the euro replaced it at that rate. */
export const LEV_PER_EURO = 1.95583;

export const UNIT_SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  // currencies
  BGN: ["BGN"],
  EUR: ["€", "EUR", "EURO"],
  USD: ["US$", "USD"],
  dollar: ["$"],
  AUD: ["A$", "AU$", "AUD"],
  CAD: ["C$", "CA$", "CAD"],
  NZD: ["NZ$", "NZD"],
  HKD: ["HK$", "HKD"],
  GBP: ["£", "GBP"],
  CHF: ["CHF"],
  JPY: ["JPY"],
  yen: ["¥"],
  CNY: ["CNY", "RMB"],
  RUB: ["₽", "RUB"],
  UAH: ["₴", "UAH"],
  TRY: ["₺", "TRY"],
  INR: ["₹", "INR"],
  PLN: ["zł", "PLN"],
  RON: ["RON"],
  HUF: ["HUF"],
  CZK: ["Kč", "CZK"],
  SEK: ["SEK"],
  NOK: ["NOK"],
  DKK: ["DKK"],
  cent: ["¢"],
  // shares; a chemist's share by mass, by volume and by amount of substance (stranger 289: "2 wt.%" / "2 об.%" passed)
  percent: ["%"],
  wtPercent: ["wt.%", "wt%", "wt. %", "% w/w", "% (w/w)"],
  volPercent: ["vol.%", "vol%", "vol. %", "% v/v", "% (v/v)"],
  molPercent: ["mol.%", "mol%", "mol. %"],
  permille: ["‰"],
  // basis points, as markets write them ("25 bps", "25bp")
  bp: ["bp", "bps"],
  // length, area, volume, mass
  km: ["km"],
  m: ["m"],
  cm: ["cm"],
  mm: ["mm"],
  // a paper's lengths: a micrometre and a nanometre, a thousand times apart
  um: ["µm", "μm", "мкм"],
  nm: ["nm", "нм"],
  mile: ["mi"],
  ft: ["ft"],
  yd: ["yd"],
  // "sq. ft." with its dots too (stranger 158).
  km2: ["km²", "km2", "sq km", "sq. km"],
  m2: ["m²", "m2", "sq m", "sq. m"],
  mi2: ["mi²", "sq mi", "sq. mi"],
  ft2: ["ft²", "ft2", "sq ft", "sq. ft"],
  yd2: ["yd²", "sq yd", "sq. yd"],
  cm2: ["cm²", "cm2", "sq cm"],
  mm2: ["mm²", "mm2", "sq mm"],
  ha: ["ha"],
  acre: ["ac"],
  l: ["l", "L"],
  ml: ["ml", "mL"],
  // a bottle's content: "75 cl" is "750 мл" (stranger 150)
  cl: ["cl", "cL"],
  ul: ["µl", "μl", "µL", "μL", "мкл"],
  gal: ["gal"],
  m3: ["m³", "m3", "cu m"],
  dm3: ["dm³", "dm3"],
  cm3: ["cm³", "cm3"],
  mm3: ["mm³", "mm3"],
  kg: ["kg"],
  g: ["g"],
  mg: ["mg"],
  // a medicine's strengths: the micro sign and the Greek mu both write "µg"
  ug: ["µg", "μg", "mcg"],
  ng: ["ng"],
  pg: ["pg"],
  IU: ["IU"],
  mmol: ["mmol"],
  umol: ["µmol", "μmol", "мкмол"],
  nmol: ["nmol", "нмол"],
  kcal: ["kcal"],
  kJ: ["kJ", "кДж"],
  // Energy in joules by their prefixes ("10 422 182 GJ" / "10.4 PJ"; stranger 301).
  J: ["J", "Дж"],
  MJ: ["MJ", "МДж"],
  GJ: ["GJ", "ГДж"],
  TJ: ["TJ", "ТДж"],
  PJ: ["PJ", "ПДж"],
  // per body weight, per volume, per body surface, per time: a dose or a concentration, not a mass
  mg_kg: ["mg/kg", "мг/кг"],
  // per kilogram and per gram of a sample: a paper's doses and contents (stranger 348: "20 mg/kg" made "20 g/kg" passed)
  g_kg: ["g/kg", "г/кг"],
  mg_g: ["mg/g", "мг/г"],
  ug_g: ["µg/g", "μg/g", "mcg/g", "мкг/г"],
  // per area, a field's dose (a hectare is ten decares; stranger 146: "1.5 l/ha" is "150 мл/дка")
  l_ha: ["l/ha", "L/ha", "л/ха"],
  ml_ha: ["ml/ha", "mL/ha", "мл/ха"],
  l_dka: ["l/dka", "L/dka", "л/дка", "л/дк"],
  ml_dka: ["ml/dka", "mL/dka", "мл/дка", "мл/дк"],
  kg_ha: ["kg/ha", "кг/ха"],
  g_ha: ["g/ha", "г/ха"],
  kg_dka: ["kg/dka", "кг/дка", "кг/дк"],
  g_dka: ["g/dka", "г/дка", "г/дк"],
  ug_kg: ["µg/kg", "μg/kg", "mcg/kg", "мкг/кг"],
  IU_kg: ["IU/kg", "МЕ/кг", "МЕ/kg", "единици/кг", "единици/kg"],
  ml_kg: ["ml/kg", "мл/кг"],
  mg_ml: ["mg/ml", "mg/mL", "мг/мл"],
  ug_ml: ["µg/ml", "μg/ml", "mcg/ml", "µg/mL", "мкг/мл"],
  IU_ml: ["IU/ml", "IU/mL", "МЕ/мл", "МЕ/ml", "единици/мл", "единици/ml"],
  mg_l: ["mg/l", "mg/L", "мг/л"],
  // drinking water's and air's limits, a thousand times apart (stranger 171: "0,50 mg/l" made "0.50 µg/l" passed unflagged)
  ug_l: ["µg/l", "μg/l", "µg/L", "μg/L", "ug/l", "ug/L", "mcg/l", "mcg/L", "мкг/л"],
  mg_m3: ["mg/m³", "mg/m3", "мг/м³", "мг/м3"],
  ug_m3: ["µg/m³", "μg/m³", "µg/m3", "μg/m3", "ug/m3", "mcg/m3", "мкг/м³", "мкг/м3"],
  g_l: ["g/l", "g/L", "г/л"],
  mg_dl: ["mg/dl", "mg/dL", "мг/дл"],
  // haemoglobin's grams per decilitre ("9.0 g/dL" is "90 g/l"; stranger 195)
  g_dl: ["g/dl", "g/dL", "г/дл"],
  // serum iron's micrograms per decilitre, into µmol/l by its molar mass (stranger 287)
  ug_dl: ["µg/dl", "μg/dl", "µg/dL", "μg/dL", "ug/dl", "ug/dL", "mcg/dl", "mcg/dL", "мкг/дл"],
  mmol_l: ["mmol/l", "mmol/L", "ммол/л"],
  // a laboratory's concentrations, a thousand times apart each (stranger 102: "pg/mL" made "ng/mL")
  umol_l: ["µmol/l", "μmol/l", "µmol/L", "μmol/L", "umol/l", "umol/L", "мкмол/л"],
  nmol_l: ["nmol/l", "nmol/L", "нмол/л"],
  pmol_l: ["pmol/l", "pmol/L", "пмол/л"],
  ng_ml: ["ng/ml", "ng/mL", "нг/мл"],
  pg_ml: ["pg/ml", "pg/mL", "пг/мл"],
  ng_l: ["ng/l", "ng/L", "нг/л"],
  mg_m2: ["mg/m²", "mg/m2", "мг/м²", "мг/м2"],
  ml_min: ["ml/min", "mL/min", "мл/мин"],
  ml_h: ["ml/h", "mL/h", "мл/ч", "ml/ч", "mL/ч"],
  // a pump's or a washer's flow (stranger 267: "6.5 l/min" made "6,5 l/h", sixty times less, passed as litres)
  l_min: ["l/min", "L/min", "л/мин", "l/мин"],
  l_h: ["l/h", "L/h", "л/ч", "l/ч"],
  l_s: ["l/s", "L/s", "л/с", "l/с"],
  m3_h: ["m³/h", "m3/h", "м³/ч", "м3/ч"],
  // Tonnes by their prefixes, and of CO2 equivalent as a report of emissions writes them ("1 687,9 ktCO2e" / "1.69
  // MtCO2e"; stranger 301): an amount of gas by its mass.
  t: ["t", ...co2e("t")],
  kt: ["kt", ...co2e("kt")],
  Mt: ["Mt", ...co2e("Mt")],
  Gt: ["Gt", ...co2e("Gt")],
  lb: ["lb", "lbs"],
  oz: ["oz"],
  // speed, temperature, energy, data
  kmh: ["km/h", "kph"],
  // a conveyor's or a feed's speed (stranger 270: "8 m/min" / "480 m/h" was a false error)
  m_min: ["m/min", "м/мин"],
  m_h: ["m/h"],
  mps: ["m/s"],
  mph: ["mph"],
  celsius: ["°C", "℃"],
  fahrenheit: ["°F", "℉"],
  // Kelvin as SI writes it, after a space ("300 K"); "50K" glued is a thousand as often, and "4K" a screen.
  kelvin: [" K", " К", "\u00a0K", "\u202fK", "\u00a0К", "\u202fК"],
  W: ["W", "Вт"],
  kW: ["kW", "кВт"],
  MW: ["MW", "МВт"],
  GW: ["GW", "ГВт"],
  Wh: ["Wh", "Втч"],
  kWh: ["kWh", "кВтч", "кВт·ч", "кВт.ч"],
  MWh: ["MWh", "МВтч", "МВт·ч", "МВт.ч"],
  GWh: ["GWh", "ГВтч", "ГВт·ч", "ГВт.ч"],
  TWh: ["TWh", "ТВтч", "ТВт·ч", "ТВт.ч"],
  // Cyrillic "В", "А" as Bulgarian writes them ("230 В", "16 А"); case-sensitive, so the preposition "в" is no volt.
  V: ["V", "В"],
  kV: ["kV", "кВ"],
  mV: ["mV", "мВ"],
  A: ["A", "А"],
  mA: ["mA", "мА"],
  kA: ["kA", "кА"],
  Ah: ["Ah", "Ач"],
  mAh: ["mAh", "мАч"],
  ohm: ["Ω", "Ом"],
  kohm: ["kΩ", "кΩ", "кОм"],
  Mohm: ["MΩ", "МΩ", "МОм"],
  VA: ["VA", "ВА"],
  kVA: ["kVA", "кВА"],
  // pressure, force, torque, sound, light, rotation: a manual's specifications
  bar: ["bar"],
  mbar: ["mbar"],
  Pa: ["Pa", "Па"],
  kPa: ["kPa", "кПа"],
  MPa: ["MPa", "МПа"],
  GPa: ["GPa", "ГПа"],
  psi: ["psi"],
  // a blood pressure's or an infusion pump's occlusion threshold (stranger 254: "80 kPa" / "80 mmHg" passed)
  mmHg: ["mmHg", "mm Hg", "мм Hg", "mm рт. ст.", "мм рт. ст.", "мм живачен стълб"],
  cmH2O: ["cmH2O", "cm H2O", "cmH₂O", "см H2O", "см воден стълб"],
  kN: ["kN", "кН"],
  Nm: ["N·m", "N⋅m", "Nm", "Н·м", "Н⋅м", "Нм"],
  // An older manual's kilogram-force (stranger 121: "25 N·m" / "25 kgf·m", ten times the torque); not
  // "kgf" alone, which translators write "кг".
  kgfm: ["kgf·m", "kgf⋅m", "kgfm", "кгс·м", "кгс⋅м"],
  // A US torque and capacity (stranger 134: "35 lbf·ft" / "35 N·m" passed, 26 % too low).
  lbfft: ["lbf·ft", "lbf⋅ft", "lb·ft", "lb⋅ft", "lb-ft", "lbf-ft", "ft-lb", "ft·lb", "ft-lbs", "ft-lbf", "lbf ft"],
  inlb: ["in-lb", "in·lb", "in-lbs", "lbf·in", "lbf⋅in", "lb-in", "in-lbf"],
  qt: ["qt", "qts"],
  dB: ["dB", "дБ"],
  lm: ["lm", "лм"],
  lx: ["lx", "лк"],
  // The SI's "min⁻¹" (German and French manuals), "U/min", "tr/min": turns a minute, not minutes.
  rpm: ["rpm", "r/min", "об/мин", "min⁻¹", "min-1", "1/min", "U/min", "tr/min"],
  Hz: ["Hz"],
  MHz: ["MHz"],
  GHz: ["GHz"],
  KB: ["KB", "kB", "КБ"],
  MB: ["MB", "МБ"],
  GB: ["GB", "ГБ"],
  TB: ["TB", "ТБ"],
  // time
  hour: ["h", "hrs"],
  minute: ["min"],
};

/**
 * Codes that stand for any of several units: "$" and "долара" may be US,
 * Australian or Canadian dollars; "лири" pounds sterling or Turkish lira;
 * "pounds" money or weight. Two codes are the same unit when what they stand
 * for overlaps. A code not listed stands for itself.
 */
export const UNIT_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  dollar: ["USD", "AUD", "CAD", "NZD", "HKD", "SGD"],
  pound: ["GBP", "EGP", "lb"],
  lira: ["GBP", "TRY", "ITL"],
  yen: ["JPY", "CNY"],
  franc: ["CHF", "XOF", "XAF"],
  krona: ["SEK", "NOK", "DKK", "CZK", "ISK"],
  rupee: ["INR", "PKR", "LKR", "NPR"],
  ton: ["t", "short ton", "long ton"],
  // A share in per cent with no basis said: by mass, by volume or by amount, as the document's field has it ("15 тегл.%" /
  // "15%"); the three are no one share. (Not itself: a family naming its own code is read without end.)
  percent: ["wtPercent", "volPercent", "molPercent"],
  // Bulgarian and Russian "г." after a number: grams ("1,2 г"), a year ("2024 г.") or years ("гаранция 2 г."); the
  // other side's unit tells which.
  gramOrYear: ["g", "year"],
};

/** Currencies among the codes: a changed one is "another currency", anything else "another unit". */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(UNIT_FAMILIES).filter((f) => f !== "ton" && f !== "percent"),
  ...["BGN", "EUR", "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "GBP", "EGP", "TRY", "ITL", "JPY", "CNY"],
  ...["CHF", "XOF", "XAF", "SEK", "NOK", "DKK", "CZK", "ISK", "INR", "PKR", "LKR", "NPR", "RUB", "UAH"],
  ...["PLN", "RON", "HUF", "cent", "stotinka"],
]);

/** Two units of one size under two names: a cubic centimetre is a millilitre, a cubic decimetre a litre. */
const ALIKE: ReadonlyArray<readonly [string, string]> = [
  ["ml", "cm3"],
  ["l", "dm3"],
];

/** Whether two unit codes can name the same unit ("$" and "USD", "pound" and "GBP", "ml" and "cm3"; stranger 200's "1,5 мл" / "1.5 cm³"). */
export function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  if (ALIKE.some(([x, y]) => (a === x && b === y) || (a === y && b === x))) return true;
  const as = UNIT_FAMILIES[a] ?? [a];
  const bs = UNIT_FAMILIES[b] ?? [b];
  return as.some((x) => bs.includes(x));
}

/** Superscript powers after a unit ("мм²", "m³"): the unit squared or cubed is still a unit written next to a number. */
const POWER = /[²³]$/u;

/** Per language's units, every form written after a number: the shared symbols as written, the language's words lowercase. */
const unitForms = new WeakMap<Readonly<Record<string, readonly string[]>>, { symbols: ReadonlySet<string>; words: ReadonlySet<string> }>();

/**
 * Whether a word is a unit symbol, in either script: "mm²", "cm", "kg" (shared)
 * or the language's own ("мм²", "см", "кг"), squared or cubed. Such a word
 * is translated as a unit ("мм²" is "mm²"), never copied as a code is.
 */
export function isUnitSymbol(word: string, units: Readonly<Record<string, readonly string[]>>): boolean {
  let forms = unitForms.get(units);
  if (!forms) {
    forms = {
      symbols: new Set(Object.values(UNIT_SYMBOLS).flat()),
      words: new Set(Object.values(units).flatMap((f) => f.filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()))),
    };
    unitForms.set(units, forms);
  }
  const bare = word.replace(POWER, "");
  const { symbols, words } = forms;
  return [word, bare].some((w) => w !== "" && (symbols.has(w) || words.has(w.toLowerCase())));
}

/** A mass's symbol with CO2 equivalent after it, as reports write it: "tCO2e", "t CO2e", "t CO2-eq", "tCO₂e". */
function co2e(symbol: string): string[] {
  return ["CO2e", "CO2eq", "CO2-eq", "CO2-e", "CO₂e", "CO₂-eq"].flatMap((gas) => [`${symbol}${gas}`, `${symbol} ${gas}`]);
}
