/** The ISO 639-1 two-letter language codes (184 codes). */
export const ISO_639_1: ReadonlySet<string> = new Set(
  (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz " +
    "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io " +
    "is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr " +
    "ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si " +
    "sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh " +
    "yi yo za zh zu"
  ).split(" "),
);

/** ISO 639-2 three-letter codes (bibliographic, then terminological where they differ) of the two-letter ones. */
const STANDARD_THREE_LETTER: ReadonlyArray<readonly [string, string]> = (
  "aar:aa abk:ab afr:af aka:ak amh:am ara:ar asm:as aze:az bel:be bul:bg ben:bn tib:bo bod:bo bos:bs cat:ca " +
  "cze:cs ces:cs wel:cy cym:cy dan:da ger:de deu:de gre:el ell:el eng:en epo:eo spa:es est:et baq:eu eus:eu " +
  "per:fa fas:fa fin:fi fre:fr fra:fr gle:ga glg:gl guj:gu heb:he hin:hi hrv:hr hun:hu arm:hy hye:hy ind:id " +
  "ice:is isl:is ita:it jpn:ja geo:ka kat:ka kaz:kk khm:km kan:kn kor:ko kir:ky lat:la ltz:lb lit:lt lav:lv " +
  "mac:mk mkd:mk mal:ml mon:mn mar:mr may:ms msa:ms mlt:mt bur:my mya:my nob:nb nep:ne dut:nl nld:nl nno:nn " +
  "nor:no pan:pa pol:pl por:pt rum:ro ron:ro rus:ru slo:sk slk:sk slv:sl alb:sq sqi:sq srp:sr swe:sv swa:sw " +
  "tam:ta tel:te tha:th tuk:tk tur:tr ukr:uk urd:ur uzb:uz vie:vi chi:zh zho:zh"
)
  .split(" ")
  .map((pair) => pair.split(":") as [string, string]);

/**
 * A three-letter code as an agency writes a language in a file name (`Contract_BUL.docx`, `Contract_ENG.docx`) to its
 * two-letter one: ISO 639-2's, and the Windows codes of Bulgarian and American English (`BGR`, `ENU`), which
 * localisation files use.
 */
export const ISO_639_2: ReadonlyMap<string, string> = new Map([...STANDARD_THREE_LETTER, ["bgr", "bg"], ["enu", "en"]]);

/** A two-letter code's ISO 639-2 code (the bibliographic one where there are two), if listed. */
export function threeLetterCode(code: string): string | undefined {
  return STANDARD_THREE_LETTER.find(([, two]) => two === code)?.[0];
}
