/** The thresholds by which a pair is judged no translation at all (`unrelatedFlags`, src/review/document.ts). */

/**
 * Lexical evidence per source character below which a pair
 * shares too little. Measured on NTREX: translated BG/EN documents 0.037 at
 * least (5th percentile 0.057, median 0.086), a BG document against another
 * document's EN 0.037 at most (95th percentile 0.013, median 0.006); the
 * Bleualign DE/FR pairs 0.058 at least, an unrelated DE/FR pair 0.002.
 */
export const UNRELATED_EVIDENCE = 0.04;
/**
 * ...and mean link confidence below which: translated BG/EN 0.92 at least,
 * unrelated 0.88 at most (DE/FR translations go down to 0.86: the evidence
 * above is what tells them apart). Both together: no translated NTREX pair
 * flagged, 121 of 123 unrelated ones. Both are read over the links the pair
 * is judged by (`judgedLinks`) since these figures were measured over all
 * links; with that, the same 0 and 121 of 123, and of the NTREX documents
 * with their translation cut to the first quarter or half, 7 of 216 flagged
 * (61 before: their untranslated rest counted against them).
 */
export const UNRELATED_SCORE = 0.9;

/**
 * Lexical evidence per source character below which the pair is flagged
 * whatever its confidences: two texts that share nothing, their paragraphs
 * of as many sentences, align one to one with every link sure of itself (a
 * news item and a manual, each pasted four times: 0.99). NTREX: every
 * translated pair 0.0376 or more; unrelated ones, median 0.0091 (68 of 123
 * below this; all 121 flagged before are flagged still).
 */
export const UNRELATED_EVIDENCE_ALONE = 0.01;

/** Fewer source segments than this: too little text to judge a whole pair. */
export const UNRELATED_MIN_SEGMENTS = 5;

/**
 * With a dictionary, fewer source segments than this: judged by the thresholds above, but a warning, its units kept by
 * default. A short text of a trade the lexicon knows few words of shares as little with its translation as another
 * text does (stranger 279: a recipe's five lines, "Braise the beef for 1 hour 15 minutes" / "Задушете говеждото месо
 * час и четвърт", an error and none of it in the memory).
 */
export const UNRELATED_SURE_SEGMENTS = 10;

/**
 * ...unless its evidence per source character is below this: a pair that short sharing this little is another text, an
 * error that keeps its units out of a memory (stranger 350: a press release of eight sentences against another
 * release's English, 0.015, its seven units in the memory). NTREX's documents cut to their first 5, 7 and 9 lines: no
 * translated one flagged at all, the next document's English flagged in 116, 117 and 111 of 123, at 0.019, 0.019 and
 * 0.023 at most; the lexicon now knows a kitchen's words (two recipes of six and seven lines written for the test: not
 * flagged).
 */
export const UNRELATED_EVIDENCE_SHORT = 0.02;

/**
 * With no dictionary for the pair (no built-in lexicon, none given) and both
 * sides in one script, the evidence is what spelling alone tells (cognates,
 * numbers, names), and a short translation shares as little of it as
 * another text does. `node dist/bench/unrelated.js` (Bleualign's DE/FR
 * documents cut into windows at their gold links): with the thresholds
 * above, 53 of 99 translations of seven sentences, 13 of 46 of fifteen and 6
 * of 24 of thirty were called no translation, every unit of theirs withheld
 * from a memory. A shorter pair is judged by the thresholds above still, but
 * as a warning that says why it may be wrong (its units kept by default); a
 * longer one by these, an error, none of the translations flagged and 22 of
 * 24 and 9 of 11 unrelated windows of thirty and sixty sentences. Across
 * scripts a dictionary is missed less: NTREX's BG/EN without the lexicon
 * (transliteration finds names and borrowings) keeps the thresholds above,
 * 0-1 of 123 translations and 119-121 unrelated windows flagged at seven to
 * thirty sentences.
 */
export const UNRELATED_MIN_SEGMENTS_NO_DICTIONARY = 30;
export const UNRELATED_EVIDENCE_NO_DICTIONARY = 0.01;
export const UNRELATED_EVIDENCE_ALONE_NO_DICTIONARY = 0.002;

/**
 * Confidence below which a judged link pairs its sentences by place alone (as one whose evidence per character is below
 * `UNRELATED_EVIDENCE_ALONE` does, however sure: unrelated paragraphs of as many sentences pair one to one), and the
 * share of the judged source characters in such links from which the pair is no translation, whatever its other links
 * say: a site's cookie notice, menu and sidebar translated on both pages, around two unrelated articles (stranger 96:
 * 54 % of the characters; the evidence and the mean confidence over all links passed). NTREX's BG/EN documents cut
 * to 7, 15 and 30 sentences: translated ones 0.21, 0.10 and 0.10 at most (95th percentile 0.06-0.07), against
 * another document's English 0.25, 0.29 and 0.21 at the 5th percentile (median 0.61-0.79); no translated one is
 * flagged by it. Judged only with a dictionary: spelling alone leaves many links of a translation unsure. 0.4 first;
 * the Bulgarian past tenses stemmed, the template's unrelated article shared two words by chance ("струваше" / "cost")
 * and stood at 0.39: 0.35 keeps the margin above the translated ones' 0.21.
 */
export const UNRELATED_LOW_SCORE = 0.2;
export const UNRELATED_LOW_SHARE = 0.35;
/** Judged links the share is read over at least (a PO catalogue of five messages at 0.39 was no template's). */
export const UNRELATED_LOW_MIN_LINKS = 10;
