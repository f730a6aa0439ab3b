declare module "gettext-parser" {
  interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: { flag?: string; reference?: string; translator?: string; extracted?: string; previous?: string };
    obsolete?: boolean;
  }
  interface PoData {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  const gettextParser: { po: { parse(input: string | Buffer, options?: { defaultCharset?: string; validation?: boolean }): PoData } };
  export default gettextParser;
}
