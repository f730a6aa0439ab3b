/**
 * What sverka knows about one language: written once as data (`LanguageData`,
 * the shape of bg.ts, en.ts and generic.ts), and read by the pipeline as a
 * profile (`LanguageProfile`: the same fields, word lists as sets, plus the
 * functions built from the data). The segmenter and the scorer read only the
 * profile; adding a language means adding a data module, never an
 * `if (lang === ...)` in the pipeline.
 */

/** The abbreviation lists. Each abbreviation is in one of them at most: which one says how it is read. */
export const ABBREVIATION_LISTS = [
  "nonFinalAbbreviations",
  "unitOrNonFinalAbbreviations",
  "numberPrefixAbbreviations",
  "finalAbbreviations",
  "qualifierAbbreviations",
  "clockAbbreviations",
] as const;

/** The word lists: arrays in a language's data, sets in its profile. */
export const WORD_LISTS = [
  ...ABBREVIATION_LISTS,
  "nameInitials",
  "labelWords",
  "noteWords",
  "sentenceStarters",
  "speechVerbs",
  "danglingWords",
  "capitalisedWords",
  "clockContinuations",
  "nameQualifiers",
  "ordinalArticles",
  "personTitles",
  "academicTitles",
  "namingAbbreviations",
  "acronymAbbreviations",
  "streetWords",
  "endingPhrases",
  "headingWords",
] as const;

export type WordList = (typeof WORD_LISTS)[number];

