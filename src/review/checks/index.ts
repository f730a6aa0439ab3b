/**
 * Every check of the review, in the order they run on each link (and so the
 * order of its flags). A check marked `final` ends the link's review when it
 * flags it: a sentence with no counterpart has nothing else to compare.
 */

import { codesChanged } from "./codes.js";
import { translatedDifferently, translatedTheSame } from "./consistency.js";
import { contrasts } from "./contrasts.js";
import { countryChanged } from "./countries.js";
import { dates } from "./dates.js";
import { direction } from "./direction.js";
import { divergent } from "./divergent.js";
import { energyClassChanged } from "./energy.js";
import { eraChanged } from "./eras.js";
import { fractionsChanged } from "./fractions.js";
import { freeLeftOut } from "./free.js";
import { gapNextDoor } from "./gap.js";
import { headingCopied } from "./headings.js";
import { legalFormChanged } from "./legal.js";
import { cutShort, danglingEnd, lengthOff, partLeftOut, runOn } from "./length.js";
import { letteredChanged } from "./lettered.js";
import { limitLeftOut, limits, signsReversed } from "./limits.js";
import { listItemLeftOut } from "./lists.js";
import { medicineChanged, medicineSpeltTwoWays } from "./medicines.js";
import { namesAdded, namesMissing, namesMisspelled, quartersChanged } from "./names.js";
import { boundsReversed, negation, prefixNegationLost } from "./negation.js";
import { decimalKept, signLost } from "./notation.js";
import { translatorNote } from "./note.js";
import { numbers } from "./numbers.js";
import { orphanInMerge } from "./orphan.js";
import { panelsChanged } from "./panels.js";
import { partiesReversed, partiesSwapped } from "./parties.js";
import { payerSwapped } from "./payer.js";
import { periods } from "./periods.js";
import { personsReplaced } from "./persons.js";
import { insteadSwapped, qualifiersSwapped } from "./qualified.js";
import { referencesChanged } from "./references.js";
import { replacedSwapped } from "./replacing.js";
import { resultReversed } from "./results.js";
import { namesNotCarried } from "./romanized.js";
import { rowOrder } from "./rows.js";
import { scaleChanged } from "./scales.js";
import { mergedOrSplit, outOfStep, paragraphRunIn } from "./shape.js";
import { sizeOrder } from "./sizes.js";
import { nameSpeltTwoWays } from "./spellings.js";
import { standardChanged } from "./standards.js";
import { surnameGender, surnamesMisspelled } from "./surnames.js";
import { numbersSwapped } from "./swapped.js";
import { tags } from "./tags.js";
import { termsMissing } from "./terms.js";
import { titleLeftOut } from "./titles.js";
import type { Check } from "./types.js";
import { conversionWrong, unitColumnChanged, unitLeftOut, units, unitUntranslated } from "./units.js";
import { addedSentence, emptySource, emptyTranslation, missingSentence } from "./unmatched.js";
import { untranslated, untranslatedRun } from "./untranslated.js";
import { votesSwapped } from "./votes.js";
import { weekdays } from "./weekdays.js";

export type { Check } from "./types.js";

export const CHECKS: readonly Check[] = [
  missingSentence,
  addedSentence,
  emptyTranslation,
  emptySource,
  tags,
  numbers,
  signLost,
  decimalKept,
  dates,
  weekdays,
  eraChanged,
  units,
  // Who pays whom first: two parties' identifiers that trade places with them are its cause (stranger 224).
  payerSwapped,
  votesSwapped,
  numbersSwapped,
  conversionWrong,
  scaleChanged,
  unitColumnChanged,
  unitUntranslated,
  sizeOrder,
  rowOrder,
  qualifiersSwapped,
  insteadSwapped,
  energyClassChanged,
  replacedSwapped,
  fractionsChanged,
  periods,
  limits,
  signsReversed,
  panelsChanged,
  letteredChanged,
  referencesChanged,
  standardChanged,
  codesChanged,
  namesMisspelled,
  surnamesMisspelled,
  surnameGender,
  personsReplaced,
  namesMissing,
  namesNotCarried,
  titleLeftOut,
  countryChanged,
  namesAdded,
  quartersChanged,
  nameSpeltTwoWays,
  medicineChanged,
  medicineSpeltTwoWays,
  partiesSwapped,
  partiesReversed,
  resultReversed,
  legalFormChanged,
  termsMissing,
  lengthOff,
  untranslated,
  untranslatedRun,
  // Omissions inside a sentence: after the untranslated check, which says why a translation has no unit or bound.
  unitLeftOut,
  limitLeftOut,
  negation,
  prefixNegationLost,
  direction,
  contrasts,
  boundsReversed,
  cutShort,
  listItemLeftOut,
  freeLeftOut,
  danglingEnd,
  runOn,
  partLeftOut,
  translatorNote,
  divergent,
  orphanInMerge,
  gapNextDoor,
  outOfStep,
  mergedOrSplit,
  paragraphRunIn,
  translatedDifferently,
  translatedTheSame,
  headingCopied,
];
