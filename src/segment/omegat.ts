/**
 * sverka's segmentation rules as OmegaT 3's project file, `omegat/segmentation.conf`: OmegaT 3.6 (Debian's and
 * Ubuntu's) reads no SRX in a project, only its own rules, saved as Java beans XML (`java.beans.XMLEncoder` of
 * `org.omegat.core.segmentation.SRX`). Written as OmegaT writes it, property by property in the encoder's order
 * (tests/omegat.test.ts compares it with what OmegaT's own classes write from the SRX, and runs OmegaT on it).
 */
import { ruleSets, type SrxOptions } from "./srx.js";

/** The version of OmegaT's rules that 3.6 writes (`SRX.CURRENT_VERSION`). */
const OMEGAT_RULES_VERSION = "0.2.2";

/** A string as `XMLEncoder` writes it: `&`, `<`, `"` and `'` as entities, `>` as it is. */
function javaString(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  return `<string>${escaped}</string>`;
}

/** A property of a bean, at a depth of `indent` spaces. */
function property(indent: string, name: string, value: string): string[] {
  return [`${indent}<void property="${name}">`, `${indent} ${value}`, `${indent}</void>`];
}

export function writeOmegatSegmentation(langs: readonly string[], options: SrxOptions = {}): string {
  const { sets, maps } = ruleSets(langs, options);
  const rulesOf = new Map(sets);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<java version="1.8.0" class="java.beans.XMLDecoder">`,
    ` <object class="org.omegat.core.segmentation.SRX" id="SRX0">`,
    `  <void property="mappingRules">`,
  ];
  for (const [pattern, name] of maps) {
    out.push(`   <void method="add">`, `    <object class="org.omegat.core.segmentation.MapRule">`);
    out.push(...property("     ", "language", javaString(name)), ...property("     ", "pattern", javaString(pattern)));
    out.push(`     <void property="rules">`, `      <object class="java.util.ArrayList">`);
    for (const rule of rulesOf.get(name) ?? []) {
      out.push(`       <void method="add">`, `        <object class="org.omegat.core.segmentation.Rule">`);
      out.push(
        ...property("         ", "afterbreak", javaString(rule.after)),
        ...property("         ", "beforebreak", javaString(rule.before)),
      );
      // A rule that does not break is the bean's default: the encoder leaves it out.
      if (rule.break) out.push(...property("         ", "breakRule", "<boolean>true</boolean>"));
      out.push(`        </object>`, `       </void>`);
    }
    out.push(`      </object>`, `     </void>`, `    </object>`, `   </void>`);
  }
  out.push(`  </void>`, ...property("  ", "version", javaString(OMEGAT_RULES_VERSION)), ` </object>`, `</java>`, ``);
  return out.join("\n");
}