/** A language's data as written in its module. */
export interface LanguageData {
  /** ISO 639-1 primary subtag, lowercase. */
  readonly code: string;
  /** English name, for messages. */
  readonly name: string;
  /**
   * Abbreviations (lowercase, without the final dot) after which a sentence
   * never ends: titles, "ул.", "e.g.". One written as two words has a single
   * space ("z. b" of German "z. B.").
   */
  readonly nonFinalAbbreviations: readonly string[];
  /**
   * Abbreviations that are a unit after a number and something else
   * elsewhere: after a number they may end a sentence, as `finalAbbreviations`
   * do ("200 гр. Сиренето", grams); elsewhere never ("в гр. Пловдив", a town).
   */
  readonly unitOrNonFinalAbbreviations: readonly string[];
  /**
   * Abbreviations that do not end a sentence before a number ("No. 5",
   * "№ 12") but may otherwise. (A final abbreviation never ends one before a
   * number either: "15 ч." needs no entry here.)
   */
  readonly numberPrefixAbbreviations: readonly string[];
  /**
   * Abbreviations that can end a sentence ("2024 г.", "Inc.", "a.m."): they end
   * one only when a capitalised word or the end of the paragraph follows.
   */
  readonly finalAbbreviations: readonly string[];
  /**
   * Abbreviations that usually qualify the name after them ("U.S. President",
   * "9 a.m. Eastern time"): they end a sentence only before a sentence starter.
   */
  readonly qualifierAbbreviations: readonly string[];
  /**
   * Of `qualifierAbbreviations`, those standing before a person's name (Bulgarian "ред.", an editor: "ред. Г. Георгиев",
   * "Гл. ред. Иван Иванов"), and as often a word ending its sentence ("на първия ред. Всичко под него"): they end one
   * before a capitalised word unless an initial or a name of two capitalised words follows.
   */
  readonly nameQualifiers?: readonly string[];
  /**
   * A person's titles before a name ("г-н", "д-р", "Mr", "Dr", "Herr", "Mme"), lowercase without the dot: a surname of the
   * language after one ("г-н Димитров", "Ms Ivanova") is a person's, named alone as news and letters name them after the
   * first time, and judged as a first name and a surname are (checks/romanized.ts).
   */
  readonly personTitles?: readonly string[];
  /**
   * A person's academic and professional titles ("доц.", "д-р", "инж."; "Prof.", "Dr", "Eng."), lowercase without the
   * dot, with the words that say them in full ("доцент", "professor", "lecturer"): a title the source gives a person and
   * the translation nowhere is a title left out (a diploma supplement's, a catalogue's; checks/titles.ts).
   */
  readonly academicTitles?: readonly string[];
  /**
   * Abbreviations that name what follows in quotes (Bulgarian "в." of a newspaper: "в. „Култура“"), lowercase without the
   * dot: before an opening quote mark their dot ends no sentence, whatever list they are in ("в." is also a century).
   */
  readonly namingAbbreviations?: readonly string[];
  /**
   * Abbreviations whose dot ends no sentence before an acronym, lowercase without the dot: Bulgarian "сл." of "и сл." (and
   * the following) before a law's ("чл. 274 и сл. ГПК", stranger 124).
   */
  readonly acronymAbbreviations?: readonly string[];
  /**
   * Words of an address beside its house number ("бул.", "ул.", "№", "Blvd", "Street", "Straße", "rue"), lowercase
   * without the dot: languages write the house number and the postcode in other orders ("25 Tsar Boris III Blvd, 1612
   * Sofia" / "гр. София 1612, бул. „Цар Борис III“ № 25"), and numbers beside them trade places rightly (checks/swapped.ts).
   */
  readonly streetWords?: readonly string[];
  /**
   * Words before a settlement's name, as written, their dot too ("с.", "село"): the name after them is written as it
   * sounds, as a street's in quotes is ("с. Брестовец" / "Brestnik", another village; stranger 142).
   */
  readonly settlementWords?: readonly string[];
  /**
   * Words before an ordinal written as a number and a dot, in a language that writes ordinals so (`DateData.ordinalDays`):
   * German "der 2. Schritt", "im 19. Jh.": the number's dot ends no sentence after one of them (lowercase).
   */
  readonly ordinalArticles?: readonly string[];
  /**
   * A clock's half of the day ("a.m.", "p.m."): a sentence ends after one before a capitalised word, unless the word
   * goes on with the time (`clockContinuations`): "The shop closes at 6 p.m. Employees must leave" is two sentences,
   * "9 a.m. Eastern time" one.
   */
  readonly clockAbbreviations: readonly string[];
  /**
   * Words that go on with a time after `clockAbbreviations` (lowercase): time zones ("eastern", "et", "gmt"), next
   * or after one word ("5 p.m. Sofia time"). The language's weekdays and months are added to them ("5 p.m. Monday").
   */
  readonly clockContinuations: readonly string[];
  /**
   * Abbreviated first names longer than one letter ("Ив." Вазов, "Хр." Ботев),
   * lowercase without the dot. Read only when capitalised and followed by a
   * capitalised word that is not a sentence starter, so a word here may also
   * be in an abbreviation list with another meaning ("ст." stotinki, "Ст." Stefan).
   */
  readonly nameInitials: readonly string[];
  /**
   * The ending of a capitalised word that is never a surname, as a regex
   * source (Bulgarian's definite article, "Индикаторът"): after a capital
   * letter and its full stop, such a word opens a sentence ("бисфенол А.
   * Индикаторът светва"), where a surname would make the letter an initial
   * ("А. Иванов"). Without it, only a sentence starter does.
   */
  readonly notSurnameEnding?: string;
  /**
   * Words that open a numbered label ("Чл. 1.", "Art. 5.", "Step 2.",
   * "Глава 3."), lowercase without a dot. A label that opens a segment stays
   * with the text after it; one that opens a line starts a new unit.
   */
  readonly labelWords: readonly string[];
  /**
   * Words that name a figure or a table ("фиг", "фигура", "fig", "figure", "table"), lowercase without a dot: a panel's
   * letter after its number ("Фиг. 2Б", "Fig. 2B") is compared by its place in the alphabet (checks/panels.ts).
   */
  readonly figureWords?: readonly string[];
  /**
   * Words of an address before a number with a letter or before a letter alone ("бл. 521А", "вх. Б", "block 521A",
   * "entrance B"), lowercase without a dot: the letter is compared as the panels' are, or as transliterated
   * (checks/lettered.ts).
   */
  readonly addressLetterWords?: readonly string[];
  /**
   * Words of a legal or technical reference followed by a letter or a Roman figure ("point (b)", "Annex II", "буква в)",
   * "приложение III"), lowercase without a dot: the letter is compared by its place in its alphabet, the figure by its
   * value (checks/references.ts).
   */
  readonly referenceWords?: readonly string[];
  /**
   * Families of numbered standards by a name common to all languages, with the abbreviations the language writes them
   * with ("IFRS": "МСФО"; "IAS": "МСС"): "МСФО 16" is IFRS 16, Leases, and "IAS 16" another standard (checks/standards.ts).
   */
  readonly standards?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that open an editor's note in brackets before a provision's text
   * ("(Изм. - ДВ, бр. 41 от 1998 г.) Текст", "(Amended, SG No. 41/1998)"),
   * lowercase without the dot. Such a note at a segment's start, alone or
   * after a label ("(2)", "Чл. 5."), stays with the text after it.
   */
  readonly noteWords: readonly string[];
  /** Words that often open a sentence ("The", "However", "Това"), for the ambiguous cases above; lowercase. */
  readonly sentenceStarters: readonly string[];
  /** Verbs of saying: `"...ready?" CNN reported.` is one sentence; lowercase. */
  readonly speechVerbs: readonly string[];
  /**
   * Words opening what a verb of saying reports ("that", "че"), lowercase: `"I am coming." Farage said that he would come.`
   * is two sentences, the second's speaker no attribution of the quote (stranger 189).
   */
  readonly reportedSpeech?: readonly string[];
  /**
   * Capitalised words no sentence opens with (lowercase): the polite clitic "Ви" of a letter ("... от 14.03.2027 г. Ви
   * уведомяваме", stranger 187) goes on from an abbreviation's dot before it.
   */
  readonly neverOpening?: readonly string[];
  /** Words a sentence hardly ever ends on (articles, conjunctions, prepositions): a translation that does was likely cut; lowercase. */
  readonly danglingWords: readonly string[];
  /**
   * Two words that end a sentence rightly though the last is a dangling one: a preposition a phrase leaves at the end
   * ("in front of.", "afraid of.", "ashamed of."); lowercase, one space between.
   */
  readonly endingPhrases?: readonly string[];
  /** Words written with a capital anywhere in a sentence that are not names ("I", "I'm"), lowercase. */
  readonly capitalisedWords: readonly string[];
  /**
   * Short words of the language (four letters at most) that a text in capitals writes and no acronym is: prepositions,
   * modals, auxiliaries ("MAY RESULT IN", "МОЖЕ ДА ДОВЕДЕ ДО"; stranger 262: a warning in capitals read as names). Lowercase.
   */
  readonly headingWords?: readonly string[];
  /**
   * A name's definite article and what its bare form ends in instead, lowercase ("ята" for "я": "Джумаята" is the square
   * "Джумая", written "Dzhumaya" in a translation; stranger 141).
   */
  readonly nameArticles?: readonly (readonly [article: string, bare: string])[];
  /**
   * The language capitalises every noun (German: "das Gehäuse", and the pronoun "Sie"): a capital inside a sentence
   * is no sign of a name. A word is read as a name there only when the other side's text also writes it capitalised
   * inside a sentence, when it is in capitals or holds a figure, or when it is a known name.
   */
  readonly capitalisesNouns?: boolean;
  /** The language writes compound nouns as one word ("Betriebsdruck"): a termbase's term may stand inside one (checks/terms.ts). */
  readonly compounds?: boolean;
  /**
   * Words elided before an apostrophe and joined to the next ("l", "d" of French "l’art.", "d’env."), lowercase: the word
   * before a dot is read without them when abbreviations are looked up.
   */
  readonly elisions?: readonly string[];
  /** The decimal separator of numbers written in this language. */
  readonly decimalSeparator: "." | ",";
  /** Suffixes of ordinal numbers after the digits ("24-та", "24th"), as a regex source. */
  readonly ordinalSuffix: string;
  /**
   * Words after a clock time, as regex sources: before noon, after noon, on a
   * 24-hour clock. The 24-hour marker makes a time only with minutes ("15:00 ч.").
   */
  readonly timeMarkers: {
    readonly am: string;
    readonly pm: string;
    readonly h: string;
    /**
     * A marker written after a whole hour or between the hour and its minutes, making a time of them ("10 h 30", "10h30",
     * "14 h"; "14 Uhr"), as a regex source. Without it, only the forms above are times.
     */
    readonly hour?: string;
    /**
     * Where a whole hour with the `hour` marker is a time, as a regex source of a look-around read before its number
     * ("à 14 h", but "48 h" is a span of hours): without it, every one is.
     */
    readonly wholeHour?: string;
    /** The words naming 0:00 (24:00) and 12:00, as regex sources of a word's start ("полунощ", "noon|midday"): a time one side names so is the other's figures. */
    readonly midnight?: string;
    readonly noon?: string;
  };
  /** Words that multiply the number before them ("2 млн.", "25 thousand"), as regex source -> factor. */
  readonly magnitudes: ReadonlyArray<readonly [pattern: string, factor: number]>;
  /**
   * Letters glued to an amount of money that multiply it ("€865.9m", "EUR 44m", "$50k", "865.9m euros"), lowercase, with
   * their factor: read only where a currency stands right before the number or right after the letter; elsewhere
   * "5m" is five metres.
   */
  readonly moneyMagnitudes?: Readonly<Record<string, number>>;
  /** Of `moneyMagnitudes`, the letters that multiply a count before its word too ("10k files"), lowercase, with their factor. */
  readonly countMagnitudes?: Readonly<Record<string, number>>;
  /**
   * The language's words for currencies and units after a number ("100 лв.",
   * "5 километра", "50 per cent"), by canonical code (the codes of
   * `UNIT_SYMBOLS` in units.ts: "BGN", "EUR", "km", "percent"...), lowercase,
   * every inflected form, abbreviations without their dot, phrases with single
   * spaces ("щатски долара"). Symbols and codes shared by all languages
   * ("€", "km", "%") are in units.ts.
   */
  readonly units: Readonly<Record<string, readonly string[]>>;
  /** Words joining two numbers that share the unit after the second ("5 и 10 км", "200 and 400 metres"), lowercase. */
  readonly unitJoiners: readonly string[];
  /**
   * How a range of two numbers is written in words: the word before the first number and the word between the two
   * ("от 2 до 52", "между 2,5 и 4,8"; "from 2 to 52", "between 2.5 and 4.8"), lowercase. A range written with a dash
   * ("2–52") needs none. An empty first word: the word between alone makes a range ("aged 6 to 11 years").
   * A translation that writes a range the other way round is flagged (checks/swapped.ts).
   */
  readonly rangeWords?: readonly (readonly [string, string])[];
  /** Suffix that makes a round number a decade ("80-те", "1980s"), as a regex source. */
  readonly decadeSuffix: string;
  /** Legacy 8-bit encodings the language's files come in, most common first (iconv names). */
  readonly legacyEncodings: readonly string[];
  /**
   * The scripts the language is written in (Unicode Script property values:
   * "Cyrillic", "Latin", "Greek", "Han"...). A decoding whose letters are
   * mostly in other scripts is a wrong one. Empty: not known, not checked.
   */
  readonly scripts: readonly string[];
  /**
   * About how many characters a text in this language takes where English takes 1 (bg 1.09: NTREX's news). Two
   * languages' values give the length ratio their pair is expected near; read only where a pair's own ratio is far
   * from it and its anchors say none (a short translation that left most of its source out: `firstModel`). None
   * known: the pair's own ratio, as ever.
   */
  readonly relativeLength?: number;
  /**
   * Inflected forms the language's stemmer cannot bring to their word's stem, each with the form that it can: English's
   * irregular verbs ("given": "give", "frozen": "freeze"), so that a passive ("The medicine will be given") meets the
   * lexicon's verb where the negation check asks for it (`baseStem`). Lowercase. The aligner's evidence stems words as
   * Snowball does: stemmed so everywhere, they moved NTREX's held-out links (0.986 → 0.984 strict F1).
   */
  readonly irregularForms?: Readonly<Record<string, string>>;
  /**
   * The words of a food label's allergens and their traces, as a regular expression's source (case aside): the
   * contrasts' class `traces` (may contain or contains) is compared only in a sentence that names one. A story's "the
   * report may contain errors" / "докладът съдържа грешки" is no allergen statement (held-out news: 20 false flags).
   */
  readonly allergenWords?: string;
  /** Prefixes of a verb done again ("re" of "refreeze", "reconnect"), lowercase: the negation check reads the verb in it. */
  readonly againPrefixes?: readonly string[];
  /**
   * The substances a laboratory measures (`MOLAR_MASSES` of src/lang/analytes.ts, by its keys), each by the words that
   * name it, lowercase, matched at a word's start ("глюкоз" of "глюкоза", "glucose"): a concentration in mass and one in
   * moles of a substance named convert by its molar mass ("160 mg/dl" of glucose is "8.9 mmol/l").
   */
  readonly analytes?: Readonly<Record<string, readonly string[]>>;
  /**
   * The letters of the language's alphabet, lowercase, if it has a fixed one.
   * Many letters of its script outside it (Serbian "ђ" in Bulgarian) mean the
   * wrong code page of that script was used.
   */
  readonly alphabet?: string;
  /**
   * The language's most frequent words, lowercase, to tell a text in it
   * (language identification): in a text of the language they are a large
   * share of the words, in another language of the same script a small one.
   * None known: only the script is checked.
   */
  readonly frequentWords?: readonly string[];
  /** Letter-by-letter transliteration table to Latin script, if the script is not Latin. */
  readonly transliteration?: Readonly<Record<string, string>>;
  /**
   * Letter groups romanised otherwise at the end of a word, for names
   * (`romanize`): Bulgarian "ия" is "ia" there (София, Sofia), as the
   * Streamlined System (the Transliteration Act, 2009) says.
   */
  readonly romanizationEndings?: Readonly<Record<string, string>>;
  /**
   * Numbers written out as words ("пет", "five", every gendered or inflected
   * form), lowercase, with their value: the numbers check counts them as the
   * digits a translation may write instead. Tens and units joined by
   * `numberWordJoiner` or a hyphen are added up ("двадесет и пет", "twenty-five").
   */
  readonly numberWords?: Readonly<Record<string, number>>;
  /**
   * Fractions said in words ("one third", "две трети", "three quarters"): a numerator word (`numerators`, "a" and
   * "една" one) right before a denominator's form (`denominators`, lowercase: "thirds" 3), or a half said alone
   * (`halves`: "half", "половината"). A denominator with no numerator before it is an ordinal ("third parties",
   * "трети страни"), no fraction. The fractions check compares them.
   */
  readonly fractions?: {
    readonly numerators: Readonly<Record<string, number>>;
    readonly denominators: Readonly<Record<string, number>>;
    readonly halves?: readonly string[];
    /** A quarter said alone, before what it is a quarter of ("четвърт чаша"), lowercase: 1/4 (stranger 279). */
    readonly quarters?: readonly string[];
    /**
     * Numerators that are the language's article ("a", "an"): before a denominator and a word, an ordinal ("a third
     * adult"), unless that word is one of `followers`, which a fraction takes ("a third of", "a third more").
     */
    readonly articles?: readonly string[];
    readonly followers?: readonly string[];
  };
  /**
   * Endings of the language's surnames ("-ов", "-ева", "-ски"), lowercase: a
   * name of two or more words with one of them ("Петър Христов") is a person of
   * the language, whose name a translation must carry (the names check).
   */
  readonly surnameEndings?: readonly string[];
  /**
   * Of `surnameEndings`, those a place's or a thing's adjective ends with as often ("-ски": "Тихоокеански", "Балкански"):
   * a word with one is read as a surname beside a first name only, never alone.
   */
  readonly adjectiveSurnameEndings?: readonly string[];
  /**
   * A surname's endings for a woman and for a man ("-ова" and "-ов", "-ска" and "-ски"), lowercase: the form of a
   * person's surname says who is meant, and a translation that gives the other ("Stoyanov" for "Стоянова") names
   * another person (the surnames check).
   */
  readonly surnameGenders?: ReadonlyArray<readonly [female: string, male: string]>;
  /**
   * The legal forms written after a firm's name ("„Домотех“ ООД", "Acme Ltd"), as written: a name in quotes
   * before one is a firm's, which a translation carries, spelt its way ("Domotech Ltd"), not replaced.
   */
  readonly companyForms?: readonly string[];
  /**
   * Nouns of places that a quoted name follows ("хотел „Царевец“", "ресторант „Дядо Либен“"), lowercase: the name is the
   * venue's own, carried as a firm's is (a group sent to another hotel is the costliest error of a tour's programme).
   */
  readonly venueWords?: readonly string[];
  /** The language's word for a software version before its number ("версия 5", "version 5"), lowercase: "v5" said so. */
  readonly versionWords?: readonly string[];
  /**
   * Words a hyphen joins to the next as part of it ("по-долу", "най-добре"; "self-employed", "well-known"),
   * lowercase: where a hard-wrapped line ends on one of them and a hyphen, the hyphen is the word's own
   * (src/segment/hyphens.ts); after any other word it is the line's, and goes.
   */
  readonly hyphenPrefixes?: readonly string[];
  /** Number words read only as the units after tens ("тридесет и едно", "thirty-one"): alone they are other words ("един човек", "one of them"). */
  readonly compoundUnits?: Readonly<Record<string, number>>;
  /** The word between tens and units of a number written out ("двадесет и пет"), lowercase. */
  readonly numberWordJoiner?: string;
  /** The words after the joiner that add a half to a number written out ("two and a half million", "два и половина милиона"), lowercase. */
  readonly numberHalf?: readonly string[];
  /**
   * Words that open "a year and a half" ("a", "an", "one"; "една", "един", "едно"), lowercase: before a unit word
   * (`units`) and the joiner and `numberHalf`, they say one and a half of that unit ("18 месеца" is "a year and a half").
   */
  readonly halfUnitOpeners?: readonly string[];
  /**
   * Units of time that say one and a half of themselves before "and a half" with no opener, lowercase: "година и
   * половина" (a year and a half), "час и половина" (stranger 296: "18 months" was a number in the translation only).
   */
  readonly halfUnitWords?: readonly string[];
  /**
   * The word "one" of the language ("one"; "един", "една", "едно"), lowercase: before a unit word of time (`units`) it
   * is one of it ("one week" is 7 days, "14 дни" / "one week" a span converted wrongly). Alone it is read as no number.
   */
  readonly oneWords?: readonly string[];
  /**
   * The word "half" of the language before a unit of time, with the articles that may stand between ("половин час",
   * "half an hour"), lowercase: half of that unit ("30 минути" is "half an hour").
   */
  readonly halfWords?: { readonly words: readonly string[]; readonly articles: readonly string[] };
  /**
   * Quarters said before a unit of time, lowercase, words space-separated, with their share of it: "четвърт" 0.25 ("на
   * всеки четвърт час", every 15 minutes), "three quarters of an" 0.75 ("three quarters of an hour", 45 minutes).
   */
  readonly quarterWords?: Readonly<Record<string, number>>;
  /**
   * Hours and a fraction of one said in words, as a regular expression's source: group 1 the hours in figures, if any
   * (none: one), group 2 the fraction's word, a key of `hourFractionWords` ("час и четвърт", "4 часа и половина", "an
   * hour and a quarter", "2 and a half hours"; stranger 279: "1 hour 15 minutes" / "час и четвърт" was a warning).
   */
  readonly hourFractions?: string;
  /** The fractions' words of `hourFractions`, lowercase, with their share of an hour. */
  readonly hourFractionWords?: Readonly<Record<string, number>>;
  /**
   * Words right before an amount that make it a change of one, lowercase, words space-separated ("by", "difference
   * of"; "с", "разлика от"): a change of temperature converts by its factor alone ("rises by 10 °C (18 °F)").
   */
  readonly changeBy?: readonly string[];
  /**
   * The phrases that say how often, by period, lowercase, words space-separated: after an amount they say per what
   * ("3 % годишно", "3% per annum"; "2 таблетки 3 пъти дневно", "3 times a day"). An amount per year on one side
   * and per month on the other is another amount (`periods` check). A limit of liability's basis too: each event
   * ("за едно събитие", "per occurrence") or the whole term in aggregate ("за целия срок на застраховката", "in the aggregate").
   */
  readonly periods?: Readonly<Partial<Record<"day" | "week" | "month" | "quarter" | "year" | "event" | "term", readonly string[]>>>;
  /**
   * The word "once" of the language and the frequencies it is read before ("a day", "per week", "daily"; "дневно",
   * "на ден"), lowercase, a frequency's words space-separated: there it is 1, as "twice" is 2 ("once a day" / "два пъти
   * дневно" is a dose doubled). Elsewhere it is no number: "once paid", "веднъж щом".
   */
  readonly onceWords?: {
    readonly words: readonly string[];
    readonly frequencies: readonly string[];
    /**
     * A frequency's last word that counts months, and how many: "once a quarter" is "every 3 months", so there "once"
     * is 3 ("every 3 months" / "веднъж на тримесечие" is no number changed; stranger 338).
     */
    readonly months?: Readonly<Record<string, number>>;
  };
  /**
   * A ranking's "the first ten" said with a collective numeral ("първата десетка", "първите трима" is otherwise read):
   * the words for "first" before it, and each collective's value. The phrase is its collective's number ("top 10"),
   * the ordinal none of its own.
   */
  readonly rankings?: { readonly first: readonly string[]; readonly collectives: Readonly<Record<string, number>> };
  /**
   * Phrases opening with a number word that say no number ("първа необходимост": essential; "first of all"), lowercase,
   * their words joined by one space: their number word is not read (stranger 118: "стоки от първа необходимост" was
   * named the source's number beside a changed "6 часа").
   */
  readonly numberIdioms?: readonly string[];
  /**
   * Phrases right after a number that say a rate of it, no number of their own, lowercase: a news item's "0,6 на сто" (per
   * cent; stranger 130: "сто" was quoted as a number left out).
   */
  readonly rateAfterNumber?: readonly string[];
  /**
   * Short pronouns a phrase takes inside it, lowercase ("фирмения си файл", "your company file"): passed over when a
   * termbase's phrase is looked for in a translation (stranger 126).
   */
  readonly clitics?: readonly string[];
  /**
   * A legal reference's label words by what they number, lowercase without a dot ("чл": "article", "ал": "paragraph", "т":
   * "point"; "art", "para", "item"), the kinds named alike in every language: "чл. 328, ал. 1, т. 2" translated "Art. 328,
   * para. 2, item 1" swapped its paragraph and point, the same figures (stranger 122).
   */
  readonly referenceKinds?: Readonly<Record<string, string>>;
  /**
   * Phrases that say a number of times without a number word, lowercase, their words joined by one space, with the number:
   * a leaflet's "сутрин и вечер" (morning and evening) is twice a day (stranger 116: "one tablet twice daily" / "по 1 таблетка
   * сутрин и вечер" paired the tablet's 1 with "twice").
   */
  readonly numberPhrases?: Readonly<Record<string, number>>;
  /**
   * Words before an hour in words that add to it, lowercase, joined by one space ("half past": 0.5, "quarter past": 0.25):
   * "half past eleven" is 11.5, as "единайсет и половина" is (stranger 208's subtitles).
   */
  readonly clockFractions?: Readonly<Record<string, number>>;
  /**
   * Words after an hour written in figures that add to it or take from it, lowercase, joined by one space ("и половина":
   * 0.5, "без четвърт": -0.25): "в 7 и половина" is "half past seven", "в 8 без четвърт" "a quarter to eight" (stranger 345).
   */
  readonly clockAfterHour?: Readonly<Record<string, number>>;
  /**
   * Abbreviations a dosing scheme's count takes ("1х1 т.": one tablet once a day), lowercase without the dot, with the unit
   * they are there ("tablet"), where elsewhere they are another ("т." is a tonne; stranger 128).
   */
  readonly schemeUnits?: Readonly<Record<string, string>>;
  /**
   * A span of time said as one compound adjective, a number's prefix before a unit's stem and an adjective's ending
   * ("двуседмичен срок": two weeks, "едномесечно предизвестие": a month's notice), lowercase: read as the number with its
   * unit (stranger 124: "в двуседмичен срок" / "within one week" passed). Units as the units check names them ("week").
   */
  readonly numberCompounds?: {
    readonly prefixes: Readonly<Record<string, number>>;
    readonly units: Readonly<Record<string, string>>;
    readonly endings: readonly string[];
  };
  /**
   * The quarters of a year in words, first quarter first, every form in lowercase, words space-separated ("третото
   * тримесечие", "the third quarter" as "third quarter"): the same quarter as "Q3" and "III тримесечие", another one
   * an error of the numbers. A count ("три тримесечия", "three quarters") is none.
   */
  readonly quarters?: readonly (readonly string[])[];
  /** The halves of a year in words, as `quarters` ("първото полугодие", "first half"): the same half as "H1". */
  readonly halfYears?: readonly (readonly string[])[];
  /**
   * The word after a place that names its local time, lowercase ("15:00 Sofia time", "10 ч. българско време"): a place
   * named so may be translated as its country's time, and is no name left out.
   */
  readonly localTime?: string;
  /**
   * Phrases saying a time is Bulgaria's, lowercase ("българско време", "bulgarian time", "eet"): a wire's "1230 GMT" is
   * said so two or three hours later (winter, summer; stranger 130).
   */
  readonly bulgarianTime?: readonly string[];
  /** How dates are written with month names; without it, only numeric dates are read ("15.03.2024", "2024-03-15"). */
  readonly dates?: DateData;
  /**
   * A date opening a sentence, up to the final abbreviation's dot ("На 2 април 2025 г.", "През 2024 г."), as a
   * regex source read from the sentence's start (single spaces stand for any space): no sentence ends there, as
   * a preposition and a date are no sentence, whatever capital follows ("„Термосистеми“ откри...", "Министерството...").
   */
  readonly dateOpening?: string;
  /** How the language says no; without it, negations are not compared. */
  readonly negation?: NegationData;
  /** The words that make a number a limit ("не повече от 10", "at least 10"); without them, limits are not compared. */
  readonly limits?: LimitData;
  /**
   * How a translator's note opens in this language, lowercase ("translator's note", "бел. прев."): a sentence that
   * opens so is the translator's, not a translation of the sentence it is linked with.
   */
  readonly translatorNotes?: readonly string[];
  /**
   * How a certified translation's closing statement opens, lowercase ("i, the undersigned", "долуподписаната"): sentences
   * the translation adds at its end from one that opens so on are the translator's certification, no translation left
   * unaligned.
   */
  readonly translatorCertifications?: readonly string[];
  /**
   * A document's seal or signature marks as a line of their own, lowercase ("печат", "м.п.", "/подпис/"; "seal", "l.s."):
   * a certified translation describes them in brackets instead ("[Round seal reading: ...]"; stranger 337).
   */
  readonly sealMarks?: readonly string[];
  /**
   * Words saying that something grew or shrank, in lowercase, a final "*" for any ending ("нарасн*", "rose"; "намал*",
   * "fell"), a final "#" for a word that says so only right before a number ("up#": "up 4.3%"), a final "@" only right
   * after one ("по-малко@": "с 4,3% по-малко"), a final "~" only with a figure right after it or a word after that
   * ("забави~": "се забави до 3,7%", not "забави гласуването"): a sentence saying only one way, translated saying only the other,
   * reversed the change. Without them, directions are not compared.
   */
  readonly directions?: {
    readonly up: readonly string[];
    readonly down: readonly string[];
    /** The word of a change's size ("с", "by"): a `word@` says its way before it and a figure too ("по-ниски с 11,9 %"). */
    readonly by?: readonly string[];
  };
  /**
   * Terms that exclude each other, by class and member, the ids shared by every language ("severity": "severe",
   * "mild"; "route": "subcutaneous", "intravenous"), each member's words in lowercase, a final "*" for any ending, a
   * phrase's words joined by one space: a sentence naming one member of a class, translated naming another and not
   * it, changed what it says ("тежка астма" / "mild asthma", "подкожно" / "intravenously"). Without them, nothing is
   * compared (checks/contrasts.ts).
   */
  readonly contrasts?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /**
   * Every word a rendering of a sum's multiple (`contrasts.multiple`: double, triple, quadruple) may use, lowercase, "*"
   * for any ending: "doubl*", "twice", "two", "2". A translation with none of them left the multiple out ("капарото в
   * двоен размер" / "the deposit": half of what the law says is owed; stranger 368).
   */
  readonly multipleWords?: Readonly<Record<string, readonly string[]>>;
  /**
   * Forms of the class cost's free that also mean available, lowercase ("free" of "500 MB of free disk space"): they say
   * free of charge, for `freeLeftOut`, only before a clause's end or one of the words `after` ("Parking is free.", "free
   * for guests").
   */
  readonly freeAlsoAvailable?: {
    readonly words: readonly string[];
    readonly after: readonly string[];
    /** Verbs after "free to" that make it liberty, no price ("free to withdraw"), lowercase. */
    readonly liberty?: readonly string[];
  };
  /**
   * The words around a label's term of `contrasts` (a frequency) that make it said of a thing, as a leaflet says it, not
   * a story's "рядка гледка" / "uncommon sight": `copulas` right before it ("Nausea is common", "са редки"), `nouns`
   * right after it ("a common side effect", "рядка нежелана реакция"), lowercase, a phrase's words joined by one space.
   */
  readonly termWords?: { readonly copulas: readonly string[]; readonly nouns: readonly string[] };
  /**
   * How the language lists things in a sentence (checks/lists.ts): `joiners`, the words that join the last item
   * ("и", "или"; "and", "or"), and `clauseOpeners`, lowercase words that open a clause or a verb's phrase, never an
   * item ("че", "ще", "that", "will"): "каза, че ще дойде и ще помогне" lists nothing. Without them, lists are not
   * compared. `prepositions`, lowercase: the last two items joined after one of them, where no item before opens with
   * one, are one item ("„Витоша Имоти“ ЕООД, ЕИК 204512378, със седалище и адрес на управление..." lists three).
   */
  readonly lists?: {
    readonly joiners: readonly string[];
    /**
     * The joining words of alternatives, which a negation before them carries on ("do not immerse or sterilise"), unlike
     * "and" ("do not immerse and sterilise": the second verb said plainly, or both under one "not"), lowercase.
     */
    readonly alternatives?: readonly string[];
    readonly clauseOpeners: readonly string[];
    /**
     * Lowercase phrases that open a list after the noun it names ("ремонти, свързани с ползването, като смяна на
     * крушки, уплътнения и батерии": three items; "damage caused by misuse, dropping or limescale"): the items begin
     * after the last one in a clause.
     */
    readonly introducers?: readonly string[];
    /**
     * A word that introduces the list when it opens an item after the noun it names, as a regex source matched on the
     * lowercase word: a participle ("проблеми, засягащи човешките права, свободата на медиите и ..." lists three).
     * Only where one item alone opens so: items that all open with one are the list ("reading books, writing letters").
     */
    readonly introducerWord?: string;
    readonly prepositions?: readonly string[];
  };
  /**
   * The words between two figures compared, a regex source matched case-insensitively: "vs.", "versus" ("6.1% vs.
   * 1.9%"), "срещу", "спрямо". The two figures in the other order in a translation are the groups compared swapped.
   */
  readonly versus?: string;
  /** The words a ratio's two figures are said with, a regex source matched case-insensitively: "80 to 20", "80 към 20" for "80:20". */
  readonly ratioWords?: string;
  /**
   * A vote's sides, each a regex source matched case-insensitively as whole words: those for ("за", "in favour",
   * "supported"), against ("против", "against") and abstaining ("въздържа*", "abstain*"). A clause's number beside
   * one of them is its count (`votesSwapped`).
   */
  readonly votes?: { readonly for: string; readonly against: string; readonly abstain: string };
  /** Words that open a clause of their own without a comma ("а", "докато", "while"): a vote's counts are told apart by them too. */
  readonly clauseOpeners?: readonly string[];
  /** The words before an appliance's energy class, a regex source matched case-insensitively ("енергиен клас", "energy class"). */
  readonly energyClass?: string;
  /**
   * "Per square metre" after an amount of litres, a regex source matched case-insensitively ("на квадратен метър", "/m²"):
   * rainfall, whose litres per square metre are millimetres ("120 литра на квадратен метър" is "120 millimetres").
   */
  readonly perSquareMetre?: string;
  /**
   * Words that set one amount against another it replaces, a regex source matched case-insensitively as whole words
   * ("вместо", "instead of"): "1 299 лв. вместо 1 599 лв." names the price paid first (`insteadSwapped`).
   */
  readonly insteadWords?: string;
  /**
   * Beginnings of words (lowercase) that say an amount is below zero, as a translation may say what a statement's
   * brackets do: "loss" ("a loss of 41,830"), "negative", "загуб", "отрицател". Without them, an amount's sign in
   * brackets is not compared. One with "$" after it is a whole word ("off$": "22% off", not "offer").
   */
  readonly negativeAmountWords?: readonly string[];
  /** How a temperature is said below zero in words, a pattern ("below zero", "minus"): a fall's word says no sign. */
  readonly belowZero?: string;
  /**
   * A grade's or a rating's words (lowercase), which a figure in brackets after them restates, not below zero: "Excellent
   * (5.62)", "Много добър (5,25)" (a diploma supplement's; stranger 188).
   */
  readonly gradeWords?: readonly string[];
  /**
   * Words before a figure that say it is approximate, lowercase ("около", "about", "approximately"): a figure rounded
   * after one says so itself, and the rounding is not flagged.
   */
  readonly approximately?: readonly string[];
  /**
   * Words naming the year before the one reported, lowercase ("prior year", "предходната година"): a statement's
   * comparative "(2024 г.: 226)" is "(prior year: 226)" (stranger 230).
   */
  readonly previousYear?: readonly string[];
  /**
   * The words saying one thing replaces another, old before new, as a pattern ("се заменят с", "става"; "replaced by",
   * "shall become"): an amendment's old and new values swapped are told by them (checks/replacing.ts).
   */
  readonly replacing?: string;
  /**
   * Endings of an adjective made of a place's name, longest first ("ския", "ската", "ски": "Рилския манастир" is the
   * Rila Monastery, "Пловдивския университет" Plovdiv University): such a word is carried by the place's own name.
   */
  readonly placeAdjectiveEndings?: readonly string[];
  /**
   * A building's floor after its number ("етаж", "floor", lowercase): a floor's number one apart between two
   * languages is a way of counting (Bulgarian counts the ground floor as the first, British English the one above it).
   */
  readonly floorWords?: readonly string[];
  /**
   * The parties of a contract, a loan, a lawsuit, each written form in lowercase, by an id shared across languages:
   * "sale/buyer" is "купувач", "купувачът"... and "buyer", "purchaser"...; its counterpart is the other role of its
   * group ("sale/seller"). A translation naming the counterpart instead is a swap. Without them, parties are not compared.
   */
  readonly parties?: PartyData;
  /**
   * A contest's result as a sentence says it between the two names: verbs with the winner first ("победи", "beat") and
   * with the loser first ("загуби от", "lost to"), as patterns (checks/results.ts). Without them, results are not compared.
   */
  readonly results?: { readonly winnerFirst: string; readonly loserFirst: string };
}

