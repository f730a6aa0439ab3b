/** A sentence (or list item, heading, line) cut from one input document. */
export interface Segment {
  /** 0-based position of the segment in its document. */
  readonly id: number;
  readonly text: string;
  /**
   * UTF-16 offsets into the document text: `text === doc.slice(start, end)`.
   * For a Markdown file, into the file itself: the slice is the sentence as
   * written (markup included), `text` the sentence as read (docs/json-format.md).
   */
  readonly start: number;
  readonly end: number;
  /** 0-based index of the paragraph (block between blank lines) holding the segment. */
  readonly paragraph: number;
  /**
   * Inline codes the segment carries (`<ph x="1">`, `<g id="2">`, `%s`), when it
   * comes from a memory or bilingual file that has them: a code on one side of
   * a link only is flagged (`tags`).
   */
  readonly codes?: readonly string[];
  /**
   * The segment as TMX 1.4 inline markup (its text escaped, its codes as
   * `<ph>`, `<bpt>`, `<ept>`, `<it>`), when it comes from a memory or bilingual
   * file whose unit has inline elements: the TMX written from it keeps them.
   */
  readonly inline?: string;
  /**
   * What a Markdown sentence holds besides its text, which a translation
   * copies: its inline code spans and its links' targets (the codes check
   * compares them). Only segments read from Markdown have it.
   */
  readonly markup?: SegmentMarkup;
  /**
   * The text as a reviewer corrected it (a typo in the translation), when they
   * did: TMX, TSV and the review read it instead of `text`, which stays the text
   * as read, so the offsets still find it in the input.
   */
  readonly corrected?: string;
  /** The translation memory's unit the segment is (`check memory.tmx`): its tuid where the file gives one, and its line. */
  readonly unit?: { readonly tuid?: string; readonly line?: number };
}

/** A Markdown sentence's inline code spans (`--dry-run`, as between the backticks) and link targets (`[text](url)`'s url), in order. */
export interface SegmentMarkup {
  readonly code: readonly string[];
  readonly links: readonly string[];
}

/** One side of a bitext: a document and its segments. */
export interface Side {
  /** Language tag as given (e.g. "bg" or "bg-BG"); its primary subtag picks the language rules. */
  readonly lang: string;
  /** Where the document came from, if it was a file. */
  readonly path?: string;
  /** How the file or the bytes given were read ("utf-8", "windows-1251", "docx"); none for a text given as a string. */
  readonly encoding?: string;
  readonly segments: readonly Segment[];
}

/** "1-1", "2-1", "1-0", ...: number of source and target segments in a link. */
export type LinkKind = `${number}-${number}`;

/** Contiguous source segments paired with contiguous target segments; either side may be empty. */
export interface Link {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly kind: LinkKind;
  /** Confidence in [0, 1]: posterior probability of this link under the alignment model. */
  readonly score: number;
  /** Why the link was made: the evidence that entered its cost (present when requested). */
  readonly explain?: LinkExplanation;
  /** What a reviewer should look at (set by the review stage). */
  readonly flags?: readonly Flag[];
  /** A reviewer's decision; rejected links are left out of translation memories. */
  readonly status?: LinkStatus;
  /** A reviewer's corrected translation: memories take it instead of the target segments' text. */
  readonly correction?: string;
  /** A reviewer's comment, written into a memory as the unit's note. */
  readonly comment?: string;
}

export type LinkStatus = "verified" | "rejected";

