import type { LanguageData } from "./types.js";

/**
 * Bulgarian. Abbreviation facts cross-checked against the lists in pySBD
 * (pysbd/lang/bulgarian.py) and spaCy (spacy/lang/bg/tokenizer_exceptions.py);
 * the split into "never final" and "may be final" is ours.
 */
export const bg: LanguageData = {
  code: "bg",
  name: "Bulgarian",
  nonFinalAbbreviations: [
    // places and addresses
    "ул", "бул", "пл", "кв", "бл", "вх", "ет", "ап", "ж.к", "жк", "с", "о-в", "п-в", "обл", "общ", "р-н",
    // legal and document structure
    "чл", "ал", "т", "пар", "гл", "раз", "бел.пр", "бел.а", "б.р", "б.ред", "бел.ред",
    // titles and ranks
    "проф", "доц", "акад", "инж", "арх", "ген", "полк", "подп", "кап", "адм", "н.с", "ст.н.с", "гл.ас", "ас", "св", "зам",
    // in-sentence markers
    "т.е", "т.ч", "напр", "вкл", "вж", "вм", "срв", "ср", "т.нар", "ок", "прибл", "съкр", "букв", "изд", "ред", "сп", "в-к",
    // names and titles written the English way ("Дж. Буш", "Mr.")
    "дж", "dr", "mr", "mrs", "ms", "prof", "st",
    // languages
    "англ", "лат", "фр", "нем", "рус", "исп", "ит", "араб", "кит", "яп",
    // reference labels
    "тел", "фиг", "табл", "рис", "стр", "бр", "забл",
  ],
  // "гр." is a town ("гр. Пловдив") or Greek ("гр. δῆμος"), but grams after a number ("200 гр.").
  unitOrNonFinalAbbreviations: ["гр"],
  // Never-final ones ("стр. 12", "чл. 5") and final ones ("15 ч.") need no entry here.
  numberPrefixAbbreviations: ["№"],
  finalAbbreviations: [
    "г", "гг", "в", "вв", "лв", "ст", "ч", "мин", "сек", "др", "пр", "т.н", "и т.н", "хил", "млн", "млрд", "трлн",
    "м", "км", "см", "мм", "кг", "л", "мл", "т.г", "м.г", "сл.хр", "пр.хр", "щ.д", "евр", "дол", "бг", "б.м",
  ],
  qualifierAbbreviations: [],
  sentenceStarters: [
    "а", "аз", "в", "въпреки", "всички", "вчера", "днес", "докато", "един", "една", "за", "защо", "и", "как", "какво",
    "когато", "макар", "на", "но", "ние", "около", "освен", "от", "още", "по", "при", "с", "след", "според", "също",
    "така", "там", "те", "това", "този", "тази", "той", "тя", "тук",
  ],
  // Bulgarian sentences do not end on a preposition, a conjunction or a relative pronoun.
  danglingWords: [
    "и", "или", "но", "а", "на", "в", "във", "с", "със", "от", "за", "към", "до", "по", "при", "през", "между", "че",
    "който", "която", "което", "които", "чийто", "чиято", "чието", "чиито", "като", "след", "преди", "без", "под", "над",
  ],
  // The polite "you" of letters and official texts is capitalised: "Вие", "Ви", "Вашия".
  capitalisedWords: ["вие", "ви", "вас", "ваш", "ваша", "ваше", "ваши", "вашия", "вашият"],
  speechVerbs: [
    "каза", "казва", "добави", "добавя", "заяви", "заявява", "съобщи", "съобщава", "попита", "пита", "написа", "пише",
    "обясни", "отбеляза", "коментира", "продължи", "отговори", "твърди", "настоя", "предупреди", "сподели", "посочи",
  ],
  // "7 сутринта" is 7 a.m., "2 следобед" 2 p.m.; "15:00 ч." is a 24-hour time ("48 часа" is a duration).
  magnitudes: [["хиляд\\p{L}*|хил\\.", 1e3], ["милион\\p{L}*|млн\\.?", 1e6], ["милиард\\p{L}*|млрд\\.?", 1e9], ["трилион\\p{L}*|трлн\\.?", 1e12]],
  decadeSuffix: "-те",
  legacyEncodings: ["windows-1251", "koi8-r", "iso-8859-5"],
  timeMarkers: { am: "(?:(?:часа|ч\\.)\\s)?(?:сутринта|сутрин)(?![\\p{L}])", pm: "(?:(?:часа|ч\\.)\\s)?(?:следобед|вечерта|вечер)(?![\\p{L}])", h: "(?:ч\\.|часа(?![\\p{L}])|ч(?![\\p{L}]))" },
  decimalSeparator: ",",
  // 24-ти, 24-та, 24-то, 24-те, 24-и, 24-ви, 24-ри, 24-ата, 24-ия, 24-ият
  ordinalSuffix: "-?(?:ият|ия|ата|ото|ите|ви|ри|ти|ми|та|то|те|и|а)(?![\\p{L}])",
  // The official Bulgarian system (Transliteration Act, 2009).
  transliteration: {
    а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
    м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch",
    ш: "sh", щ: "sht", ъ: "a", ь: "y", ю: "yu", я: "ya",
    // letters of neighbouring Cyrillic alphabets that turn up in names
    ё: "yo", ы: "y", э: "e", і: "i", ї: "yi", є: "ye", ґ: "g", ј: "j", љ: "lj", њ: "nj", ћ: "c", ђ: "dj", џ: "dz", ѓ: "gj", ќ: "kj", ѕ: "dz",
  },
};