/** The parties of a language (see `LanguageProfile.parties`). */
export interface PartyData {
  /** Each role's written forms, lowercase, by its id ("sale/buyer"). */
  readonly roles: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that may stand for a party named before ("той", "it", "the latter"), lowercase: a translation may name
   * the party instead ("Той ... на наемателя" / "The Landlord ... the Tenant's"), so a sentence with one is not judged.
   */
  readonly pronouns: readonly string[];
  /**
   * Who pays whom (`payerSwapped`): the verbs of paying ("заплати", "pay"), a pattern of whole words; the word before
   * the party paid ("на", "to"), and articles that may stand before a party ("the").
   */
  readonly payment?: { readonly verbs: string; readonly recipient: string; readonly articles?: readonly string[] };
  /**
   * How a sentence naming both parties says which acts (`partiesReversed`): by the endings of the subject's form
   * (Bulgarian's full article, "Клиентът" against "Клиента"), or as the first party named (`first`: English); and the
   * words before the agent of a passive ("by", "от"), where the sentence is not judged.
   */
  readonly subject?: { readonly endings?: readonly string[]; readonly first?: boolean; readonly agent: readonly string[] };
}

/**
 * The phrases written right before a number that bound it, lowercase, words
 * as the tokenizer splits them ("по-малко от", "no more than"). The longest
 * phrase ending before the number is its limit: "не повече от" is upper,
 * though "повече от" is lower. A phrase that is often no limit ("from",
 * "от", "преди 10 години": ten years ago) is left out.
 */
