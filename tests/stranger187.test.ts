/**
 * What the sixty-fifth session's strangers (187-193) showed, and what earlier ones (181, 183) had left: an insurer's
 * conditions, university transcripts, long and repetitive documents, web pages, German and Russian pairs, a tourism
 * guide and a construction specification.
 */

import { align } from "../src/index.js";

describe("left by earlier strangers (181, 183)", () => {
  const bg = [
    "Ръководство за инсталиране на термостат ТермоДом Т200",
    "Преди да започнете, изключете захранването от главния прекъсвач. Не докосвайте проводниците, докато захранването е включено. Инсталирането отнема около 30 минути.",
    "Термостатът работи при напрежение от 220 до 240 V и честота 50 Hz. Максималният ток на товара е 16 A. Уредът се монтира на височина 1,5 м от пода.",
    "Свалете стария термостат и маркирайте проводниците. Свържете кафявия проводник към клема L, а синия към клема N. Жълто-зеленият проводник се свързва към заземяването.",
    "Изтеглете приложението ТермоДом от Google Play или App Store. Влезте с профила си и натиснете бутона „Добави устройство“. Приложението ще потърси термостата в мрежата Wi-Fi в рамките на 60 секунди.",
    "Ако връзката не бъде установена, рестартирайте рутера и опитайте отново. Термостатът поддържа само мрежи с честота 2,4 GHz. Мрежите с честота 5 GHz не се поддържат.",
    "Устройството има гаранция от 12 месеца от датата на покупката. Тя не покрива повреди, причинени от неправилен монтаж. За гаранционно обслужване се обърнете към сервизния център на „Енергомакс“ ООД в Пловдив.",
  ];
  const en = [
    "ThermoDom T200 Thermostat Installation Guide",
    "Before you start, switch off the power at the main circuit breaker. Do not touch the wires while the power is on. Installation takes about 30 minutes.",
    "The thermostat operates at a voltage of 220 to 240 V and a frequency of 50 Hz. The maximum load current is 16 A. The unit is mounted at a height of 1.5 m above the floor.",
    "Remove the old thermostat and mark the wires. Connect the brown wire to terminal L and the blue wire to terminal N. The yellow-green wire is connected to the earth.",
    "Download the ThermoDom app from Google Play or the App Store. Sign in with your account and press the “Add device” button. The app will search for the thermostat on your Wi-Fi network for up to 60 seconds.",
    "If the connection is not established, restart the router and try again. The thermostat supports 2.4 GHz networks only. 5 GHz networks are not supported.",
    "The device has a 12-month warranty from the date of purchase. It does not cover damage caused by incorrect installation. Damage caused by water is also covered. For warranty service, contact the Energomax Ltd service centre in Plovdiv.",
  ];

  test("an added sentence that shares words with its neighbour is not told 'translated twice ... say the same' (stranger 183)", () => {
    const added = (translation: readonly string[]) =>
      align(bg.join("\n\n"), translation.join("\n\n"), { sourceLang: "bg", targetLang: "en" }).links.flatMap((l) =>
        (l.flags ?? []).filter((f) => f.type === "added").map((f) => `${f.severity} ${f.reason}`),
      );
    expect(added(en)).toEqual(["error this sentence is not in the source (paragraph 7)"]);
    // In the stranger's translation with its other defects (a sentence left out, others changed), the aligner's baseline reads it
    // as translating its neighbour's source sentence too: said as a question, not as two sentences saying the same.
    const defective = [
      "ThermoDom T300 Thermostat Installation Guide",
      "Before you begin, switch on the power at the main circuit breaker. Touch the wires while the power is on. Installation takes about 20 minutes.",
      "The thermostat operates at a voltage of 220 to 250 V and a frequency of 50 Hz. The maximum load current is 16 mA. Mount the unit 1.5 m (about 5 ft) above the floor.",
      "Remove the old thermostat and label the wires. Connect the brown wire to terminal N and the blue wire to terminal L.",
      'Download the ThermoDom app from Google Play. Log in with your profile and tap "Add device". The app will search for the thermostat on your Wi-Fi network for up to ninety seconds.',
      "If no connection is made, restart your router and try again. The thermostat supports 5 GHz networks only. 5 GHz networks are also supported.",
      en[6]!,
    ];
    expect(added(defective)).toEqual([
      "error this sentence is not in the source (paragraph 7); it says again much of what translation sentence 17 says: the same source sentence translated twice?",
    ]);
    // Said again in the same words, it is said as sure.
    const twice = en.map((p, n) =>
      n === 6 ? p.replace("Damage caused by water is also covered.", "It does not cover damage caused by incorrect installation.") : p,
    );
    expect(added(twice)).toEqual(["error this sentence is translated twice: translation sentences 18 and 19 say the same (paragraph 7)"]);
  });
});
