import type { LanguageData } from "./types.js";

/** An ordinal's forms from its stem: "zweit" -> "zweite", "zweiten", "zweiter", "zweites", "zweitem". */
function ordinal(stem: string, value: number): Record<string, number> {
  return Object.fromEntries(["e", "en", "er", "es", "em"].map((end) => [`${stem}${end}`, value]));
}

/**
 * German. Every noun is capitalised (`capitalisesNouns`); a date's day is an ordinal with a dot ("am 3. März 2026",
 * `ordinalDays`); numbers have a decimal comma; times are "14:30 Uhr", "14.30 Uhr", "14 Uhr".
 */
export const de: LanguageData = {
  code: "de",
  name: "German",
  nonFinalAbbreviations: [
    // titles before a name: "Dr. Müller", "Hr. Meier", "Fr. Schulz", "Prof. Dr.", "Dipl.-Ing."
    ...["dr", "prof", "hr", "hrn", "fr", "dipl", "ing", "mag", "st"],
    // in-sentence markers: "z. B.", "d. h.", "bzw.", "ca.", "vgl.", "ggf." ("z. B. Die" too: the two words)
    ...["z", "z. b", "z.b", "z. t", "z.t", "d. h", "d.h", "d. r", "i. v", "i.v", "i. a", "i.a", "u. u", "hd"],
    // the first letter of those ("i. A.", "d. R.", "u. U.", "v. Chr.", "n. Chr."): no end before the second's capital
    ...["d", "i", "u", "v", "n"],
    ...["bzw", "ca", "vgl", "ggf", "evtl", "inkl", "zzgl", "exkl", "sog", "gem", "lt", "bzgl", "bspw", "insb", "einschl"],
    ...["entspr", "ehem", "geb", "gez", "allg", "betr", "urspr", "mind"],
  ],
  unitOrNonFinalAbbreviations: [],
  // Reference labels and months before a figure: "Nr. 4711", "Art. 5 Abs. 2", "S. 12", "Tel. +49", "3. Jan. 2026".
  numberPrefixAbbreviations: [
    ...["nr", "art", "abs", "s", "bd", "kap", "abschn", "anh", "anl", "ziff", "lit", "tab", "abb", "tel", "fax", "max"],
    ...["jan", "jän", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"],
    // weekdays before a time: "Mo.–Fr. 9–17 Uhr" ("Fr." is above: Frau)
    ...["mo", "di", "mi", "do", "sa", "so"],
  ],
  finalAbbreviations: ["usw", "etc", "u. ä", "o. ä", "std", "min", "sek", "km", "kg", "v. chr", "n. chr", "hrsg", "a. d"],
  // "5 Mio. Euro", "2 Mrd. Dollar": a capitalised noun goes on; an end only before a sentence starter ("5 Mio. Die Kosten").
  // "Müller & Co. KG", "im 19. Jh. erfunden": a capitalised word goes on too.
  qualifierAbbreviations: ["mio", "mrd", "tsd", "bio", "co", "jh"],
  ordinalArticles: [
    ...["der", "die", "das", "dem", "den", "des", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans"],
    ...["jeder", "jede", "jedes", "jeden", "jedem", "seit", "ab", "bis"],
  ],
  clockAbbreviations: [],
  clockContinuations: [],
  streetWords: ["straße", "str", "strasse", "platz", "weg", "allee", "gasse", "nr"],
  personTitles: ["herr", "herrn", "frau", "dr", "prof"],
  nameInitials: [],
  labelWords: [
    ...["art", "artikel", "abs", "absatz", "nr", "kapitel", "kap", "abschnitt", "abschn", "anhang", "anlage", "teil"],
    ...["ziffer", "ziff", "punkt", "schritt", "tabelle", "abbildung", "abb", "beispiel", "frage", "aufgabe", "stufe"],
  ],
  figureWords: ["abb", "abbildung", "abbildungen", "tab", "tabelle", "tabellen"],
  referenceWords: ["buchstabe", "teil", "abschnitt", "kapitel", "titel", "anhang", "anlage", "band"],
  noteWords: [],
  sentenceStarters: [
    ...["der", "die", "das", "ein", "eine", "es", "er", "sie", "wir", "ich", "man", "in", "im", "am", "auf", "aus", "bei", "mit"],
    ...["nach", "seit", "von", "vor", "während", "wenn", "als", "auch", "aber", "doch", "dann", "danach", "daher", "deshalb"],
    ...["dies", "diese", "dieser", "dieses", "jedoch", "zudem", "außerdem", "allerdings", "nun", "hier", "dort", "um", "für"],
    ...["wie", "was", "wo", "wer", "warum", "unser", "unsere", "ihr", "ihre", "sein", "seine", "so", "damit", "dabei"],
    // Determiners and adjectives before a sentence's first noun: "Weitere Einzelheiten finden Sie ...", no name.
    ...["weitere", "nähere", "alle", "viele", "einige", "jede", "jeder", "jedes", "kein", "keine", "bitte", "mehr", "neue"],
  ],
  reportedSpeech: ["dass"],
  speechVerbs: ["sagte", "sagt", "erklärte", "erklärt", "betonte", "schrieb", "berichtete", "meldete", "warnte", "fragte", "antwortete"],
  // Not "an", "auf", "aus", "ein", "zu", "um", "mit", "vor", "nach", "durch": a separable verb's particle ends sentences
  // ("Schalten Sie das Gerät aus."); nor "das", "die", "der", pronouns too ("Wir wissen das.").
  danglingWords: [
    ...["den", "dem", "des", "einen", "einem", "einer", "eines", "und", "oder", "sowie", "sondern", "für", "von", "zum", "zur"],
    ...["zwischen", "während", "dass", "weil", "seine", "ihre", "unsere", "deren", "dessen"],
  ],
  // The polite pronoun and its possessive: capitalised anywhere, never a name.
  capitalisedWords: ["sie", "ihnen", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres"],
  capitalisesNouns: true,
  compounds: true,
  decimalSeparator: ",",
  // "3.–5. März", "3. und 4. März": the day's dot before a range's dash or a joiner (a dot before the month is `dates.dayOf`).
  ordinalSuffix: String.raw`\.(?=[\s\u00a0]?[-–—]|\s(?:und|bis|oder)\s)`,
  timeMarkers: { am: "(?!)", pm: "(?!)", h: "(?:Uhr|h)(?![\\p{L}])", hour: "Uhr", midnight: "Mitternacht", noon: "Mittag" },
  magnitudes: [
    ["tausend|tsd\\.?", 1e3],
    ["million\\p{L}*|mio\\.?", 1e6],
    ["milliarde\\p{L}*|mrd\\.?", 1e9],
    // German "Billion" is 10^12 (the English "trillion").
    ["billion\\p{L}*|bio\\.?", 1e12],
  ],
  units: {
    BGN: ["lew", "lewa"],
    EUR: ["euro", "euros"],
    cent: ["cent", "cents", "eurocent"],
    USD: ["us-dollar", "us dollar", "amerikanische dollar", "amerikanischen dollar"],
    dollar: ["dollar"],
    CHF: ["franken", "schweizer franken", "sfr"],
    GBP: ["pfund sterling", "britische pfund", "britischen pfund"],
    pound: ["pfund"],
    yen: ["yen"],
    CNY: ["yuan", "renminbi"],
    RUB: ["rubel"],
    percent: ["prozent"],
    // "1,6 Prozentpunkte" is no 1,6 %: a change of a rate, not a rate.
    pp: ["prozentpunkt", "prozentpunkte", "prozentpunkten", "prozentpunktes"],
    bp: ["basispunkt", "basispunkte", "basispunkten", "basispunktes"],
    permille: ["promille"],
    km: ["kilometer", "kilometern"],
    m: ["meter", "metern"],
    cm: ["zentimeter", "zentimetern"],
    mm: ["millimeter", "millimetern"],
    km2: ["quadratkilometer", "quadratkilometern", "qkm"],
    m2: ["quadratmeter", "quadratmetern", "qm"],
    ha: ["hektar"],
    m3: ["kubikmeter", "kubikmetern"],
    kg: ["kilogramm", "kilo"],
    g: ["gramm"],
    mg: ["milligramm"],
    t: ["tonne", "tonnen"],
    l: ["liter", "litern"],
    ml: ["milliliter", "millilitern"],
    kmh: ["stundenkilometer", "stundenkilometern", "kilometer pro stunde"],
    celsius: ["grad celsius"],
    W: ["watt"],
    kW: ["kilowatt"],
    kWh: ["kilowattstunde", "kilowattstunden"],
    V: ["volt"],
    A: ["ampere"],
    second: ["sekunde", "sekunden", "sek"],
    minute: ["minute", "minuten"],
    hour: ["stunde", "stunden", "std"],
    day: ["tag", "tage", "tagen", "kalendertag", "kalendertage", "kalendertagen"],
    workday: ["werktag", "werktage", "werktagen", "arbeitstag", "arbeitstage", "arbeitstagen"],
    week: ["woche", "wochen"],
    month: ["monat", "monate", "monaten"],
    year: ["jahr", "jahre", "jahren"],
    tablet: ["tablette", "tabletten"],
    capsule: ["kapsel", "kapseln"],
    drop: ["tropfen"],
    time: ["mal"],
  },
  unitJoiners: ["und", "oder", "bis"],
  approximately: ["etwa", "rund", "ungefähr", "circa", "ca", "knapp", "fast", "gut", "über"],
  rangeWords: [
    ["von", "bis"],
    ["zwischen", "und"],
    ["", "bis"],
  ],
  // "1980er", "in den 80er Jahren".
  decadeSuffix: "er",
  legacyEncodings: ["windows-1252", "iso-8859-15", "iso-8859-1"],
  scripts: ["Latin"],
  // Characters for one of English (approximate; French is 0.97 of German in Bleualign's test set).
  relativeLength: 1.2,
  // Function words rare in English, French and the other languages of Latin script ("die" is an English verb, "des" a
  // French article, "es" Spanish, "er" and "den" Dutch and Danish): about a third of a German text's words.
  frequentWords:
    "der das und ist nicht mit dem von zu auf für sich ein eine einer eines einem einen auch werden wird wurde sind nach bei aus oder wie dass über noch nur vom zum zur im sie wir ich haben kann".split(
      " ",
    ),
  // "zwei" to "hundert", and ordinals ("am dritten Tag"). "eins" and "ein" are left out ("ein Tag"), and "achten", "achte" (to pay heed).
  numberWords: {
    ...{ zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12 },
    ...{ dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19 },
    ...{ zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
    ...{ hundert: 100, tausend: 1000, zweimal: 2, dreimal: 3 },
    ...ordinal("erst", 1),
    ...ordinal("zweit", 2),
    ...ordinal("dritt", 3),
    ...ordinal("viert", 4),
    ...ordinal("fünft", 5),
    ...ordinal("sechst", 6),
    ...ordinal("siebt", 7),
    ...{ achter: 8, achtes: 8, achtem: 8 },
    ...ordinal("neunt", 9),
    ...ordinal("zehnt", 10),
  },
  companyForms: ["GmbH", "AG", "KG", "KGaA", "SE", "OHG", "UG", "e.V.", "eG", "mbH"],
  // An amount below zero said in words, as a statement's brackets say it (checks/notation.ts).
  negativeAmountWords: [
    "verlust",
    "negativ",
    "minus",
    "defizit",
    "rückgang",
    "abfluss",
    "aufwand",
    "wertminderung",
    "fehlbetrag",
    "minder",
  ],
  negation: {
    plain: String.raw`nicht|nie|niemals|kein|keine|keinen|keinem|keiner|keines|weder|verboten\p{L}{0,2}|untersagt\p{L}{0,2}`,
    prohibition: String.raw`(?:darf|dürfen|darfst|dürft)\s+(?:\p{L}+\s+){0,4}(?:nicht|nie|niemals|kein\p{L}{0,2})|nicht\s+(?:gestattet|erlaubt|zulässig)|verboten|untersagt|unzulässig`,
    // "nicht nur" adds; a condition ("wenn ... nicht") is said either way; "nicht mehr als 10" is a limit (the limits check);
    // "nicht unerheblich" says "considerably", a negation of a negative word.
    expletive: String.raw`nicht\s+nur|nicht\s+zuletzt|(?:wenn|falls|sofern|soweit|ob|bis|bevor|solange)\s+(?:\p{L}+\s+){0,4}(?:nicht|kein\p{L}{0,2})|nicht\s+(?:mehr|weniger|später|früher|länger|kürzer|höher|größer|unter|über)\s+als|nicht\s+(?:unter|über)|nicht\s+un\p{L}{4,}`,
    any: String.raw`nicht|nie|niemals|kein\p{L}{0,2}|weder|nichts|niemand\p{L}{0,2}|nirgends|nirgendwo|ohne|verboten\p{L}{0,2}|untersagt\p{L}{0,2}|unzulässig|vermeid\p{L}*|verhinder\p{L}*|verweiger\p{L}*|ablehn\p{L}*|ausgeschlossen|außer|frei|fehl\p{L}*|un(?:möglich|zulässig|geeignet|bekannt|wirksam|gültig|sicher|klar|befugt|berechtigt|zutreffend|erlaubt|bedingt|zureichend|sachgemäß)\p{L}*`,
    particles: String.raw`nicht|nie|niemals|kein\p{L}{0,2}|weder|nichts|niemand\p{L}{0,2}`,
    bounds: {
      before: { negated: "bis|bevor|solange", plain: "nach|erst|sobald|nachdem" },
      above: {
        negated: String.raw`überschreit\p{L}*|übersteig\p{L}*|mehr|höher|größer|länger`,
        plain: String.raw`höchstens|maximal|bis\s+zu|begrenzt\s+auf|nicht\s+mehr\s+als`,
      },
      below: {
        negated: String.raw`weniger|geringer|niedriger|kürzer|unterschreit\p{L}*`,
        plain: String.raw`mindestens|wenigstens|minimal|nicht\s+weniger\s+als`,
      },
    },
  },
  // "ab" and "von" are left out ("ab 18 Jahren" is from, "von 5 bis 10" a range), and "vor" ("vor 10 Jahren": ago).
  limits: {
    upper: [
      ...["bis zu", "bis zum", "bis spätestens", "höchstens", "maximal", "max", "weniger als", "unter", "innerhalb von", "innerhalb"],
      ...["binnen", "spätestens", "nicht mehr als", "nicht über", "kürzer als", "niedriger als", "geringer als", "früher als"],
      ...["nicht später als", "nicht länger als", "nicht höher als"],
      // a penalty's cap, "höchstens jedoch 5 %" (however at most; stranger 241)
      ...["höchstens jedoch", "maximal jedoch", "jedoch höchstens", "jedoch maximal", "aber höchstens"],
    ],
    lower: [
      ...["mindestens", "wenigstens", "mehr als", "über", "nach", "frühestens", "nicht weniger als", "nicht unter", "länger als"],
      ...["höher als", "größer als", "später als", "nicht früher als", "oberhalb von"],
      ...["mindestens jedoch", "wenigstens jedoch", "jedoch mindestens", "aber mindestens"],
    ],
    upperAfter: ["oder weniger", "oder kürzer", "oder früher", "und weniger", "höchstens", "maximal", "spätestens"],
    lowerAfter: ["oder mehr", "oder länger", "oder später", "und mehr", "und älter", "oder älter", "mindestens", "frühestens"],
    negations: ["nicht", "kein", "keine", "nie", "niemals"],
    clauseOpeners: [
      "wenn",
      "falls",
      "sofern",
      "der",
      "die",
      "das",
      "welche",
      "welcher",
      "welches",
      "weil",
      "da",
      "wo",
      "während",
      "ob",
      "bis",
      "bevor",
    ],
  },
  dates: {
    months: [
      ["Januar", "Jänner", "Januars"],
      ["Februar", "Feber", "Februars"],
      ["März", "Maerz"],
      ["April", "Aprils"],
      ["Mai"],
      ["Juni", "Juno"],
      ["Juli", "Julei"],
      ["August", "Augusts"],
      ["September", "Septembers"],
      ["Oktober", "Oktobers"],
      ["November", "Novembers"],
      ["Dezember", "Dezembers"],
    ],
    monthAbbreviations: [
      ["Jan", "Jän"],
      ["Feb", "Febr"],
      ["Mär"],
      ["Apr"],
      [],
      ["Jun"],
      ["Jul"],
      ["Aug"],
      ["Sep", "Sept"],
      ["Okt"],
      ["Nov"],
      ["Dez"],
    ],
    capitalisedMonths: true,
    ordinalDays: true,
    weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    weekdayForms: [
      ["Montags", "Montage", "montags"],
      ["Dienstags", "Dienstage", "dienstags"],
      ["Mittwochs", "Mittwoche", "mittwochs"],
      ["Donnerstags", "Donnerstage", "donnerstags"],
      ["Freitags", "Freitage", "freitags"],
      ["Samstags", "Samstage", "samstags", "Sonnabend", "Sonnabends", "sonnabends"],
      ["Sonntags", "Sonntage", "sonntags"],
    ],
    weekdayAbbreviations: [["Mo"], ["Di"], ["Mi"], ["Do"], ["Fr"], ["Sa"], ["So"]],
    yearMarker: "(?!)",
    dayJoiners: "und|oder|bis",
    // "3. März": the day's dot between the day and its month.
    dayOf: "\\.",
    slashOrders: ["dmy"],
  },
};
