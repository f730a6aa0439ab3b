/**
 * Substances a laboratory measures, by the mass of a mole of each (g/mol): what converts a concentration in mass
 * ("160 mg/dl" of glucose) into one in moles ("8.9 mmol/l"), as a trial's criteria are translated into SI units
 * (stranger 272: correct conversions were errors). Each language names them in its data (`LanguageData.analytes`).
 * Haemoglobin is counted by its monomer, as laboratories report it in mmol/l (g/dl × 0.6206); urea nitrogen (BUN) by
 * its two atoms of nitrogen.
 */
export const MOLAR_MASSES: Readonly<Record<string, number>> = {
  glucose: 180.16,
  cholesterol: 386.65,
  triglycerides: 885.7,
  creatinine: 113.12,
  bilirubin: 584.66,
  uricAcid: 168.11,
  calcium: 40.078,
  magnesium: 24.305,
  phosphorus: 30.974,
  urea: 60.06,
  ureaNitrogen: 28.014,
  iron: 55.845,
  haemoglobin: 16_114.5,
  lactate: 90.08,
  ammonia: 17.031,
};