export interface LimitData {
  /**
   * Bounds that leave their number out, lowercase, each a ceiling (`below`) or a floor (`above`): "under 12", "под 12",
   * "over 65", "над 65". With `inclusive` after the other side's number one away they say the same ("Children under 12" /
   * "Деца до 11 години включително"; stranger 343).
   */
  readonly strict?: { readonly below: readonly string[]; readonly above: readonly string[] };
  /** Words after a bound's number, a unit's word or two between, that take the number in ("включително", "inclusive"). */
  readonly inclusive?: readonly string[];
  /**
   * Upper phrases that state a deadline before an event when a span of time and a word of `beforeEvent` follow ("до 30
   * дни преди изтичане на срока": no later than 30 days before it), lowercase: the same as a floor on the notice ("at
   * least 30 days before the term expires"). Not a ceiling on the span ("up to 30 days before").
   */
  readonly deadlineBefore?: readonly string[];
  /**
   * Lower phrases that bound a point in time, not a span ("не по-рано от", "no earlier than"), lowercase: "не по-рано от 10
   * дни преди" is at most 10 days before, the reverse of a deadline "no later than 10 days before".
   */
  readonly notEarlier?: readonly string[];
  /**
   * Phrases that compare a point in time, either way ("по-късно от", "earlier than", "no later than"), lowercase: before
   * an event they bound the span to it the other way ("later than 48 hours before arrival" is less than 48 hours before).
   */
  readonly pointInTime?: readonly string[];
  /** Words of time before an event, after a span ("преди", "before", "prior to"), lowercase. */
  readonly beforeEvent?: readonly string[];
  /** The number is a ceiling or a deadline: "at most", "up to", "less than", "within", "no later than". */
  readonly upper: readonly string[];
  /** The number is a floor or a start: "at least", "more than", "over", "after", "no earlier than". */
  readonly lower: readonly string[];
  /** Longer phrases that end in a limit's words but bound nothing ("близо до 10 000": about 10 000). */
  readonly neither?: readonly string[];
  /**
   * Deadlines said by a word that bounds nothing else ("by 15 July", "by 2030"; "increased by 10 %" is no limit): read only
   * before a day followed by a month's name, or before a year.
   */
  readonly deadlines?: readonly string[];
  /**
   * Phrases that bound the number before them, a unit's words or two between ("30 days or more", "30 дни или
   * повече", "10% at most"): read where no number follows them ("within 30 days, at least 2 copies" bounds the 2).
   */
  readonly upperAfter?: readonly string[];
  readonly lowerAfter?: readonly string[];
  /**
   * Words after which a bound's own negation says nothing, lowercase: "освен ако размерът ѝ не надвишава 20 000" is
   * "unless it exceeds 20 000", a floor (stranger 297). A phrase of `upper` or `lower` that holds a negation, a few words
   * after one of them, bounds the other way.
   */
  readonly expletiveOpeners?: readonly string[];
  /**
   * Words that turn a bound around when they come shortly before it ("may not show until 2 days later": after 2 days;
   * "cannot be sold before 2025"): a limit after one is not read.
   */
  readonly negations: readonly string[];
  /**
   * Words that open a clause of its own between a negation and a bound, which it then does not reach ("is not
   * charged if a salary of at most BGN 800": the bound is the condition's).
   */
  readonly clauseOpeners?: readonly string[];
  /**
   * Phrases of `upper` and `lower` that state a bound and nothing else ("най-малко", "не повече от"; "at least", "up
   * to"), lowercase: a translation that gives their number with no bound at all left the bound out ("най-малко 2
   * часа" / "2 hours"). Not words that are as often something else ("до" is "to", "след" "after" a day).
   */
  readonly explicit?: readonly string[];
  /**
   * A comparison said in other words, as a regex source matched without case ("no warmer than", "4.5 kg or lighter";
   * "по-топла от"): a translation that has one bounds its number, whatever the data's phrases.
   */
  readonly comparative?: string;
  /**
   * Words that make a deadline before an event a floor on the notice ("не по-късно от 3 дни предварително" is "at
   * least 3 days in advance"), lowercase: a deadline one side says and a floor the other, both with them, is no limit
   * reversed.
   */
  readonly advance?: readonly string[];
}

