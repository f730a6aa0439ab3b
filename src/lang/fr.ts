import type { LanguageData } from "./types.js";

/** 80 to 99 written out ("quatre-vingt-dix-sept"): their parts do not add up, so each is listed. */
function eighties(): Record<string, number> {
  const units = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
  const teens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"];
  const out: Record<string, number> = { "quatre-vingts": 80, "quatre-vingt": 80 };
  units.forEach((u, n) => {
    if (n > 0) out[`quatre-vingt-${u}`] = 80 + n;
  });
  teens.forEach((t, n) => {
    out[`quatre-vingt-${t}`] = 90 + n;
  });
  return out;
}

/**
 * French. Articles and pronouns are elided before a vowel and joined by an apostrophe ("l’art. 5", `elisions`); times
 * are "10 h 30", "10h30", "14 h"; numbers have a decimal comma.
 */
/** A currency's words, and the same after a magnitude word ("26,3 millions d'euros", "2 milliards de dollars"). */
function money(...forms: string[]): string[] {
  return forms.flatMap((f) => (/^[aeiouyéèêh]/u.test(f) ? [f, `d'${f}`, `d’${f}`] : [f, `de ${f}`]));
}

export const fr: LanguageData = {
  code: "fr",
  name: "French",
  nonFinalAbbreviations: [
    // titles before a name: "Mme Dupont", "MM. Durand et Petit", "Dr Martin", "Pr. Durand", "Mgr", "Ste-Anne"
    ...["mme", "mmes", "mlle", "mlles", "mm", "dr", "pr", "mgr", "st", "ste"],
    // in-sentence markers: "cf.", "c.-à-d.", "p. ex.", "env. 5", "av. de la Gare", "bd Haussmann"
    ...["cf", "c.-à-d", "c-à-d", "p. ex", "p.ex", "env", "vs", "resp", "av", "bd"],
  ],
  unitOrNonFinalAbbreviations: [],
  // Reference labels and months before a figure: "art. 5", "al. 2", "chap. 3", "p. 12", "tél. 01 23", "janv. 2026".
  numberPrefixAbbreviations: [
    ...["art", "al", "chap", "p", "pp", "no", "nos", "tél", "tel", "fax", "vol", "fig", "tab", "sect", "réf", "bât", "max"],
    // a statute's chapter: "L.C. 2001, ch. 27" (stranger 250)
    "ch",
    ...["janv", "févr", "fév", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec"],
    // weekdays before a time: "lun.–ven. 9 h–17 h"
    ...["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
  ],
  finalAbbreviations: ["etc", "cie", "hab", "km", "kg", "min", "sec", "j.-c", "av. j.-c", "apr. j.-c", "s.a"],
  qualifierAbbreviations: [],
  clockAbbreviations: [],
  clockContinuations: [],
  streetWords: ["rue", "avenue", "av", "boulevard", "bd", "place", "allée", "chemin", "n°"],
  personTitles: ["m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "pr", "me"],
  nameInitials: [],
  labelWords: [
    ...["article", "art", "chapitre", "chap", "section", "annexe", "titre", "partie", "étape", "figure", "fig", "tableau"],
    ...["alinéa", "al", "point", "paragraphe", "exemple", "question", "leçon", "livre"],
  ],
  figureWords: ["fig", "figure", "figures", "tableau", "tableaux", "tab"],
  referenceWords: ["point", "lettre", "partie", "section", "chapitre", "titre", "annexe", "tome", "livre"],
  noteWords: [],
  elisions: ["l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"],
  // "L’entreprise", "C’est", "D’autre part": the elided word is read alone.
  sentenceStarters: [
    ...["le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "nous", "vous", "on", "ce", "c", "cette", "ces"],
    ...["cet", "en", "dans", "au", "aux", "à", "pour", "par", "sur", "avec", "après", "avant", "pendant", "depuis", "si", "mais"],
    ...["et", "ou", "donc", "or", "cependant", "toutefois", "ainsi", "enfin", "puis", "alors", "de", "d", "du", "selon", "comme"],
    ...["quand", "lorsque", "notre", "votre", "leur", "son", "sa", "ses"],
  ],
  reportedSpeech: ["que", "qu"],
  speechVerbs: ["déclare", "affirme", "explique", "ajoute", "précise", "souligne", "indique", "estime", "conclut", "annonce", "dit"],
  // Not "le", "la", "les": pronouns close an imperative ("Prenez-le" is one word, but "Je le sais bien, je le." no).
  danglingWords: [
    ...["un", "une", "des", "du", "de", "et", "ou", "mais", "à", "au", "aux", "dans", "pour", "par", "sur", "avec", "sans"],
    ...["entre", "vers", "chez", "dont", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "notre", "votre"],
  ],
  capitalisedWords: [],
  decimalSeparator: ",",
  // "1er", "1re", "2e", "2ème", "2nd".
  ordinalSuffix: "(?:er|re|ère|ème|e|nd|nde)(?![\\p{L}])",
  timeMarkers: {
    am: "du\\s+matin(?![\\p{L}])",
    pm: "(?:de\\s+l['’]après-midi|du\\s+soir)(?![\\p{L}])",
    h: "(?:heures?|h)(?![\\p{L}])",
    hour: "h",
    midnight: "minuit",
    noon: "midi",
    // "à 14 h", "dès 8 h", "de 9 h à 17 h"; not "48 h" alone (a span of hours).
    wholeHour: String.raw`(?:(?<=(?:^|[\s(])(?:à|dès|vers|avant|après|jusqu['’]à|entre|et)\s)|(?=\d{1,2}\s?h\s?(?:à|-|–)\s?\d))`,
  },
  magnitudes: [
    ["mille|milliers?", 1e3],
    ["millions?", 1e6],
    ["milliards?|mds?|mrds?", 1e9],
    // French "billion" is 10^12.
    ["billions?", 1e12],
  ],
  units: {
    BGN: money("lev", "leva"),
    EUR: money("euro", "euros"),
    cent: ["centime", "centimes"],
    USD: money("dollar américain", "dollars américains", "dollar us", "dollars us"),
    dollar: money("dollar", "dollars"),
    CHF: money("franc suisse", "francs suisses"),
    franc: money("franc", "francs"),
    GBP: money("livre sterling", "livres sterling"),
    pound: money("livre", "livres"),
    yen: money("yen", "yens"),
    CNY: money("yuan", "yuans"),
    RUB: money("rouble", "roubles"),
    percent: ["pour cent", "pourcent"],
    // "1,6 point de pourcentage" is no 1,6 %: a change of a rate, not a rate.
    pp: ["point de pourcentage", "points de pourcentage"],
    bp: ["point de base", "points de base"],
    permille: ["pour mille"],
    km: ["kilomètre", "kilomètres"],
    m: ["mètre", "mètres"],
    cm: ["centimètre", "centimètres"],
    mm: ["millimètre", "millimètres"],
    km2: ["kilomètre carré", "kilomètres carrés"],
    m2: ["mètre carré", "mètres carrés"],
    ha: ["hectare", "hectares"],
    m3: ["mètre cube", "mètres cubes"],
    kg: ["kilogramme", "kilogrammes", "kilo", "kilos"],
    g: ["gramme", "grammes"],
    mg: ["milligramme", "milligrammes"],
    t: ["tonne", "tonnes"],
    l: ["litre", "litres"],
    ml: ["millilitre", "millilitres"],
    kmh: ["kilomètres par heure", "kilomètres-heure"],
    celsius: ["degré celsius", "degrés celsius"],
    W: ["watt", "watts"],
    kW: ["kilowatt", "kilowatts"],
    kWh: ["kilowattheure", "kilowattheures"],
    V: ["volt", "volts"],
    A: ["ampère", "ampères"],
    second: ["seconde", "secondes"],
    minute: ["minute", "minutes"],
    hour: ["heure", "heures"],
    day: ["jour", "jours", "jour calendaire", "jours calendaires"],
    workday: ["jour ouvrable", "jours ouvrables", "jour ouvré", "jours ouvrés"],
    week: ["semaine", "semaines"],
    month: ["mois"],
    year: ["an", "ans", "année", "années"],
    tablet: ["comprimé", "comprimés"],
    capsule: ["gélule", "gélules", "capsule", "capsules"],
    drop: ["goutte", "gouttes"],
    time: ["fois"],
  },
  unitJoiners: ["et", "ou", "à"],
  approximately: ["environ", "près de", "quelque", "presque", "plus de", "autour de", "approximativement"],
  rangeWords: [
    ["de", "à"],
    // "du lundi au vendredi", "du 1er au 15 avril" (stranger 250).
    ["du", "au"],
    ["entre", "et"],
    ["", "à"],
  ],
  decadeSuffix: "(?!)",
  legacyEncodings: ["windows-1252", "iso-8859-15", "iso-8859-1"],
  scripts: ["Latin"],
  // Characters for one of English (approximate; 0.97 of German in Bleualign's test set).
  relativeLength: 1.16,
  // Function words rare in English, German and the other Romance languages ("de", "la", "que", "en", "se", "un" are
  // Spanish, Italian or Catalan too, "ou" and "mais" Portuguese, "a" and "on" English): about a fifth of a French text's words.
  frequentWords:
    "le les des du et est une dans pour qui pas sur au aux avec par ce cette sont ont elle ils plus été être ses leur nous vous aussi comme il".split(
      " ",
    ),
  // "neuf" is also "new", "second" a unit of time, "mille" a magnitude ("deux mille"): left out.
  numberWords: {
    ...{ deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, dix: 10, onze: 11, douze: 12, treize: 13 },
    ...{ quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, vingt: 20, trente: 30 },
    ...{ quarante: 40, cinquante: 50, soixante: 60, "soixante-dix": 70, cent: 100, cents: 100 },
    ...eighties(),
    ...{ premier: 1, première: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7 },
    ...{ huitième: 8, neuvième: 9, dixième: 10 },
  },
  // "vingt et un", "trente et une".
  compoundUnits: { un: 1, une: 1, onze: 11 },
  numberWordJoiner: "et",
  companyForms: ["SA", "SARL", "SAS", "SASU", "SNC", "EURL", "SCI"],
  // An amount below zero said in words, as a statement's brackets say it (checks/notation.ts).
  negativeAmountWords: ["perte", "négati", "moins", "déficit", "baisse", "diminution", "sortie", "charge", "dépréciation"],
  negation: {
    // A subject that says no ("Aucune demande ne sera acceptée", "Nul ne peut", "Rien ne"), and a modal's "ne" alone, as
    // the law writes it ("Le ministre ne peut refuser un permis sans ..."; stranger 250).
    plain: String.raw`(?:ne\s+|n['’](?=\p{L}))(?:\p{L}+['’]?\s*){0,3}?(?:pas|jamais|plus|rien|aucun|aucune|personne|nullement|guère)|(?:aucun|aucune|aucuns|aucunes|nul|nulle|personne|rien)\s+(?:[\p{L}-]+['’]?\s+){0,4}?(?:ne|n['’])(?=\s|\p{L})|(?:ne\s+|n['’])(?:peut|peuvent|pourra|pourront|saurait|sauraient|cesse|cessent|ose|osent)\s+(?!pas|plus|jamais|rien|guère|aucun)\p{L}+|interdit|interdite|interdits|interdites|défendu|défendue`,
    prohibition: String.raw`(?:ne\s+|n['’])(?:doit|doivent|devez|peut|peuvent|pouvez|faut|\p{L}+ez)\s+(?:\p{L}+\s+)?(?:pas|jamais)|interdit\p{L}*|défendu\p{L}*`,
    // A condition ("si ... ne ... pas") is said either way; "non seulement" adds; "pas plus de 10" is a limit (the limits check).
    expletive: String.raw`(?:si|s['’]il|s['’]ils|lorsque|quand|sauf\s+si|à\s+moins\s+qu['’]?e?)\s*(?:\p{L}+['’]?\s*){0,4}(?:ne|n['’]\p{L}+)\s+(?:\p{L}+\s+){0,2}pas|non\s+seulement|pas\s+(?:plus|moins)\s+(?:de|d['’]|que|tard|tôt)|ne\s+(?:\p{L}+\s+){0,2}plus\s+(?:de|d['’]|que)|(?:ne|n['’]\p{L}+)\s+(?:\p{L}+\s+){0,2}pas\s+(?:plus|moins)`,
    any: String.raw`ne|n['’]\p{L}+|n['’](?=\s)|pas|jamais|aucun\p{L}*|rien|ni|sans|non|nul\p{L}*|interdit\p{L}*|défendu\p{L}*|impossibl\p{L}*|incapabl\p{L}*|évit\p{L}*|empêch\p{L}*|refus\p{L}*|exclu\p{L}*|invalide\p{L}*|incorrect\p{L}*|inappropri\p{L}*|inconnu\p{L}*|sauf|hors|exempt\p{L}*|gratuit\p{L}*|dispens\p{L}*|prohib\p{L}*|manqu\p{L}*`,
    particles: String.raw`ne|n['’]\p{L}+|pas|jamais|rien|ni|aucun\p{L}*`,
    bounds: {
      before: { negated: "avant|tant|jusqu['’]à", plain: String.raw`après|dès|une\s+fois|seulement\s+après|qu['’]après` },
      above: {
        negated: String.raw`dépass\p{L}*|excéd\p{L}*|plus|supérieur\p{L}*`,
        plain: String.raw`au\s+plus|au\s+maximum|maximum|jusqu['’]à|limité\p{L}*|plafonné\p{L}*`,
      },
      below: { negated: String.raw`moins|inférieur\p{L}*`, plain: String.raw`au\s+moins|au\s+minimum|minimum` },
    },
  },
  // "de" and "à partir de" are left out ("de 5 à 10" is a range, "à partir de" from).
  limits: {
    upper: [
      ...["jusqu’à", "jusqu'à", "au plus", "au maximum", "maximum", "moins de", "pas plus de", "ne dépassant pas"],
      // A job posting's "déplacements pouvant atteindre 10 %" (stranger 250).
      ...["pouvant atteindre", "pouvant aller jusqu'à", "pouvant aller jusqu’à"],
      ...["n’excédant pas", "n'excédant pas", "avant", "sous", "dans un délai de", "inférieur à", "inférieure à", "inférieurs à"],
      ...["inférieures à", "en dessous de", "au plus tard le"],
      // Elided before "au" ("un mot de passe d'au moins 8 caractères"): the tokens keep "d'au" whole.
      ...["d'au plus", "d’au plus", "d'au maximum", "d’au maximum"],
    ],
    lower: [
      ...["au moins", "au minimum", "minimum", "plus de", "pas moins de", "supérieur à", "supérieure à", "supérieurs à"],
      ...["supérieures à", "au-delà de", "au-dessus de", "après", "au plus tôt le"],
      ...["d'au moins", "d’au moins", "d'au minimum", "d’au minimum"],
    ],
    deadlines: ["d’ici", "d'ici"],
    upperAfter: ["ou moins", "au plus", "au maximum", "au plus tard"],
    lowerAfter: ["ou plus", "au moins", "au minimum", "au plus tôt"],
    negations: ["ne", "pas", "jamais", "non", "ni"],
    clauseOpeners: ["si", "lorsque", "quand", "qui", "que", "dont", "où", "parce", "car", "sauf"],
  },
  dates: {
    months: [
      ["janvier"],
      ["février", "fevrier"],
      ["mars"],
      ["avril"],
      ["mai"],
      ["juin"],
      ["juillet"],
      ["août", "aout"],
      ["septembre"],
      ["octobre"],
      ["novembre"],
      ["décembre", "decembre"],
    ],
    monthAbbreviations: [["janv"], ["févr", "fév", "fevr"], [], ["avr"], [], [], ["juil"], [], ["sept"], ["oct"], ["nov"], ["déc", "dec"]],
    capitalisedMonths: false,
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    weekdayForms: [["lundis"], ["mardis"], ["mercredis"], ["jeudis"], ["vendredis"], ["samedis"], ["dimanches"]],
    weekdayAbbreviations: [["lun"], ["mar"], ["mer"], ["jeu"], ["ven"], ["sam"], ["dim"]],
    yearMarker: "(?!)",
    dayJoiners: "et|ou|au",
    dayOf: "(?!)",
    slashOrders: ["dmy"],
  },
};