export const FLAG_TYPES = [
  "missing",
  "added",
  "numbers",
  "dates",
  "units",
  "names",
  "terms",
  "consistency",
  "length",
  "untranslated",
  "divergent",
  "merged",
  "split",
  "order",
  "tags",
  "negation",
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

/** The types of the problems of a pair as a whole (`DocumentFlag`), as schema/ lists them. */
export const DOCUMENT_FLAG_TYPES = [
  "not-a-translation",
  "code-blocks",
  "out-of-order",
  "checks-skipped",
  "languages-forced",
  "columns",
] as const;

export const SEVERITIES = ["info", "warning", "error"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Severities in order, for "this severity or worse". */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * A problem, or a fact worth a look, on one link. `evidence` holds the words,
 * numbers or figures behind it, typed per flag type; a flag type raised by
 * several checks carries the evidence of the one that raised it.
 */
export type Flag =
  | FlagOf<"missing", UnmatchedEvidence | OrphanEvidence | GapEvidence | ListItemEvidence>
  | FlagOf<"added", UnmatchedEvidence | OrphanEvidence | GapEvidence | RepeatEvidence>
  | FlagOf<"numbers", NumbersEvidence>
  | FlagOf<"dates", DatesEvidence>
  | FlagOf<"units", UnitsEvidence>
  | FlagOf<"names", NamesEvidence>
  | FlagOf<"terms", TermsEvidence>
  | FlagOf<"consistency", ConsistencyEvidence>
  | FlagOf<"length", LengthEvidence | CutEvidence | DanglingEvidence | RunOnEvidence>
  | FlagOf<"untranslated", UntranslatedEvidence>
  | FlagOf<"divergent", DivergentEvidence>
  | FlagOf<"merged", StepMergedEvidence>
  | FlagOf<"order", ReorderEvidence>
  | FlagOf<"split", never>
  | FlagOf<"tags", TagsEvidence>
  | FlagOf<"negation", NegationEvidence>;

interface FlagOf<T extends FlagType, E> {
  readonly type: T;
  readonly severity: Severity;
  /** One sentence a reviewer can act on. */
  readonly reason: string;
  readonly evidence?: E;
}

/** Segment ids (0-based) name the sentence inside a link that has several. */
interface InLink {
  readonly sourceSegment?: number;
  readonly targetSegment?: number;
}

/** A passage of sentences with no counterpart (1-0 or 0-1 links). Paragraph is 1-based. */
export interface UnmatchedEvidence {
  readonly paragraph: number;
  readonly passageLength: number;
  /** The passage's first link (0-based). */
  readonly passageStart: number | null;
  /** A sentence right beside it with no counterpart either: a replaced translation? */
  readonly beside?: { readonly side: "source" | "target"; readonly id: number };
  /** For an added sentence: the translation sentence (0-based id) it repeats, the same source sentence translated twice. */
  readonly repeats?: number;
  /**
   * For a missing sentence: the translation sentence beside it (0-based id) that a one-to-many
   * link gives to source sentence `owner`, though it fits this one at least as well.
   */
  readonly claimedBy?: { readonly target: number; readonly owner: number };
  /** The other side's sentence (0-based id), unmatched a few links away, that answers this one: moved, not left out (then a warning). */
  readonly movedTo?: number;
  /** The other side's sentences (first and last, 0-based) of a passage with no counterpart that says what this one's passage says: moved. */
  readonly movedPassage?: readonly [number, number];
}

/** A translation sentence of a 1-2 link that repeats the other one: the source sentence translated twice. */
export interface RepeatEvidence {
  readonly targetSegment: number;
  readonly repeats: number;
}

/** Two source sentences translated in the opposite order (a 2-2 link whose sentences pair crosswise). */
export interface ReorderEvidence {
  readonly reversed: true;
}

/** A numbered step translated inside the sentence before it, its number left out (`Step 6.` in `Стъпка 5. ..., след което ...`). */
export interface StepMergedEvidence extends InLink {
  /** The step's number, as the source writes it ("6"). */
  readonly label: string;
}

/** An item of a sentence's list the translation has nothing for, and lists one item fewer (src/review/checks/lists.ts). */
export interface ListItemEvidence {
  /** The item the translation has nothing for, as the source writes it; two where either may be the one. */
  readonly items: readonly string[];
  /** Items of the source's list. */
  readonly sourceItems: number;
  /** Items of the translation's longest list (1: none). */
  readonly targetItems: number;
}

/** A sentence merged into a link whose other side it shares next to nothing with. */
export interface OrphanEvidence extends InLink {
  readonly lexical: number;
  readonly expected: number;
  /** The link's length without the sentence, in standard deviations from the usual. */
  readonly deviationsWithout: number;
  /** "?" or "!" where a short sentence is judged by its punctuation. */
  readonly finalMark?: string;
  /** Evidence the sentence adds to what the rest of the link shares (a sentence left out whose words the rest shares too). */
  readonly addedLexical?: number;
  /** Free share of the translation at the sentence's end of the link, of its translation's expected length (the rest's words leave no room for it). */
  readonly room?: number;
  /** It lies in another paragraph than the rest of the link (a title left out). */
  readonly otherParagraph?: true;
}

/** The neighbouring gap's sentence (named by its id) fits this link about as well as its own. */
export interface GapEvidence extends InLink {
  /** Alignment cost (nats) of this link as it is, and linked to the gap's sentence instead. */
  readonly cost: number;
  readonly costBeside: number;
}

/** Numbers (as written) on one side only. */
export interface NumbersEvidence {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** The two are a list item's numbers, the list renumbered after an item one side has alone (a note, `info`). */
  readonly renumbered?: true;
}

/** Dates that differ in a day, month or year, as written: `source[i]` is `target[i]` in the translation. */
export interface DatesEvidence {
  readonly source: readonly string[];
  readonly target: readonly string[];
}

/** The same amount with another currency or unit on each side, as written ("100 лв.", "EUR 100"). */
export interface UnitsEvidence {
  readonly source: readonly string[];
  readonly target: readonly string[];
}

/** Names or codes on one side only (`target` beside `source`: what the translation has instead). */
export interface NamesEvidence {
  readonly source?: readonly string[];
  readonly target?: readonly string[];
  /** The forms of the source's names a translation may use: their romanisation and known English forms ("Sofia"). */
  readonly expected?: readonly string[];
}

/** Source terms of a termbase (`--dict`, TBX) whose target term is not in the translation. */
export interface TermsEvidence {
  /** The terms as the source writes them. */
  readonly source: readonly string[];
  /** For each, the target terms the termbase gives, any of which would do. */
  readonly expected: readonly (readonly string[])[];
}

/**
 * The same source sentence translated differently elsewhere in the document
 * ("translated-differently"), or another source sentence translated the same
 * way ("translated-the-same"). The other places: segment ids (0-based) and link indices,
 * the first five of them; `total` counts them all.
 */
export interface ConsistencyEvidence {
  readonly kind: "translated-differently" | "translated-the-same";
  readonly links: readonly number[];
  readonly total: number;
  /** Places in other documents of a batch (`check DIR`): their files, link index and segment ids (0-based); the first five. */
  readonly documents?: readonly ConsistencyPlace[];
  readonly source: readonly number[];
  readonly target: readonly number[];
}

/** A place in another document of the batch. */
export interface ConsistencyPlace {
  readonly source?: string;
  readonly target?: string;
  readonly link: number;
  readonly sourceSegments: readonly number[];
  readonly targetSegments: readonly number[];
}

/** The link's length against the pair's length model. */
export interface LengthEvidence {
  readonly sourceChars: number;
  readonly targetChars: number;
  readonly expectedChars: number;
  readonly deviations: number;
  /** Much shorter: the source's end nothing in the translation answers, and its share of the source's letters. */
  readonly unansweredEnd?: string;
  readonly unansweredShare?: number;
}

/** A translation sentence shorter than usual that does not account for its source. */
export interface CutEvidence extends InLink {
  readonly sourceChars: number;
  readonly targetChars: number;
  readonly deviations: number;
  readonly lexical: number;
  readonly expected: number;
  /** The end of the source that nothing in the translation answers, and its share of the source. */
  readonly unansweredEnd?: string;
  readonly unansweredShare?: number;
}

/** A translation sentence that stops on a word sentences do not end on. */
export interface DanglingEvidence {
  readonly lastWord: string;
  readonly deviations: number;
}

/** A translation sentence cut short and run into the next, with no full stop between (inside a link of several source sentences and one translation sentence). */
export interface RunOnEvidence extends Required<InLink> {
  /** The last word before the break and the first after it ("overheat Let"). */
  readonly seam: string;
  /** The end of source sentence `sourceSegment` that nothing before the break answers, and its share of that sentence. */
  readonly unansweredEnd: string;
  readonly unansweredShare: number;
}

/**
 * A negation on one side of a link only, or a change said the other way ("нараснаха" / "fell"), in a link that otherwise
 * follows its source closely.
 */
export interface NegationEvidence {
  /** The source's negation, as written ("не давайте"), when the translation has none; or its words of change ("нараснаха с 12,5%")... */
  readonly source?: string;
  /** ...or the translation's ("do not"), when the source has none; for a change, its words the other way ("fell by 12.5%"). */
  readonly target?: string;
  /** The link's lexical evidence and what the source's length leads to expect. */
  readonly lexical: number;
  readonly expected: number;
}

/** Inline codes (tags, placeholders) of a bilingual file's unit found on one side only, as `ph x="1"` or `%s`. */
export interface TagsEvidence {
  /** In the source, not in the translation (as many times as they are missing). */
  readonly missing: readonly string[];
  /** In the translation, not in the source. */
  readonly added: readonly string[];
  /** The same codes, but the unnumbered printf conversions (`%s`, `%d`), which a program fills in order, in another order. */
  readonly order?: { readonly source: readonly string[]; readonly target: readonly string[] };
}

export interface UntranslatedEvidence {
  /** The script the translation is written in (or, for a part left untranslated, the script of that part: the source's). */
  readonly script: string;
  /** The source's words the translation keeps as they are, in a translation otherwise translated. */
  readonly copied?: string;
}

/** Lexical evidence far below the document's usual for sentences of this length. */
export interface DivergentEvidence extends InLink {
  readonly lexical: number;
  /** The lexical evidence the document's (or memory's) usual wants of a source sentence this long; none where too few links give a usual. */
  readonly expected?: number;
  readonly confidence: number;
  /** Names on either side with no counterpart on the other. */
  readonly unmatchedNames?: readonly string[];
  /** A link that gives this link's source sentence the translation the document gives it elsewhere (this one another text). */
  readonly usualLink?: number;
  /** A memory's unit too few units to judge by their usual: how many of its source's words the built-in lexicon knows. */
  readonly knownWords?: number;
}

/** The terms of a link's cost; lower cost = better link. Logs are natural. */
export interface LinkExplanation {
  /** -log probability of the lengths under the document's own length model (Gale-Church). */
  readonly length: number;
  /** -log prior of the link kind. */
  readonly kind: number;
  /** Bonus for shared numbers, identical tokens and cognates (subtracted from the cost). */
  readonly lexical: number;
  /** Penalty for numbers present on one side only. */
  readonly numberMismatch: number;
  /** Penalty for questions on one side only (sentences ending in a question mark). */
  readonly questionMismatch: number;
  /** Penalty for breaking paragraph structure on one side only. */
  readonly paragraph: number;
  /** Penalty for a heading joined to a sentence that shares nothing with it (a heading left out of the translation, or added). */
  readonly heading: number;
  readonly total: number;
  /** The anchors that matched, e.g. { kind: "number", source: "0,20", target: "0.20" }. */
  readonly matches: readonly AnchorMatch[];
}

export interface AnchorMatch {
  readonly kind: "number" | "identical" | "cognate" | "lexicon";
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** The length model the aligner estimated from the document pair. */
export interface LengthModel {
  /** Expected target characters per source character. */
  readonly ratio: number;
  /** Variance of the target length per source character (Gale-Church s²). */
  readonly variance: number;
}

/** The result of aligning two documents. Every segment of each side is in exactly one link. */
export interface Bitext {
  readonly source: Side;
  readonly target: Side;
  /** Links in document order, monotonic on both sides. */
  readonly links: readonly Link[];
  readonly model: LengthModel;
  /** Problems of the pair as a whole, not of one link (set by the review). */
  readonly documentFlags?: readonly DocumentFlag[];
  /**
   * The memory's own options given when the bitext was aligned (`--prop`, `--creation-id`, `--creation-date`): kept in its
   * JSON, so a memory exported from it after a review has them too.
   */
  readonly memory?: MemoryOptions;
}

/** A translation memory's own options: props on every unit, who made it, and when. */
export interface MemoryOptions {
  readonly props?: ReadonlyArray<readonly [type: string, value: string]>;
  readonly creationId?: string;
  /** ISO 8601, as given. */
  readonly creationDate?: string;
}

/** A link as the library's aligners and reviews return it: `flags` always set (empty when there is nothing to say, or the review is off). */
export type ReviewedLink = Link & { readonly flags: readonly Flag[] };
/** A bitext as `align`, `alignFiles`, `alignSegments` and the reviews (`review`, `reviewBitext`, `reviewUnits`) return it: every link has its `flags`. */
export type AlignedBitext = Omit<Bitext, "links"> & { readonly links: readonly ReviewedLink[] };

/**
 * A problem of the whole pair: "not-a-translation", the target shares too
 * little with the source, across the document, to be its translation
 * (evidence: lexical evidence per source character, the median over 1-1
 * links, and the links' mean confidence).
 */
export type DocumentFlag = NotATranslation | OutOfOrder | ChecksSkipped | LanguagesForced | Columns | CodeBlocksFlag;

/**
 * "code-blocks": a Markdown pair's code blocks, which the review compares whole (src/review/code-blocks.ts): a block
 * left out, a fence never closed, or its code changed, comments and strings aside (an error), a block added (a warning).
 */
export interface CodeBlocksFlag {
  readonly type: "code-blocks";
  readonly severity: Severity;
  readonly reason: string;
  readonly evidence: { readonly changes: readonly CodeBlockChange[] };
}

/** A code block's change: the lines (from 1) where the source's and the translation's open. */
export interface CodeBlockChange {
  readonly change: "left out" | "added" | "changed" | "unclosed";
  readonly source?: number;
  readonly target?: number;
  /** A change that writes the code's words in another script: translated (an error). */
  readonly translated?: true;
  /** A change of a command's options, one left out, added or changed ("--effective" gone): an error, as in inline code. */
  readonly options?: true;
}

/**
 * "out-of-order": numbers written once in each text meet far from the order
 * the others follow (src/review/order.ts). A warning where a passage was
 * moved; an error where a quarter or more of the places are out of order
 * (the pair is then left out of memories, as one that is no translation).
 */
export interface OutOfOrder {
  readonly type: "out-of-order";
  readonly severity: Severity;
  readonly reason: string;
  readonly evidence: {
    /** Places (a source and a target segment) where a number written once in each text meets its counterpart. */
    readonly places: number;
    /** How many of them lie far from the order the others follow, and their share of all. */
    readonly outOfOrder: number;
    readonly share: number;
    /** How many of those lie in passages (two places or more that went as far ahead or back together). */
    readonly inPassages: number;
    /** The largest passages that went elsewhere, in source order (at most five). */
    readonly passages: readonly OutOfOrderPassage[];
    /**
     * Where the error is one stretch's alone (a list sorted in each language's own order), with the rest in order:
     * its source and target segments. Only the links there are left out of memories; without it, all are.
     */
    readonly region?: OutOfOrderPassage;
  };
}

/** A passage the translation has elsewhere: its first and last source and target segments (ids, from 0) where its numbers meet. */
export interface OutOfOrderPassage {
  readonly source: readonly [number, number];
  readonly target: readonly [number, number];
  /** Present (true) where the passage's sentences run backward in the translation: the last source sentence first. */
  readonly reversed?: true;
}

/**
 * "languages-forced" (warning): a side did not look like its declared language, or the files looked swapped, and
 * the pair was aligned anyway (`force`); the reason is the refusal it overrode, the evidence the languages used.
 */
export interface LanguagesForced {
  readonly type: "languages-forced";
  readonly severity: Severity;
  readonly reason: string;
  readonly evidence: { readonly sourceLang: string; readonly targetLang: string };
}

/**
 * "columns" (error): pages of one side's text set in two columns side by side, as `pdftotext -layout` reads them
 * (src/read/columns.ts): each line holds a line of each column, so their sentences are interleaved. The links of
 * those pages are left out of memories (`--drop-flagged` error or lower, as for a pair that is no translation).
 */
export interface Columns {
  readonly type: "columns";
  readonly severity: Severity;
  readonly reason: string;
  readonly evidence: {
    readonly side: "source" | "target";
    /** The pages (1-based, as form feeds part them) set in two columns. */
    readonly pages: readonly number[];
    /** That side's segments on those pages: first and last id of each run of such pages. */
    readonly segments: ReadonlyArray<readonly [number, number]>;
  };
}

export interface NotATranslation {
  readonly type: "not-a-translation";
  readonly severity: Severity;
  readonly reason: string;
  readonly evidence: { readonly evidencePerChar: number; readonly meanScore: number };
}

/**
 * "checks-skipped" (info): a language sverka has no data for gets the checks
 * that need none; these are the ones it could not run, or ran in part.
 */
export interface ChecksSkipped {
  readonly type: "checks-skipped";
  readonly severity: Severity;
  readonly reason: string;
  readonly evidence: { readonly languages: readonly string[]; readonly checks: readonly string[] };
}
