/**
 * Every check of the review, in the order they run on each link (and so the
 * order of its flags). A check marked `final` ends the link's review when it
 * flags it: a sentence with no counterpart has nothing else to compare.
 */

import { dates } from "./dates.js";
import { divergent } from "./divergent.js";
import { gapNextDoor } from "./gap.js";
import { cutShort, danglingEnd, lengthOff } from "./length.js";
import { namesAdded, namesMissing } from "./names.js";
import { numbers } from "./numbers.js";
import { orphanInMerge } from "./orphan.js";
import { mergedOrSplit, outOfStep } from "./shape.js";
import { tags } from "./tags.js";
import type { Check } from "./types.js";
import { units } from "./units.js";
import { addedSentence, emptySource, emptyTranslation, missingSentence } from "./unmatched.js";
import { untranslated } from "./untranslated.js";

export type { Check } from "./types.js";

export const CHECKS: readonly Check[] = [
  missingSentence,
  addedSentence,
  emptyTranslation,
  emptySource,
  tags,
  numbers,
  dates,
  units,
  namesMissing,
  namesAdded,
  lengthOff,
  untranslated,
  cutShort,
  danglingEnd,
  divergent,
  orphanInMerge,
  gapNextDoor,
  outOfStep,
  mergedOrSplit,
];
