import type * as htmlparser2Module from "htmlparser2";
import { lazy } from "../lazy.js";
import { foldSpaces } from "./space.js";

/** htmlparser2 is an ES module only: asynchronous readers `preload` it (see src/lazy.ts). */
export const htmlparser2 = lazy<typeof htmlparser2Module>("htmlparser2");

/** Elements whose content is never document text. */
const SKIP = new Set([
  "script",
  "style",
  "nav",
  "noscript",
  "template",
  "head",
  "title",
  "svg",
  "math",
  "iframe",
  "object",
  // A text field's content is what a user types, not the page's text (its placeholder is read: `attributeTexts`).
  "textarea",
  // A page's footer: copyright, contact and subscription lines, the same on every page; not the article's text.
  "footer",
]);

/** ARIA roles of a page's furniture, whatever element carries them: navigation, the page's footer, a search box. */
const SKIP_ROLES = new Set(["navigation", "contentinfo", "search"]);

/**
 * Words of a class or an id that name a page's furniture in templates with no `<nav>` or `<footer>` (an old CMS's
 * `div#menu`, `div.sidebar`, `div#cookie-consent`; stranger 113: 32 false errors on ten clean municipal pages).
 */
const FURNITURE_WORDS = new Set([
  "menu",
  "navbar",
  "nav",
  "navigation",
  "sidebar",
  "breadcrumb",
  "breadcrumbs",
  "cookie",
  "cookies",
  "consent",
  "footer",
  "topbar",
]);

/** A link to the site's home in a language: a language switcher's "/en/", "/bg", "?lang=en"; group 1 or 2 the language. */
const LANGUAGE_HOME = /^(?:https?:\/\/[^/]+)?\/([a-z]{2})(?:[-_][a-z]{2})?\/?(?:index\.\w+)?$|[?&]lang=([a-z]{2})\b/iu;

/** Whether a link goes to the site's home in another language than the page's (`pageLang`, from `<html lang>`). */
function otherLanguageHome(href: string | undefined, pageLang: string | undefined): boolean {
  const m = pageLang && href ? LANGUAGE_HOME.exec(href) : null;
  return m !== null && (m[1] ?? m[2])!.toLowerCase() !== pageLang;
}

/** Whether a class or an id names the page's furniture: one of its words, hyphens and underscores apart ("cookie-banner", "main_menu"). */
function furniture(value: string | undefined): boolean {
  if (!value) return false;
  return value
    .toLowerCase()
    .split(/[\s_-]+/u)
    .some((w) => FURNITURE_WORDS.has(w));
}

/**
 * Whether an element's attributes say its content is no document text: hidden (`hidden`, `aria-hidden`, an inline
 * `display: none`), a role of the page's furniture, a class or id that names it, or a link to the page in another
 * language (`hreflang`, or to another language's home, "/en/" on a Bulgarian page: a language switcher's "English"
 * is no sentence of the page; "/bg/" there is its own home, "Към началото").
 */
function hiddenBy(attributes: Readonly<Record<string, string>>, pageLang?: string, inMain = false): boolean {
  return (
    "hidden" in attributes ||
    attributes["aria-hidden"] === "true" ||
    SKIP_ROLES.has((attributes.role ?? "").trim().toLowerCase()) ||
    /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(attributes.style ?? "") ||
    "hreflang" in attributes ||
    otherLanguageHome(attributes.href, pageLang) ||
    // Inside the main content a class or an id names a part of it: a privacy notice's "cookie-table" (stranger 190).
    (!inMain && (furniture(attributes.class) || furniture(attributes.id)))
  );
}

/** A page's main content, where it marks one: `<main>`, or an element of role "main". */
const MAIN = /<main[\s>]|\srole\s*=\s*["']?main["'\s>]/iu;
/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "td",
  "th",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "main",
  "figure",
  "figcaption",
  "caption",
  "tr",
  "table",
  "ul",
  "ol",
  "dl",
  "address",
  "hr",
  "body",
  "form",
  "fieldset",
  "legend",
  // A form's and a page's controls are text a user reads, each on its own: a label, a button, a choice, a question.
  "label",
  "button",
  "option",
  "optgroup",
  "details",
  "summary",
]);

/**
 * The text of a link within the page that is a note's mark, not words: a
 * reference to a footnote ("1", "[12]", "*", "iv") or the way back from it
 * ("↑" as mammoth writes a Word footnote, "↩︎" as pandoc does). Glued to the
 * sentence, a reference read as its last number's digits ("April 2018.73").
 */
const NOTE_MARK = /^\s*(?:[[(]?(?:\d{1,4}|[*†‡§¶]{1,3}|[a-z]|[ivx]{1,5})[\])]?|[↑↩^][\ufe0e\ufe0f]?)\s*$/u;

/** An image's alt text that is only its file's name (`logo.png`): no words to translate. */
export const FILE_NAME = /^[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?)$/i;

/** A letter in a text: an option of none (a number of a picker) is no text. */
const LETTER_IN = /\p{L}/u;

/** Input types whose `value` is the label a button shows. */
const BUTTON_INPUTS = new Set(["submit", "button", "reset"]);

/**
 * The texts an element's attributes show a reader: an image's `alt` (`img`, `area`, an image button), a field's
 * `placeholder`, a button's `value` (`<input type="submit" value="Изпрати">`). An alt that is only a file's name
 * has no words to translate.
 */