/**
 * How a language negates, as regex sources matched without case on whole
 * words (the negation check reads them). A sentence plainly negated on one
 * side needs some negation on the other: "Не давайте..." is not "You can give...".
 */
export interface NegationData {
  /**
   * A negation that leaves no doubt of what it negates: a prohibition, a
   * modal or a verb of a contract, a manual, a leaflet ("не давайте", "не
   * може", "не носи", "never"; "do not", "cannot").
   */
  readonly plain: string;
  /**
   * The plain negations a translation may not add unasked, if narrower than `plain`: prohibitions and
   * permissions ("Do not", "must not", "не се допуска"). A story's "they don't" mid-sentence may render a
   * source's antonym; a source's "не" dropped is judged by `plain`.
   */
  readonly prohibition?: string;
  /**
   * Negations compared where the source says them, never where only the translation does: a past a report states
   * ("We did not purchase any offsets"; a story's added "didn't come" renders an antonym as often), a contract's
   * "Neither party shall".
   */
  readonly sourceOnly?: string;
  /**
   * An instruction's verb opening a sentence, the imperative (Bulgarian "Сменяйте", "Натиснете", "Вижте"), as a pattern of
   * one word: where the source opens on a prohibition ("Do not change ...") and the translation on this, with no negation,
   * the prohibition was made a command, whatever the lexicon knows of the verb (stranger 342).
   */
  readonly imperative?: string;
  /**
   * Words that permit ("is permitted", "may", "разрешено", "може"): a translation that has one where its source's
   * prohibition was, and no negation, permits what the source forbids (an error, not a rewording to ask about).
   */
  readonly permission?: string;
  /**
   * A state said to have ended ("no longer", "вече не") and the words saying it goes on ("still", "все още"): a
   * translation that has the second where its source's negation was says the opposite (an error: "This link is no
   * longer valid" / "Тази връзка все още е валидна"; stranger 232).
   */
  readonly ceased?: { readonly ended: string; readonly goesOn: string };
  /** Where the plain form negates nothing: "докато ... не" is "until"; "not only" adds. */
  readonly expletive?: string;
  /**
   * Of those, the uses whose particle says no to nothing at all, so that a translation saying no only so has no
   * negation: "докато ... не" (until), "освен ако не" (unless), "not only". Not a condition's ("ако не", "if ... not"),
   * nor "is not a", which negate, though no plain negation is judged there.
   */
  readonly idle?: string;
  /**
   * Every way the language says no that a translation of a plain negation
   * may take: the particles, "without", "nothing", verbs and adjectives that
   * negate ("unable", "prohibited", "невъзможно", "забранено").
   */
  readonly any: string;
  /**
   * The words of `any` that negate as particles or by concord ("не", "никога" in "никога да не", "never", "nobody"):
   * one of them in a source is part of its negation, never a negative word of its own a translation's answers.
   */
  readonly particles?: string;
  /**
   * The particles that negate the word right after them, a verb of any tense ("не отговори", "не дойде", "never
   * answered", "not answer"): `plain` lists a tense's forms, and a past tense's ("отговори", "каза", "дойде") ends as
   * nouns and adverbs do. Such a negation counts where its word's translation (the built-in lexicon's or a dictionary
   * given) is in a translation that says no nowhere: "Иван не отговори." / "Ivan answered.".
   */
  readonly verbParticles?: string;
  /**
   * The words saying a thing is absent ("без", "without"), read as `verbParticles` are, of the noun after them or the
   * one after its adjective: "пациенти без захарен диабет" / "patients with diabetes mellitus" (stranger 160).
   */
  readonly absenceParticles?: string;
  /** Their opposites ("с", "with"): an absence is read as turned only where the translation says one. */
  readonly presenceParticles?: string;
  /**
   * Endings of a negated word the stemmer leaves on it, and what to put instead to find it in a dictionary: a passive
   * participle's masculine form ("не е осъждан", "не е допускан": read as "осъждано", "допускано", whose stem is the verb's).
   */
  readonly participleEndings?: ReadonlyArray<readonly [ending: string, as: string]>;
  /**
   * Verbs that say no to the verb after them, a way of saying no of `any` ("failed to remedy", "fails to fulfil"): a
   * translation of a plain negation of the other language ("не е отстранил", "не изпълни"), one for one.
   */
  readonly verbNegators?: string;
  /**
   * Words of `any` that say no by their meaning, not by their form ("closed", "refused"; "недостъпен" says it by its
   * prefix): one that translates the very word a source's negation says no to keeps the word and loses the negation
   * ("няма да бъдат затворени" / "will be closed"; stranger 179).
   */
  readonly lexicalNegatives?: string;
  /**
   * Prefixes that make a word its opposite (lowercase: "не" of "недействителен", "in" of "invalid"): such a word whose
   * translation is the word without it, no negation beside, is a meaning reversed ("недействително" / "valid"; stranger 191).
   */
  readonly negativePrefixes?: readonly string[];
  /**
   * Words of `any` that say no only of a condition ("unless"): a translation adding a negation to the main clause is judged
   * as though the source said no nowhere ("shall delete ..., unless required by law" / "не изтрива ..."; stranger 194).
   */
  readonly conditions?: string;
  /**
   * A finite verb's form, never a negated modal's bare verb (English "stops", "prints"): after "and" it is another clause's
   * verb, no second verb the negation joins ("cannot write the file and stops", stranger 126).
   */
  readonly finiteVerb?: string;
  /**
   * Relative pronouns ("who", "which", "който"): a negation after one, three words or more before a verb, is its relative
   * clause's ("A participant who has not provided a guarantee is admitted" says no to "provided" only; stranger 129).
   */
  readonly relatives?: string;
  /**
   * A participle negated after its noun, a reduced relative clause ("losses not provided for in the design"): counted
   * with the plain negations where the check compares how many times each side says no, never itself a negation to flag
   * (stranger 377: "загуби, които не са предвидени в проекта, не се заплащат" was told a negation lost).
   */
  readonly reducedRelative?: string;
  /**
   * Verbs after which a relative pronoun of `relatives` opens what is said, no relative clause ("The court finds that the
   * claimant is not entitled to"): a negation there says no to the words after it (stranger 285), as a regex source.
   */
  readonly reportingVerbs?: string;
  /**
   * A negation saying no to the infinitive after it alone ("not to take part", "да не участвате"), as a regex source with
   * that infinitive: in a clause before a verb, it says nothing of that verb ("Your decision not to take part will affect
   * your care" says "affect" plainly; stranger 280).
   */
  readonly infinitival?: string;
  /**
   * Words that forbid what stands before them in their clause ("Smoking is prohibited", "Пушенето е забранено"): a
   * prohibition turned into a noun and its predicate, translating "Do not smoke" / "Не пушете" (stranger 120).
   */
  readonly forbidding?: string;
  /**
   * Bounds said with a negation or without one, by kind: "before" (a time's lower bound: "shall not pass ... until it is
   * paid", "няма да започне, преди да получи" say "only after"), "above" (a ceiling: "не може да надвишава инфлацията",
   * "is limited to the inflation rate"), "below" (a floor). `negated`: words that, a few words after a plain negation,
   * make it such a bound; `plain`: words that say the same bound with no negation. The other side's `plain` of the
   * same kind answers a negation its `negated` made a bound.
   */
  readonly bounds?: Readonly<Partial<Record<NegatedBound, { readonly negated: string; readonly plain: string }>>>;
  /**
   * Words by which a translation says no without a negation, keeping the negated verb: "only", "outside", "away
   * from" ("Do not use with wet hands" / "Използвайте само със сухи ръце"; "Do not store in the freezer" /
   * "Съхранявайте извън фризера"). A dropped negation is then a warning, never the error of a plain reversal.
   */
  readonly restrictive?: string;
  /**
   * Words between a negation and the verb it negates, which say nothing of what is negated: modals, auxiliaries, a
   * prohibition's own words ("не трябва да допуска", "няма право да преотдава", "must not disclose", "no longer sent", "is not
   * allowed to use"). The word after them is the one a translation that keeps it unnegated reverses.
   */
  readonly auxiliaries?: string;
  /**
   * A perfect's and a passive's auxiliaries, passed over to the word a translation's added negation negates ("has not
   * been convicted": "convicted"; stranger 337), as a pattern of whole words.
   */
  readonly perfectAuxiliaries?: string;
  /**
   * Verbs that take their meaning from the noun after them ("носи отговорност", "поема задължение", "bear liability"):
   * what a negation of one negates is that noun as much as the verb, and a translation that keeps the noun unnegated
   * ("is liable") reverses it as one keeping the verb would; the noun after a preposition too ("не подлежат на
   * връщане": "may be returned" keeps "връщане").
   */
  readonly supportVerbs?: string;
  /**
   * A verb's clitics that a second verb joined by "and" takes again only where it is said on its own: "не се оценява и
   * се предлага" says no to the first verb alone ("се"), where "не трябва да инсталира и да копира" says no to both
   * ("да" is no such clitic). A regex source of whole words.
   */
  readonly ownClitics?: string;
  /**
   * The words for "until" ("до", "докато"; "until", "till"): in a translation, a way of saying no (`any`), except
   * where the source says its own word for it: "до края на годината" is "until the end of the year", no negation.
   */
  readonly until?: string;
}

