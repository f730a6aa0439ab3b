/** What a builder of parallel corpora (stranger 108) showed: a translation with an unrelated story appended. */

import { align } from "../src/index.js";

const bg =
  "Нов учебен корпус беше открит днес в Професионалната гимназия по електротехника в Плевен. Сградата разполага с 24 кабинета, модерна лаборатория и физкултурен салон. Строителството отне по-малко от две години и беше изцяло финансирано от държавния бюджет. В гимназията учат 676 ученици, а интересът към специалностите ѝ расте всяка година. Директорът благодари на родителите за търпението им по време на строежа.\n";
const en = [
  "A new teaching building was opened today at the Vocational High School of Electrical Engineering in Pleven. The building has 24 classrooms, a modern laboratory and a gym. Construction took less than two years and was fully funded from the state budget. The school has 676 students. Interest in its courses grows every year. The headmaster thanked parents for their patience during construction.",
  "Wayde Sims shooting: Police arrest suspect Dyteon Simpson in LSU player's death",
  "Police have arrested a suspect in the fatal shooting death of Wayde Sims, a 20-year-old basketball player at LSU.",
  "Dyteon Simpson, 20, has been arrested and booked into prison on a second-degree murder charge, the Baton Rouge Police Department said.",
  "Police recovered the glasses from the scene and said they found Simpson's DNA on them, CBS affiliate WAFB reports.",
  "After questioning Simpson, police said he admitted to fatally shooting Wayde.",
  "His bond has been set at $350,000, the Advocate reports.",
  'LSU athletic director Joe Alleva thanked area law enforcement for its "diligence and pursuit of justice."',
  "Sims was 20 years old.",
  "He averaged 5.6 points and 2.6 rebounds a game last season.",
].join("\n\n");

test("a sentence linked into an unrelated story appended, its own translation left at the story's start, is a warning (stranger 108)", () => {
  const b = align(bg, `${en}\n`, { sourceLang: "bg", targetLang: "en" });
  // "Директорът благодари" linked by "director" and "thanked" to the story's line 13; its own translation is sentence 6.
  const last = b.links.find((l) => l.source[0] === 4)!;
  expect(last.target).toEqual([12]);
  expect(last.flags.map((f) => `${f.severity} ${f.type}: ${f.reason}`)).toEqual([
    "warning added: translation sentence 6, at the other end of the 7 sentences with no source beside this one, has no source, and this source would fit it about as well as it fits translation sentence 13: perhaps translation sentence 13 is the one added, and this is the source of translation sentence 6",
  ]);
});