function attributeTexts(name: string, attributes: Readonly<Record<string, string>>): string[] {
  const type = attributes.type?.toLowerCase() ?? "";
  const out: string[] = [];
  const add = (value: string | undefined) => {
    const text = foldSpaces(value ?? "").trim();
    if (text !== "" && !FILE_NAME.test(text)) out.push(text);
  };
  if (name === "img" || name === "area" || (name === "input" && type === "image")) add(attributes.alt);
  if ((name === "input" || name === "textarea") && attributes.placeholder !== undefined) add(attributes.placeholder);
  if (name === "input" && BUTTON_INPUTS.has(type)) add(attributes.value);
  if (name === "optgroup") add(attributes.label);
  return out;
}

/**
 * The text of an HTML page as sverka's plain text: each block element
 * (paragraph, heading, list item, table cell, footnote) a paragraph of its
 * own, separated by blank lines; <br> a line break; script, style and nav
 * dropped; a link within the page whose text is a note's mark (`NOTE_MARK`)
 * dropped; entities decoded; white space folded except in <pre>. What a
 * reader is shown or told besides the body is translated too, and a
 * memory needs it: the page's <title> and meta description come first,
 * each a paragraph; a label, a button, a choice of a list and a question
 * (`summary`) are paragraphs of their own; an image's alt text, a field's
 * placeholder and a button's value are paragraphs after the block that holds
 * them (inside it, they would split a sentence).
 */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = "";
  // A page that marks its main content is read there only: its header, menus, sidebars and banners, however written,
  // are no part of it (its title and description are read all the same).
  let skip = MAIN.test(html) ? 1 : 0;
  // The page's language, as its root says ("bg" of `<html lang="bg-BG">`): a link to another's home is a language switcher.
  const pageLang = /<html[^>]*\slang\s*=\s*["']?([a-z]{2})/iu.exec(html)?.[1]?.toLowerCase();
  // Per open element, whether it is the main content (entered: one level of `skip` lifted while it is open).
  const mains: boolean[] = [];
  let pre = 0;
  // The page's title (undefined until its element opens; an SVG's own <title> is a tooltip of the drawing) and description.
  let title: string | undefined;
  let inTitle = false;
  let svg = 0;
  let description = "";
  let social = "";
  // Alt texts, placeholders and button values met in the block being read, written after it.
  const alts: string[] = [];
  // A block ends any link within the page still open (its text kept, or dropped as a note's mark).
  const flush = () => {
    endLink();
    const text = pre
      ? current.replace(/^\n+|\s+$/g, "")
      : current
          .replace(/[ \t\r\f\v]+/g, " ")
          .replace(/ *\n */g, "\n")
          .trim();
    if (text !== "") blocks.push(text);
    current = "";
    blocks.push(...alts.splice(0));
  };
  // Whether each open element hides its content (htmlparser2 closes every element it opens, void ones too).
  const open: boolean[] = [];
  // The text of a link within the page, held until it ends: a note's mark is dropped, anything else kept.
  let link: string | undefined;
  // A note's mark dropped: the space before it goes too where a mark of punctuation follows ("Committee (1)," is
  // "Committee,", not "Committee ,"; stranger 221).
  let noteDropped = false;
  const add = (text: string) => {
    if (link !== undefined) link += text;
    else current = (noteDropped && /^[,.;:!?)]/u.test(text) ? current.trimEnd() : current) + text;
    if (text !== "") noteDropped = false;
  };
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        if (name === "svg") svg++;
        if (name === "title" && svg === 0 && title === undefined) {
          title = "";
          inTitle = true;
        }
        // The page's description, and its social preview's (a text of its own where it differs).
        const meta = (attributes.name ?? attributes.property ?? "").trim().toLowerCase();
        if (meta === "description" && attributes.content !== undefined) description = foldSpaces(attributes.content).trim();
        if (meta === "og:description" && attributes.content !== undefined) social = foldSpaces(attributes.content).trim();
        const main = (name === "main" || (attributes.role ?? "").trim().toLowerCase() === "main") && mains.every((m) => !m);
        mains.push(main);
        if (main) skip = Math.max(0, skip - 1);
        const inMain = mains.some((m) => m);
        const hides = SKIP.has(name) || (!main && hiddenBy(attributes, pageLang, inMain));
        // A text field's content is a user's, its placeholder the page's.
        if (skip === 0 && !hiddenBy(attributes, pageLang, inMain) && (!hides || name === "textarea"))
          alts.push(...attributeTexts(name, attributes));
        open.push(hides);
        if (hides) skip++;
        else if (skip === 0 && BLOCK.has(name)) flush();
        if (name === "pre") pre++;
        if (name === "br" && skip === 0) add("\n");
        if (name === "a" && attributes.href?.startsWith("#")) {
          endLink();
          link = "";
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skip === 0) add(pre ? text : foldSpaces(text));
      },
      onclosetag(name) {
        // An option with no letter (a year or a day of a picker) is no text to translate: its block was its own.
        if (name === "option" && !LETTER_IN.test(current)) current = "";
        if (name === "svg") svg = Math.max(0, svg - 1);
        if (name === "title") inTitle = false;
        if (name === "a") endLink();
        if (open.pop()) skip = Math.max(0, skip - 1);
        else if (skip === 0 && BLOCK.has(name)) flush();
        if (mains.pop()) {
          flush();
          skip++;
        }
        if (name === "pre") pre = Math.max(0, pre - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  function endLink() {
    if (link === undefined) return;
    const text = link;
    link = undefined;
    if (!NOTE_MARK.test(text)) current += text;
    else noteDropped = true;
  }
  parser.write(html);
  parser.end();
  flush();
  const front = [foldSpaces(title ?? "").trim(), description, social].filter((text, k, all) => text !== "" && all.indexOf(text) === k);
  return `${[...front, ...blocks].join("\n\n")}\n`;
}
