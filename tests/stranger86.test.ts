/** What a translator building a memory from a website, a data sheet and a tender notice found (stranger 86). */
import { segment } from "../src/segment/index.js";

describe("a data sheet's rows (stranger 86)", () => {
  test("rows opening with the same word are lines of their own, however long: not prose wrapped at their width", () => {
    const rows = [
      "Степен 1, PP филтър за механични примеси 5 µm: на всеки 6 месеца",
      "Степен 2, гранулиран активен въглен: на всеки 6 месеца",
      "Степен 3, филтър с пресован въглен: на всеки 6 месеца",
    ];
    expect(segment(`${rows.join("\n")}\n`, "bg").map((s) => s.text)).toEqual(rows);
    // Prose wrapped at 60-odd characters still joins its lines.
    const prose =
      "Изпълнителят доставя и монтира филтрите в срок от десет работни\nдни от подписването на договора, като уведомява Възложителя\nза датата на монтажа не по-късно от два дни преди нея.\n";
    expect(segment(prose, "bg").map((s) => s.text)).toHaveLength(1);
  });
});

test("'обр.' (образец, a form's number) ends no sentence (stranger 86's tender notice)", () => {
  expect(segment("Подава се протокол обр. 2а към офертата. Прилага се акт обр. 15 без забележки.\n", "bg").map((s) => s.text)).toEqual([
    "Подава се протокол обр. 2а към офертата.",
    "Прилага се акт обр. 15 без забележки.",
  ]);
});
