/** Short documents written for the language data's tests (tests/languages.test.ts): each pair sentence by sentence. */

export interface Pair {
  readonly source: string;
  readonly target: string;
  readonly sentences: readonly (readonly [string, string])[];
}

/** A pair from its sentences, joined into one paragraph a side. */
function pair(source: string, target: string, sentences: ReadonlyArray<readonly [string, string]>): Pair {
  return { source, target, sentences };
}

export const EN_DE = pair("en", "de", [
  ["Contract No. 4711 enters into force on 3 March 2026.", "Der Vertrag Nr. 4711 tritt am 3. März 2026 in Kraft."],
  [
    "The supplier shall deliver 250 units to the customer within 30 days.",
    "Der Lieferant liefert dem Kunden innerhalb von 30 Tagen 250 Stück.",
  ],
  [
    "The price is 1200 euros per unit, including 19 percent value added tax.",
    "Der Preis beträgt 1200 Euro pro Stück, einschließlich 19 Prozent Mehrwertsteuer.",
  ],
  ["Do not use the AX-200 device near water.", "Verwenden Sie das Gerät AX-200 nicht in der Nähe von Wasser."],
  ["Payments are due no later than 15 April 2026.", "Zahlungen sind spätestens am 15. April 2026 fällig."],
  [
    "The customer may terminate the contract with a notice period of 3 months.",
    "Der Kunde kann den Vertrag mit einer Kündigungsfrist von 3 Monaten kündigen.",
  ],
  ["Clean the housing with a dry cloth.", "Reinigen Sie das Gehäuse mit einem trockenen Tuch."],
  ["Dr. Müller of Berlin will answer all questions from the customer.", "Dr. Müller aus Berlin beantwortet alle Fragen des Kunden."],
  ["The training starts on Monday at 2:30 p.m.", "Die Schulung beginnt am Montag um 14:30 Uhr."],
  ["The warranty does not cover damage caused by improper use.", "Die Gewährleistung deckt keine Schäden durch unsachgemäßen Gebrauch."],
]);

export const EN_FR = pair("en", "fr", [
  [
    "Under Art. 5 of contract No. 4711, the contract enters into force on 3 March 2026.",
    "Conformément à l’art. 5 du contrat n° 4711, le contrat entre en vigueur le 3 mars 2026.",
  ],
  [
    "The supplier delivers 250 units to the customer within 30 days.",
    "Le fournisseur livre 250 unités au client dans un délai de 30 jours.",
  ],
  [
    "The price is 1200 euros per unit, including 20 per cent value added tax.",
    "Le prix est de 1200 euros par unité, taxe sur la valeur ajoutée de 20 pour cent comprise.",
  ],
  ["Do not use the AX-200 device near water.", "N’utilisez pas l’appareil AX-200 près de l’eau."],
  ["The training starts on Monday at 10:30 a.m.", "La formation commence lundi à 10 h 30."],
  ["Payment is due no later than 15 April 2026.", "Le paiement est dû au plus tard le 15 avril 2026."],
  ["Mr Dupont of Lyon will answer all questions from the customer.", "M. Dupont, de Lyon, répondra à toutes les questions du client."],
  ["Clean the housing with a dry cloth.", "Nettoyez le boîtier avec un chiffon sec."],
  [
    "The warranty does not cover damage caused by improper use.",
    "La garantie ne couvre pas les dommages causés par une mauvaise utilisation.",
  ],
  [
    "For more information, see Chapter 3 or call 01 23 45 67 89.",
    "Pour plus d’informations, voir le chap. 3 ou appelez le tél. 01 23 45 67 89.",
  ],
]);

export const EN_RU = pair("en", "ru", [
  ["Contract No. 4711 enters into force on 3 March 2026.", "Договор № 4711 вступает в силу 3 марта 2026 г."],
  ["The supplier delivers 250 units to the customer within 30 days.", "Поставщик поставляет клиенту 250 единиц в течение 30 дней."],
  [
    "The price is 1200 euros per unit, including 20 percent value added tax.",
    "Цена составляет 1200 евро за единицу, включая налог на добавленную стоимость 20 процентов.",
  ],
  ["Do not use the AX-200 device near water.", "Не используйте устройство AX-200 вблизи воды."],
  ["The training starts on Monday at 2:30 p.m.", "Обучение начинается в понедельник в 14:30."],
  ["Payment is due no later than 15 April 2026.", "Оплата производится не позднее 15 апреля 2026 г."],
  ["Mr Ivanov will answer all questions from the customer.", "Г-н Иванов ответит на все вопросы клиента."],
  ["Clean the housing with a dry cloth.", "Протрите корпус сухой тканью."],
  [
    "The warranty does not cover damage caused by improper use.",
    "Гарантия не распространяется на повреждения, вызванные неправильным использованием.",
  ],
  ["For details, see item 3 of Article 5 of the contract.", "Подробности см. в п. 3 ст. 5 договора."],
]);

export const BG_RU = pair("bg", "ru", [
  ["Договор № 4711 влиза в сила на 3 март 2026 г.", "Договор № 4711 вступает в силу 3 марта 2026 г."],
  ["Доставчикът доставя на клиента 250 броя в срок от 30 дни.", "Поставщик поставляет клиенту 250 штук в течение 30 дней."],
  [
    "Цената е 1200 лв. за брой, включително данък добавена стойност от 20 процента.",
    "Цена составляет 1200 лв. за штуку, включая налог на добавленную стоимость 20 процентов.",
  ],
  ["Не използвайте уреда близо до вода.", "Не используйте прибор вблизи воды."],
  ["Обучението започва в понеделник в 14:30 ч.", "Обучение начинается в понедельник в 14:30."],
  ["Плащането се извършва не по-късно от 15 април 2026 г.", "Оплата производится не позднее 15 апреля 2026 г."],
  ["Г-н Иванов ще отговори на всички въпроси на клиента.", "Г-н Иванов ответит на все вопросы клиента."],
  ["Почистете корпуса със суха кърпа.", "Протрите корпус сухой тканью."],
  [
    "Гаранцията не покрива повреди, причинени от неправилна употреба.",
    "Гарантия не распространяется на повреждения, вызванные неправильным использованием.",
  ],
  ["За подробности вижте т. 3 на чл. 5 от договора.", "Подробности см. в п. 3 ст. 5 договора."],
]);
