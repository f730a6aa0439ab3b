/**
 * A wrong pairing inside a site's template (stranger 96): both pages share a translated cookie notice, menu and
 * sidebar around two unrelated articles. The short lines pair well, and over all links the pair passed as a
 * translation; its running text is what the judgement must see.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alignFiles } from "../src/index.js";

const page = (lang: "bg" | "en", title: string, paragraphs: readonly string[]) => {
  const t =
    lang === "bg"
      ? {
          cookies: "Този сайт използва бисквитки, за да работи правилно. Като продължите, вие приемате нашата политика за бисквитките.",
          accept: "Приемам",
          menu: ["Начало", "Новини", "Услуги", "Контакти"],
          related: ["Свързани новини", "Започна ремонтът на улица „Александровска“", "Общината обяви конкурс за млади предприемачи"],
        }
      : {
          cookies: "This site uses cookies to work properly. By continuing, you accept our cookie policy.",
          accept: "Accept",
          menu: ["Home", "News", "Services", "Contacts"],
          related: [
            "Related news",
            "Repairs begin on Aleksandrovska Street",
            "The municipality announces a competition for young entrepreneurs",
          ],
        };
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="cookies"><p>${t.cookies}</p><button>${t.accept}</button></div>
<ul class="menu">${t.menu.map((m) => `<li><a href="/">${m}</a></li>`).join("")}</ul>
<div class="content"><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</div>
<div class="related"><h3>${t.related[0]}</h3><ul><li><a href="/1">${t.related[1]}</a></li><li><a href="/2">${t.related[2]}</a></li></ul></div>
</body></html>
`;
};

const LIBRARY_BG = page("bg", "Новата градска библиотека отвори врати", [
  "Новата градска библиотека в Русе отвори врати в понеделник. Сградата се намира на площад „Свобода“ и има три етажа. В нея има над 120 000 книги.",
  "Читалнята разполага с 80 места и безплатен интернет. Библиотеката ще работи всеки ден от 9 до 19 ч. Членството за деца и пенсионери е безплатно.",
  "Ремонтът на сградата продължи две години и струваше 4,2 млн. лв. Средствата са осигурени от общината и от европейски програми. Кметът благодари на всички, които помогнаха.",
]);
const LIBRARY_EN = page("en", "The new city library opens its doors", [
  "The new city library in Ruse opened its doors on Monday. The building is located on Svoboda Square and has three floors. It holds more than 120,000 books.",
  "The reading room has 80 seats and free internet access. The library will be open every day from 9 a.m. to 7 p.m. Membership is free for children and pensioners.",
  "The renovation of the building took two years and cost BGN 4.2 million. The funds were provided by the municipality and by European programmes. The mayor thanked everyone who helped.",
]);
const BRIDGE_EN = page("en", "Bridge over the Lom river closed for repairs", [
  "The bridge over the Lom river will be closed for repairs from 1 March. Drivers are advised to use the ring road. The works are expected to last four months.",
  "The contractor will replace the asphalt and the railings. Pedestrians will be able to cross on a temporary walkway. Buses 12 and 27 will follow a new route.",
  "The total cost of the project is EUR 1.8 million. Residents can send questions to the municipal office. A public meeting will be held on 20 February.",
]);

async function judged(bg: string, en: string) {
  const dir = mkdtempSync(join(tmpdir(), "sverka-template-"));
  writeFileSync(join(dir, "page.bg.html"), bg);
  writeFileSync(join(dir, "page.en.html"), en);
  const bitext = await alignFiles(join(dir, "page.bg.html"), join(dir, "page.en.html"), { sourceLang: "bg", targetLang: "en" });
  return (bitext.documentFlags ?? []).filter((f) => f.type === "not-a-translation");
}

test("an unrelated article in the same site's template is no translation; the article translated is one", async () => {
  const wrong = await judged(LIBRARY_BG, BRIDGE_EN);
  expect(wrong.map((f) => [f.severity, f.reason.replace(/\d+ %/u, "N %")])).toEqual([
    [
      "error",
      "the target does not look like a translation of the source: N % of the source's paired text shares almost nothing with the sentences it pairs with, and what does match is short lines (a site's menu, a cookie notice, headings?). Are these the right files?",
    ],
  ]);
  expect(await judged(LIBRARY_BG, LIBRARY_EN)).toEqual([]);
});