/** The kinds of bound a negation may say (`NegationData.bounds`). */
export type NegatedBound = "before" | "above" | "below";

/** How a language writes dates (the dates check reads them). */
export interface DateData {
  /**
   * The names of each month, January first: every form written in full
   * ("септември", "септемврийски" is no date), lowercase unless
   * `capitalisedMonths`. A name alone is a date ("през април", "in April").
   */
  readonly months: readonly (readonly string[])[];
  /**
   * Abbreviations of each month, January first, without the dot ("септ",
   * "Sept"): read only beside a day or a year ("15 септ. 2024", "Jan 2024"),
   * since alone they are often other words ("Jan", "мар").
   */
  readonly monthAbbreviations: readonly (readonly string[])[];
  /** Month names are capitalised (English): a lowercase "may" or "march" is no month. */
  readonly capitalisedMonths: boolean;
  /**
   * A date's day is an ordinal written with a dot before the month (German "am 3. März 2026", "3. Jan."): a day's number
   * and its dot before a month's name or abbreviation end no sentence.
   */
  readonly ordinalDays?: boolean;
  /** The names of the days of the week, as `months` ("петък", "Friday"): no names, though capitalised in some languages. */
  readonly weekdays?: readonly string[];
  /** Other forms of each weekday, Monday first, as `months` (articled, plural: "петъка", "Fridays"): the weekdays check reads them too. */
  readonly weekdayForms?: readonly (readonly string[])[];
  /** Abbreviations of each weekday, Monday first, without the dot ("Tue", "Tues"): read only as written, before a dot or a comma ("Tue, 10 Nov"). */
  readonly weekdayAbbreviations?: readonly (readonly string[])[];
  /**
   * How a date says its era, as written (a dot or a space inside matched as written, any space as one): before Christ
   * ("пр. Хр.", "BC") and after ("сл. Хр.", "AD"). Read only beside a figure or a century's word, so that "CE marking"
   * and "AD" of a directory are none (stranger 141: "II в. сл. Хр." / "2nd century BC" passed).
   */
  readonly eras?: { readonly bc: readonly string[]; readonly ad: readonly string[] };
  /**
   * A century's or a millennium's words after its figure, as a regex source ("в\\.|век", "century"): a Roman figure of one
   * letter before them is a number ("V в. пр. Хр.", "I в."), where alone it is a letter or a pronoun.
   */
  readonly centuryWords?: string;
  /** Words after a year ("2024 г.", "2024 година"), as a regex source. */
  readonly yearMarker: string;
  /** Words joining the days of a list or a range besides dashes and commas ("15 и 16 април", "April 15 and 16"), as a regex source. */
  readonly dayJoiners: string;
  /** Words between a day and its month ("the 15th of April", "the 15th day of April"), as a regex source. */
  readonly dayOf: string;
  /**
   * The days 1 to 31 as ordinal words, lowercase, in order, read before `dayOf` only: a deed's "On this fourteenth day
   * of March 2025" (stranger 234). None: days are read in figures only.
   */
  readonly dayWords?: readonly string[];
  /**
   * Whether `dayWords` are read right before a month's name too, as a language writes a date in words with no word
   * between ("четиринадесети май", a notarial deed's date; stranger 274). Each of the days' words may then be several
   * forms joined by "|" ("единадесети|единайсети").
   */
  readonly dayWordsBeforeMonth?: boolean;
  /** How a numeric date with slashes orders day and month: "15/03/2024" (dmy), "03/15/2024" (mdy); both: either, read as both when each is at most 12. */
  readonly slashOrders: readonly ("dmy" | "mdy")[];
  /**
   * The order of a region's own ("en-US": mdy, "en-GB": dmy), by its region subtag in uppercase: a tag with one of
   * them reads a numeric date that way only ("08/03/2026" is 8 March in en-GB, August 3 in en-US).
   */
  readonly regionalSlashOrders?: Readonly<Record<string, readonly ("dmy" | "mdy")[]>>;
}

/** What the pipeline reads about a language: its data, word lists as sets, and the functions built from it. */
export type LanguageProfile = Omit<LanguageData, WordList | "transliteration" | "romanizationEndings"> & {
  readonly [K in keyof Pick<LanguageData, WordList>]-?: ReadonlySet<string>;
} & {
  /** Maps a word to Latin script for cognate matching (identity for Latin-script languages). */
  transliterate(word: string): string;
  /** A name in its conventional Latin form: the transliteration with the word-final rules (`romanizationEndings`): "София" -> "Sofia". */
  romanize(word: string): string;
  /** Reduces a word to a stem shared by its inflected forms (lowercase). */
  stem(word: string): string;
};
