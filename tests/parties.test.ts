/** Parties compared across a link (src/review/checks/parties.ts): "Купувачът заплаща" translated "The Seller pays" is an error. */
import { align } from "../src/index.js";
import { CHECKS } from "../src/review/checks/index.js";
import { CONTRACT_SECOND, pairProblems } from "./helpers.js";

const problems = (bg: string, en: string) => pairProblems(bg, en);

describe("parties", () => {
  test("the other party named instead, in any form with the article or the plural: an error naming both as written", () => {
    expect(problems("Разходите за връщане са за сметка на купувача.", "Return costs are borne by the seller.")).toEqual([
      "names: the parties are swapped: the translation says seller where the source says купувача",
    ]);
    expect(problems("Наемателят заплаща консумативите.", "The Landlord pays the utilities.")).toEqual([
      "names: the parties are swapped: the translation says Landlord where the source says Наемателят",
    ]);
    expect(problems("Длъжниците уведомяват банката.", "The creditors notify the bank.")).toEqual([
      "names: the parties are swapped: the translation says creditors where the source says Длъжниците",
    ]);
    // A loan's borrower by the Obligations and Contracts Act's word ("заемател"), beside "заемополучател".
    expect(
      problems("Излишъкът се връща на Заемателя в срок от пет дни.", "The surplus is returned to the Lender within five days."),
    ).toEqual(["names: the parties are swapped: the translation says Lender where the source says Заемателя"]);
    expect(problems("Възложителят приема работата с протокол.", "The Contractor accepts the work by a signed report.")).toEqual([
      "names: the parties are swapped: the translation says Contractor where the source says Възложителят",
    ]);
  });

  test("the same party in another of its words, both parties on both sides as the source says them, or a party of another kind: no flag", () => {
    expect(problems("Продавачът издава фактура.", "The Vendor issues an invoice.")).toEqual([]);
    expect(problems("Купувачите получават гаранционна карта.", "Purchasers receive a warranty card.")).toEqual([]);
    // Who does what to whom, by its grammar: the subject's full article in Bulgarian, the first party named in English (stranger 228).
    expect(problems("Продавачът предава стоката на Купувача.", "The Buyer hands the goods over to the Seller.")).toEqual([
      "names: the parties are swapped: in the source Продавачът acts, in the translation Buyer",
    ]);
    expect(problems("Продавачът предава стоката на Купувача.", "The Seller hands the goods over to the Buyer.")).toEqual([]);
    // The employer of a works contract ("Възложител") is no counterpart of an employee.
    expect(problems("Възложителят осигурява достъп до обекта.", "The Employer provides access to the site.")).toEqual([]);
    expect(problems("Наемателят получава ключовете.", "The Tenant receives the keys.")).toEqual([]);
  });

  test("a source sentence with a pronoun is not judged: its translation may name the party the pronoun stands for", () => {
    // A lease: "He" is the Landlord, whom the translation names (and the tenant is cut off with the sentence's end).
    expect(
      problems(
        "Наемодателят поддържа покрива. Той е длъжен да извършва за своя сметка ремонтите, които не се дължат на виновно поведение на наемателя.",
        "The Landlord maintains the roof. The Landlord shall carry out at the Landlord's own expense any repairs not caused",
      ).filter((f) => f.startsWith("names: the parties are swapped")),
    ).toEqual([]);
    expect(problems("Той заплаща консумативите на наемателя.", "He pays the utilities to the Landlord.")).toEqual([]);
  });

  test("a pronoun after every party the source names stands for something named: the sentence is judged", () => {
    // A stranger's lease: "него" is the property.
    expect(
      problems(
        "Наемателят няма право да преотдава имота или части от него на трети лица.",
        "The Landlord may not sublet the property or any part of it to third parties.",
      ),
    ).toEqual(["names: the parties are swapped: the translation says Landlord where the source says Наемателят"]);
    expect(
      problems(
        "Наемателят няма право да преотдава имота или части от него на трети лица.",
        "The Tenant may not sublet the property or any part of it to third parties.",
      ),
    ).toEqual([]);
  });

  test("from English into Bulgarian too", () => {
    const b = align(
      `The Borrower repays the loan in 12 instalments.\n\n${CONTRACT_SECOND[1]}\n`,
      `Заемодателят погасява заема на 12 вноски.\n\n${CONTRACT_SECOND[0]}\n`,
      {
        sourceLang: "en",
        targetLang: "bg",
      },
    );
    expect(b.links.flatMap((l) => (l.flags ?? []).map((f) => f.reason))).toEqual([
      "the parties are swapped: the translation says Заемодателят where the source says Borrower",
    ]);
  });

  test("the check is listed among the review's checks", () => {
    expect(CHECKS.map((c) => c.name)).toContain("a party swapped");
  });
});
