/** A sentence (or list item, heading, line) cut from one input document. */
export interface Segment {
  /** 0-based position of the segment in its document. */
  readonly id: number;
  readonly text: string;
  /** UTF-16 offsets into the document text: `text === doc.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** 0-based index of the paragraph (block between blank lines) holding the segment. */
  readonly paragraph: number;
}

/** One side of a bitext: a document and its segments. */
export interface Side {
  /** Language tag as given (e.g. "bg" or "bg-BG"); its primary subtag picks the language rules. */
  readonly lang: string;
  /** Where the document came from, if it was a file. */
  readonly path?: string;
  /** How the file was read ("utf-8", "windows-1251", "docx"), if it was a file. */
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
}

export type LinkStatus = "verified" | "rejected";

export const FLAG_TYPES = ["missing", "added", "numbers", "names", "length", "untranslated", "divergent", "merged", "split"] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

export const SEVERITIES = ["info", "warning", "error"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A problem, or a fact worth a look, on one link. */
export interface Flag {
  readonly type: FlagType;
  readonly severity: Severity;
  /** One sentence a reviewer can act on. */
  readonly reason: string;
  /** The words, numbers or figures behind the flag. */
  readonly evidence?: Readonly<Record<string, unknown>>;
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
  /** Penalty for breaking paragraph structure on one side only. */
  readonly paragraph: number;
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
}
