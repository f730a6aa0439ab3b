/** `sverka merge` loses nothing of a memory other tools wrote; `--prop` and `--creation-id` tag the units sverka writes. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { mergeTmx } from "../src/formats/tmx-merge.js";
import { parseTmx, type TmxFile } from "../src/read/tm.js";
import {
  batchDir,
  corpus,
  fixture,
  PYTHON,
  ROOT,
  sverka,
  TMX_DTD,
  TRANSLATE_TOOLKIT,
  testNeeding,
  validateTmx,
  XMLLINT,
} from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sverka-merge-"));
const FIXTURES = readdirSync(fixture("tmx")).filter((f) => f.endsWith(".tmx"));
/** A TMX file read as sverka reads it (UTF-16 with a BOM included). */
const load = (path: string) => {
  const bytes = readFileSync(path);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString("utf16le") : bytes.toString("utf8");
  return parseTmx(text, path);
};
/** Every unit's segs, in order, as written. */
const segs = (file: TmxFile) => file.units.map((u) => u.variants.map((v) => [v.lang, v.seg]));

describe("merge round trip: merge a.tmx -o b.tmx keeps every unit", () => {
  test.each(FIXTURES)("%s", async (name) => {
    const out = join(dir, `rt-${name}`);
    const r = await sverka(["merge", fixture("tmx", name), "-o", out]);
    expect(r.code).toBe(0);
    const before = load(fixture("tmx", name));
    const after = load(out);
    // Seg content byte for byte, locales as they were, in the same order.
    expect(segs(after)).toEqual(segs(before));
    after.units.forEach((u, k) => {
      const was = before.units[k]!;
      for (const [attr, value] of Object.entries(was.attrs)) expect(u.attrs[attr]).toBe(value);
      for (const prop of was.props) expect(u.props).toContainEqual(prop);
      expect(u.props.map(([t]) => t)).not.toContain("x-sverka-score");
    });
    // Every <note> of the unit is still there, with its text.
    const notes = (file: TmxFile) => file.units.map((u) => u.xml.match(/<note[^>]*>[^<]*<\/note>/g)?.sort() ?? []);
    expect(notes(after)).toEqual(notes(before));
    expect(r.stderr).toMatch(new RegExp(`merged ${before.units.length} units of 1 memory .*: ${before.units.length} written`));
  });

  test("a merged memory merged again is the same memory", async () => {
    const once = join(dir, "once.tmx");
    const twice = join(dir, "twice.tmx");
    const all = FIXTURES.map((f) => fixture("tmx", f));
    expect((await sverka(["merge", ...all, "-o", once])).code).toBe(0);
    expect((await sverka(["merge", once, "-o", twice])).code).toBe(0);
    // The header says when the memory was changed: the one difference.
    const body = (path: string) => readFileSync(path, "utf8").replace(/changedate="\d+T\d+Z">/, "");
    expect(body(twice)).toBe(body(once));
  });

  testNeeding(
    [XMLLINT, TMX_DTD],
    "every merged memory is valid TMX 1.4, those of invalid inputs too (notes after a <tuv> are moved before it)",
    async () => {
      const outs = FIXTURES.map((f) => join(dir, `rt-${f}`));
      for (const [k, f] of FIXTURES.entries()) expect((await sverka(["merge", fixture("tmx", f), "-o", outs[k]!])).code).toBe(0);
      const all = join(dir, "valid-all.tmx");
      expect((await sverka(["merge", ...FIXTURES.map((f) => fixture("tmx", f)), "-o", all, "--prop", "x-client=ACME"])).code).toBe(0);
      const v = validateTmx([...outs, all]);
      expect(v.stderr).not.toMatch(/error/);
      expect(v.status).toBe(0);
    },
  );
});

describe("merging memories of other tools", () => {
  const spec = fixture("tmx", "spec-1.4b.tmx");
  const update = fixture("tmx", "spec-1.4b-update-utf16.tmx");

  test("two units with the same text and markup: the first memory's is kept, and with --newer-wins the newer changedate in its place; the choice is said", async () => {
    const kept = await sverka(["merge", spec, update, "-o", join(dir, "kept.tmx")]);
    expect(kept.stderr).toMatch(
      /kept .*spec-1\.4b\.tmx:\d+ \(tuid kt-006\) \(changed 20230115T090000Z\) over .*spec-1\.4b-update-utf16\.tmx:6 \(tuid kt-007\) \(changed 20240501T080000Z\): the memory merged into keeps its units/,
    );
    expect(load(join(dir, "kept.tmx")).units.map((u) => u.attrs.tuid)).toEqual([
      "kt-001",
      "kt-002",
      "kt-003",
      "kt-004",
      "kt-005",
      "kt-006",
      "kt-101",
    ]);
    const out = join(dir, "update.tmx");
    const r = await sverka(["merge", spec, update, "-o", out, "--newer-wins"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/merged 8 units of 2 memories .*: 7 written; 1 duplicate \(0 identical, 1 written differently/);
    expect(r.stderr).toMatch(
      /kept .*spec-1\.4b-update-utf16\.tmx:6 \(tuid kt-007\) \(changed 20240501T080000Z\) over .*spec-1\.4b\.tmx:\d+ \(tuid kt-006\) \(changed 20230115T090000Z\): the later date/,
    );
    const merged = load(out);
    expect(merged.units.map((u) => u.attrs.tuid)).toEqual(["kt-001", "kt-002", "kt-003", "kt-004", "kt-005", "kt-007", "kt-101"]);
    // The first memory's header is the merged one's, as written but for the tool and the changedate: its units say
    // what they said, by it. A later memory's units keep what their own header gave them, where it differs.
    expect(merged.header).toMatchObject({
      creationtool: "sverka",
      srclang: "*all*",
      datatype: "html",
      "o-encoding": "iso-8859-1",
      "o-tmf": "ABCTransMem",
      adminlang: "en-us",
      creationdate: "20230115T090000Z",
      creationid: "ivana",
    });
    expect(merged.header.changedate).toMatch(/^\d{8}T\d{6}Z$/);
    expect(merged.headerElements.map((e) => e.name)).toEqual(["note", "prop", "ude"]);
    for (const k of [0, 1, 2, 3, 4]) expect(merged.units[k]!.xml).toBe(load(spec).units[k]!.xml);
    expect(merged.units[5]!.variants.map((v) => v.lang)).toEqual(["EN-GB", "bg-bg"]);
    expect(merged.units[5]!.attrs).toMatchObject({ srclang: "en-GB", datatype: "plaintext", "o-tmf": "XYZ" });
    expect(merged.units[6]!.attrs).toMatchObject({ srclang: "en-GB", datatype: "plaintext", creationid: "petar" });
    // The first memory's note and prop stay in its header, not on its units nor the update's.
    expect(merged.units[1]!.xml).not.toContain("A client memory for the manual");
  });

  test("with --newer-wins the later date wins whichever file comes first, and is said so; no date: the first read is kept; by default the first memory's", () => {
    const unit = (tuid: string, date: string, seg: string) =>
      `<tu tuid="${tuid}"${date ? ` changedate="${date}"` : ""}><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="bg"><seg>Б</seg></tuv></tu>`;
    const tmx = (units: string) =>
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>${units}</body></tmx>`;
    const a = parseTmx(tmx(unit("a", "20240101T000000Z", "A &apos;x&apos;") + unit("c", "", "C")), "a.tmx");
    const b = parseTmx(tmx(unit("b", "20230101T000000Z", "A 'x'") + unit("d", "", "C")), "b.tmx");
    const m = mergeTmx([a, b], { newerWins: true });
    expect(m.written).toBe(2);
    expect(m.collisions.map((c) => [c.kept.tuid, c.dropped.tuid, c.why])).toEqual([
      ["a", "b", "newer"],
      ["c", "d", "first"],
    ]);
    expect(mergeTmx([b, a], { newerWins: true }).collisions.map((c) => [c.kept.tuid, c.why])).toEqual([
      ["a", "newer"],
      ["d", "first"],
    ]);
    expect(mergeTmx([b, a]).collisions.map((c) => [c.kept.tuid, c.why])).toEqual([
      ["b", "merged into"],
      ["d", "merged into"],
    ]);
  });

  // Stranger 33: a client's approved unit gave way to the same pair freshly aligned (dated today), its tuid, status and note lost.
  test("the XML comments between a client's units stay where they were written; a dropped unit's go with the next one kept (stranger 103)", () => {
    const unit = (tuid: string, seg: string, date = "") =>
      `<tu tuid="${tuid}"${date ? ` changedate="${date}"` : ""}><tuv xml:lang="bg"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>${seg}-en</seg></tuv></tu>`;
    const tmx = (units: string) =>
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="bg" datatype="plaintext"/><body>${units}</body></tmx>`;
    const client = parseTmx(
      tmx(
        `\n<!-- approved units, 2023: do not edit -->\n${unit("c1", "А")}\n<!-- draft -->${unit("c2", "Б")}\n<!-- end of the approved units -->\n`,
      ),
      "client.tmx",
    );
    const update = parseTmx(
      tmx(`<!-- our batch -->${unit("u1", "Б", "20990101T000000Z")}<!-- new -->${unit("u2", "В")}<!-- done -->`),
      "new.tmx",
    );
    const text = mergeTmx([client, update], { newerWins: true }).text;
    const order = (xml: string) => [...xml.matchAll(/<!--[^>]*-->|tuid="[^"]*"/g)].map((m) => m[0]);
    // The update's newer unit takes c2's place, under c2's comment; its own comment goes before the update's next unit.
    expect(order(text)).toEqual([
      "<!-- approved units, 2023: do not edit -->",
      'tuid="c1"',
      "<!-- draft -->",
      'tuid="u1"',
      "<!-- our batch -->",
      "<!-- new -->",
      'tuid="u2"',
      "<!-- end of the approved units -->",
      "<!-- done -->",
    ]);
    expect(parseTmx(text, "merged.tmx").units.map((u) => u.comments ?? [])).toEqual([
      ["<!-- approved units, 2023: do not edit -->"],
      ["<!-- draft -->"],
      ["<!-- our batch -->", "<!-- new -->"],
    ]);
    // Merged again, alone: nothing moves.
    expect(mergeTmx([parseTmx(text, "merged.tmx")]).text.replace(/changedate="[^"]*"/, "")).toBe(text.replace(/changedate="[^"]*"/, ""));
  });

  test("merge --drop-flagged keeps a unit a reviewer verified, as export does; check lists its problem as verified (stranger 111)", async () => {
    const unit = (tuid: string, verified: boolean) =>
      `<tu tuid="${tuid}">${verified ? '<prop type="x-sverka-status">verified</prop>' : ""}<tuv xml:lang="bg-BG"><seg>Лице за контакт от страна на ВЪЗЛОЖИТЕЛЯ е Елена Георгиева.</seg></tuv><tuv xml:lang="en-GB"><seg>The CLIENT's contact person is Elena Georgiev${tuid}.</seg></tuv></tu>`;
    const path = join(dir, "verified.tmx");
    writeFileSync(
      path,
      `<tmx version="1.4"><header creationtool="sverka" creationtoolversion="0.1.0" segtype="sentence" o-tmf="sverka" adminlang="en" srclang="bg-BG" datatype="plaintext"/><body>${unit("a", true)}${unit("b", false)}</body></tmx>`,
    );
    const out = join(dir, "verified-merged.tmx");
    const r = await sverka(["merge", path, "-o", out, "--drop-flagged", "warning"]);
    expect(r.code).toBe(0);
    expect(load(out).units.map((u) => u.attrs.tuid)).toEqual(["a"]);
    const c = await sverka(["check", path, "--fail-on", "warning"]);
    expect(c.stdout).toMatch(/1 verified by the reviewer, not counted/);
    expect(c.code).toBe(1);
  });

  test("a translator's unit is kept over the same pair sverka aligned, whatever the dates and the order", () => {
    const tmx = (units: string) =>
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>${units}</body></tmx>`;
    const client = parseTmx(
      tmx(
        `<tu tuid="acme-17" changedate="20250101T000000Z" changeid="maria"><prop type="x-status">approved</prop><note>Approved by regulatory.</note><tuv xml:lang="en"><seg>Keep this leaflet.</seg></tuv><tuv xml:lang="bg"><seg>Запазете тази листовка.</seg></tuv></tu>`,
      ),
      "client.tmx",
    );
    const aligned = parseTmx(
      tmx(
        `<tu tuid="1" creationdate="20261202T134741Z"><prop type="x-sverka-link">1-1</prop><prop type="x-sverka-score">0.99</prop><tuv xml:lang="en"><seg>Keep this leaflet.</seg></tuv><tuv xml:lang="bg"><seg>Запазете тази листовка.</seg></tuv></tu>`,
      ),
      "aligned.tmx",
    );
    // A batch's merged memory: its units give their confidence, not their place in a document.
    const batch = parseTmx(
      tmx(
        `<tu tuid="7" creationdate="20261202T134741Z"><prop type="x-sverka-score">0.99</prop><prop type="x-document">leaflet-017</prop><tuv xml:lang="en"><seg>Keep this leaflet.</seg></tuv><tuv xml:lang="bg"><seg>Запазете тази листовка.</seg></tuv></tu>`,
      ),
      "batch.tmx",
    );
    for (const files of [
      [client, aligned],
      [aligned, client],
      [batch, client],
    ]) {
      const m = mergeTmx(files);
      expect(m.collisions.map((c) => [c.kept.tuid, c.why])).toEqual([["acme-17", "memory"]]);
      const [unit] = parseTmx(m.text, "m.tmx").units;
      expect(unit!.props).toEqual([["x-status", "approved"]]);
      expect(unit!.xml).toContain("<note>Approved by regulatory.</note>");
    }
  });

  test("the first memory's DOCTYPE of the TMX DTD is written as it was (stranger 94)", () => {
    const xml = (doctype: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>Yes.</seg></tuv><tuv xml:lang="bg"><seg>Да.</seg></tuv></tu></body></tmx>`;
    const declared = parseTmx(xml('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'), "c.tmx");
    expect(mergeTmx([declared]).text.split("\n").slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
      '<tmx version="1.4">',
    ]);
    // None declared, none written.
    expect(mergeTmx([parseTmx(xml(""), "d.tmx")]).text).not.toContain("DOCTYPE");
  });

  describe("one source translated otherwise: a client's approved unit beside an old job's (stranger 94)", () => {
    const tmx = (units: string) =>
      `<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>${units}</body></tmx>`;
    const clientXml = tmx(
      `<tu tuid="lex-0002" changedate="20240301T000000Z"><prop type="x-status">Approved</prop><tuv xml:lang="en-US"><seg>Smoking is not allowed in the rooms.</seg></tuv><tuv xml:lang="bg-BG"><seg>Тютюнопушенето в стаите е забранено.</seg></tuv></tu>` +
        `<tu tuid="lex-0003"><tuv xml:lang="en-US"><seg>Breakfast is served from 7 to 10.</seg></tuv><tuv xml:lang="bg-BG"><seg>Закуската се сервира от 7 до 10 ч.</seg></tuv></tu>`,
    );
    const alignedXml = tmx(
      `<tu tuid="1" creationdate="20261205T080000Z"><prop type="x-sverka-score">0.98</prop><tuv xml:lang="en-US"><seg>Smoking is not allowed in the rooms.</seg></tuv><tuv xml:lang="bg-BG"><seg>Пушенето в стаите не е разрешено.</seg></tuv></tu>` +
        `<tu tuid="2" creationdate="20261205T080000Z"><prop type="x-sverka-score">0.99</prop><tuv xml:lang="en-US"><seg>Breakfast is served from 7 to 10.</seg></tuv><tuv xml:lang="bg-BG"><seg>Закуската се сервира от 7 до 10 ч.</seg></tuv></tu>`,
    );
    const client = parseTmx(clientXml, "client.tmx");
    const aligned = parseTmx(alignedXml, "aligned.tmx");
    const written = (text: string) => parseTmx(text, "m.tmx").units.map((u) => u.attrs.tuid);

    test("by default both are kept and the conflict is returned; the same pair is a duplicate, no conflict", () => {
      const m = mergeTmx([client, aligned]);
      expect(written(m.text)).toEqual(["lex-0002", "lex-0003", "1"]);
      expect(m.conflicts.map((c) => [c.unit.tuid, c.other.tuid, c.lang, c.kept])).toEqual([["1", "lex-0002", "bg-BG", true]]);
    });

    test("'memory' keeps the translator's unit in either order; 'first' the first memory's", () => {
      for (const files of [
        [client, aligned],
        [aligned, client],
      ]) {
        const m = mergeTmx(files, { conflicts: "memory" });
        expect(written(m.text)).toContain("lex-0002");
        expect(written(m.text)).not.toContain("1");
        expect(m.conflicts.map((c) => [c.unit.tuid, c.other.tuid, c.kept])).toEqual([["1", "lex-0002", false]]);
      }
      const first = mergeTmx([aligned, client], { conflicts: "first" });
      // The same pair is a duplicate, not a conflict: the translator's unit stands in the aligned one's place.
      expect(written(first.text)).toEqual(["1", "lex-0003"]);
      expect(first.conflicts.map((c) => [c.unit.tuid, c.other.tuid, c.kept])).toEqual([["lex-0002", "1", false]]);
    });

    test("the command says each conflict, and --conflicts memory leaves the aligned unit out", async () => {
      const [c, a] = [join(dir, "conflict-client.tmx"), join(dir, "conflict-aligned.tmx")];
      writeFileSync(c, clientXml);
      writeFileSync(a, alignedXml);
      const both = await sverka(["merge", c, a, "-o", join(dir, "conflict-both.tmx")]);
      expect(both.code).toBe(0);
      expect(both.stderr).toContain("1 unit translates a source another unit translates otherwise (1 kept beside it: listed below;");
      expect(both.stderr).toContain(`  another translation (bg-BG): ${a}:1 (tuid 1) beside ${c}:1 (tuid lex-0002)\n`);
      const memory = await sverka(["merge", c, a, "-o", join(dir, "conflict-memory.tmx"), "--conflicts", "memory"]);
      expect(memory.stderr).toContain(`  left out ${a}:1 (tuid 1): ${c}:1 (tuid lex-0002) translates its source otherwise (bg-BG)\n`);
      expect(written(readFileSync(join(dir, "conflict-memory.tmx"), "utf8"))).toEqual(["lex-0002", "lex-0003"]);
      // "-" is stdout, as for align and export.
      const piped = await sverka(["merge", c, a, "-o", "-", "--conflicts", "memory"]);
      expect(piped.code).toBe(0);
      expect(written(piped.stdout)).toEqual(["lex-0002", "lex-0003"]);
      expect(piped.stderr).toMatch(/^merged 4 units of 2 memories into stdout: 2 written;/);
    });
  });

  test("--prop adds no second prop of a type a unit has, nor one its file's header gives; the first memory's units get none", () => {
    const first = parseTmx(
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"></header><body>
<tu tuid="client"><tuv xml:lang="en"><seg>D</seg></tuv><tuv xml:lang="bg"><seg>Г</seg></tuv></tu></body></tmx>`,
      "first.tmx",
    );
    const file = parseTmx(
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"><prop type="x-client">ACME</prop></header><body>
<tu tuid="own"><prop type="x-domain">legal</prop><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="bg"><seg>Б</seg></tuv></tu>
<tu tuid="bare"><tuv xml:lang="en"><seg>C</seg></tuv><tuv xml:lang="bg"><seg>В</seg></tuv></tu></body></tmx>`,
      "client.tmx",
    );
    const merged = parseTmx(
      mergeTmx([first, file], {
        props: [
          ["x-domain", "it"],
          ["x-client", "Other"],
          ["x-project", "osce"],
        ],
        creationId: "maria",
      }).text,
      "m.tmx",
    );
    // The memory merged into comes back as it went (stranger 304): a job's tag and translator are the units it adds.
    expect(merged.units[0]!.xml).toBe(first.units[0]!.xml);
    const props = merged.units.slice(1).map((u) => u.props);
    expect(props[0]).toEqual([
      ["x-domain", "legal"],
      ["x-client", "ACME"],
      ["x-project", "osce"],
    ]);
    expect(props[1]).toEqual([
      ["x-client", "ACME"],
      ["x-domain", "it"],
      ["x-project", "osce"],
    ]);
    expect(merged.units.slice(1).map((u) => u.attrs.creationid)).toEqual(["maria", "maria"]);
  });

  /** A memory of `units`, its header saying `srclang` and holding `header` (notes, props). */
  const memoryText = (units: string, srclang = "bg-BG", header = "") =>
    `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext">${header}</header><body>
${units}</body></tmx>`;
  const memory = (path: string, units: string, srclang = "bg-BG", header = "") => parseTmx(memoryText(units, srclang, header), path);
  const tu = (tuid: string, bg: string, en: string, inside = "") =>
    `<tu tuid="${tuid}" creationdate="20240301T100000Z">${inside}<tuv xml:lang="bg"><seg>${bg}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>\n`;

  test("the first memory's header stays its header and its units are as written; a later one's header note and props go onto its units, but a prop of a type the unit has (stranger 78)", () => {
    const client = memory(
      "client.tmx",
      tu("c-1", "Договор", "Contract", '<prop type="x-domain">legal</prop>') + tu("c-2", "Помпа", "Pump"),
      "bg-BG",
      '<note>Client memory: do not share.</note><prop type="x-domain">technical</prop><prop type="x-client">Termo</prop>',
    );
    const other = memory(
      "other.tmx",
      tu("o-1", "Кран", "Valve") + tu("o-2", "Вентил", "Valve", '<prop type="x-domain">plumbing</prop>'),
      "bg-BG",
      '<note>From the manual.</note><prop type="x-domain">technical</prop><prop type="x-client">Termo</prop><prop type="x-project">KT</prop>',
    );
    const merged = parseTmx(mergeTmx([client, other]).text, "m.tmx");
    expect(merged.headerElements.map((e) => e.xml)).toEqual(client.headerElements.map((e) => e.xml));
    expect(merged.units.slice(0, 2).map((u) => u.xml)).toEqual(client.units.map((u) => u.xml));
    // What the merged header says already is not repeated; the rest of the other's header comes along.
    expect(merged.units[2]!.props).toEqual([["x-project", "KT"]]);
    expect(merged.units[2]!.xml).toContain("<note>From the manual.</note>");
    expect(merged.units[3]!.props).toEqual([
      ["x-domain", "plumbing"],
      ["x-project", "KT"],
    ]);
  });

  test("tuids two memories share: the first memory's stay, a later one's are made unique (a tuid no memory uses), and said so", async () => {
    const [aUnits, bUnits] = [
      tu("1", "Едно", "One") + tu("2", "Две", "Two"),
      tu("1", "Три", "Three") + tu("2", "Две", "Two") + tu("1-2", "Четири", "Four") + tu("9", "Пет", "Five"),
    ];
    const a = memory("a.tmx", aUnits);
    const b = memory("b.tmx", bUnits);
    const c = memory("c.tmx", tu("1", "Шест", "Six"));
    const m = mergeTmx([a, b, c]);
    const merged = parseTmx(m.text, "m.tmx");
    // b's "2" is a duplicate of a's (written alike), dropped; its "1" and c's "1" are other units.
    expect(merged.units.map((u) => [u.attrs.tuid, u.variants[1]!.seg])).toEqual([
      ["1", "One"],
      ["2", "Two"],
      ["1-3", "Three"],
      ["1-2", "Four"],
      ["9", "Five"],
      ["1-4", "Six"],
    ]);
    expect(m.renamed.map((r) => [r.place.path, r.place.tuid, r.tuid])).toEqual([
      ["b.tmx", "1", "1-3"],
      ["c.tmx", "1", "1-4"],
    ]);
    // Only the tuid changes: the unit is otherwise as written.
    expect(merged.units[2]!.xml).toBe(b.units[0]!.xml.replace('tuid="1"', 'tuid="1-3"'));
    const files = [aUnits, bUnits].map((units, k) => {
      const path = join(dir, `tuids-${k}.tmx`);
      writeFileSync(path, memoryText(units));
      return path;
    });
    const r = await sverka(["merge", ...files, "-o", join(dir, "tuids.tmx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`; 1 tuid already used by an earlier memory made unique (${files[1]}:${b.units[0]!.line} 1 → 1-3)`);
  });

  test("a pair aligned with bare language tags is the pair a client's memory holds in its regions: the memory's unit is kept (stranger 78)", () => {
    const regional = (target: string) =>
      parseTmx(
        `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="bg-BG" datatype="plaintext"/><body>
<tu tuid="4"><note>Approved.</note><tuv xml:lang="bg-BG"><seg>Договор</seg></tuv><tuv xml:lang="${target}"><seg>Contract</seg></tuv></tu>
</body></tmx>`,
        `client-${target}.tmx`,
      );
    const aligned = parseTmx(
      `<tmx version="1.4"><header creationtool="sverka" creationtoolversion="0.1.0" segtype="sentence" o-tmf="sverka-bitext" adminlang="en-US" srclang="bg" datatype="plaintext"/><body>
<tu tuid="1" creationdate="20261204T100000Z"><prop type="x-sverka-score">1</prop><tuv xml:lang="bg"><seg>Договор</seg></tuv><tuv xml:lang="en"><seg>Contract</seg></tuv></tu>
</body></tmx>`,
      "aligned.tmx",
    );
    for (const files of [
      [regional("en-GB"), aligned],
      [aligned, regional("en-GB")],
    ]) {
      const m = mergeTmx(files);
      expect([m.written, m.collisions.map((c) => [c.kept.path, c.why])]).toEqual([1, [["client-en-GB.tmx", "memory"]]]);
    }
    // The client's memory first: its unit as written.
    expect(parseTmx(mergeTmx([regional("en-GB"), aligned]).text, "m.tmx").units[0]!.xml).toBe(regional("en-GB").units[0]!.xml);
    // Another region is another unit: a memory for each keeps its own.
    expect(mergeTmx([regional("en-GB"), regional("en-US")]).written).toBe(2);
  });

  test("memories whose source languages differ: the first's in the header, not *all*; each unit keeps its own", () => {
    const regional = memory("client.tmx", tu("c-1", "Договор", "Contract"), "bg-BG");
    const plain = memory("update.tmx", tu("u-1", "Помпа", "Pump"), "bg");
    const merged = parseTmx(mergeTmx([regional, plain]).text, "m.tmx");
    expect(merged.header.srclang).toBe("bg-BG");
    expect(merged.units.map((u) => u.attrs.srclang)).toEqual([undefined, "bg"]);
    expect(parseTmx(mergeTmx([plain, regional]).text, "m.tmx").header.srclang).toBe("bg");
    // Another source language: the first's header still, the other memory's units saying theirs.
    const withEnglish = parseTmx(mergeTmx([regional, memory("en.tmx", tu("e-1", "Кран", "Valve"), "en-GB")]).text, "m.tmx");
    expect(withEnglish.header.srclang).toBe("bg-BG");
    expect(withEnglish.units.map((u) => u.attrs.srclang)).toEqual([undefined, "en-GB"]);
  });

  test("a memory merged again with an update it holds: no unit reported, the richer one kept whichever comes first", () => {
    const client = memory("client.tmx", tu("c-1", "Договор", "Contract"), "bg-BG", '<prop type="x-client">Termo</prop>');
    const update = memory(
      "update.tmx",
      tu("1", "Помпа", "Pump", '<prop type="x-document">manual</prop>') + tu("c-1", "Кран", "Valve"),
      "bg",
      "<note>From the manual.</note>",
    );
    const once = parseTmx(mergeTmx([client, update]).text, "once.tmx");
    expect(once.units.map((u) => u.attrs.tuid)).toEqual(["c-1", "1", "c-1-2"]);
    const again = mergeTmx([once, update]);
    expect(again.collisions).toEqual([]);
    expect([again.written, again.contained, again.renamed.length]).toEqual([3, 2, 0]);
    expect(again.text.replace(/changedate="\d+T\d+Z">/, "")).toBe(mergeTmx([once]).text.replace(/changedate="\d+T\d+Z">/, ""));
    // The other way round, the merged memory's unit says all the update's does and more (its header's note): it is kept
    // with --newer-wins; by default the memory merged into keeps its own, and the other's note is said to be left out.
    const reversed = parseTmx(mergeTmx([update, once], { newerWins: true }).text, "r.tmx");
    expect(reversed.units[0]!.xml).toContain("<note>From the manual.</note>");
    expect(mergeTmx([update, once]).collisions.map((c) => c.why)).toEqual(["merged into", "merged into"]);
    // A unit that says something the other does not is still a collision, and said so.
    const edited = memory("edited.tmx", tu("1", "Помпа", "Pump", "<note>Checked by Maria.</note>"), "bg");
    expect(mergeTmx([once, edited], { newerWins: true }).collisions.map((c) => c.why)).toEqual(["first"]);
    expect(mergeTmx([once, edited]).collisions.map((c) => c.why)).toEqual(["merged into"]);
  });

  test("a <tuv>'s changedate counts: the unit whose translation was changed last wins", () => {
    const tmx = (tuid: string, tuvDate: string) =>
      parseTmx(
        `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="${tuid}" changedate="20230101T000000Z"><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="bg" changedate="${tuvDate}"><seg>Б</seg></tuv></tu></body></tmx>`,
        `${tuid}.tmx`,
      );
    const m = mergeTmx([tmx("old", "20230601T000000Z"), tmx("new", "20250101T000000Z")], { newerWins: true });
    expect(m.collisions.map((c) => [c.kept.tuid, c.kept.date, c.dropped.date, c.why])).toEqual([
      ["new", "20250101T000000Z", "20230601T000000Z", "newer"],
    ]);
  });

  test("the first memory keeps its unit over a later-dated copy, and --conflicts first does with --newer-wins; a no-break space makes another unit (strangers 304, 307)", () => {
    const client = memory(
      "client.tmx",
      tu("acme-6", "Договорът влиза в сила.", "The contract enters into force.", '<prop type="x-status">approved</prop>') +
        tu("acme-4", "Срокът е 30&#160;дни.", "The term is 30&#160;days."),
    );
    const vendor = memory(
      "vendor.tmx",
      `<tu tuid="v-1" changedate="20250110T100000Z"><tuv xml:lang="bg"><seg>Договорът влиза в сила.</seg></tuv><tuv xml:lang="en"><seg>The contract enters into force.</seg></tuv></tu>\n` +
        tu("v-2", "Срокът е 30 дни.", "The term is 30 days."),
    );
    const kept = mergeTmx([client, vendor]);
    const units = parseTmx(kept.text, "m.tmx").units;
    expect(units.map((u) => u.attrs.tuid)).toEqual(["acme-6", "acme-4", "v-2"]);
    expect(units.slice(0, 2).map((u) => u.xml)).toEqual(client.units.map((u) => u.xml));
    expect(kept.collisions.map((c) => [c.kept.tuid, c.dropped.tuid, c.why])).toEqual([["acme-6", "v-1", "merged into"]]);
    const first = mergeTmx([client, vendor], { conflicts: "first", newerWins: true });
    expect(first.collisions.map((c) => [c.kept.tuid, c.dropped.tuid, c.why])).toEqual([["acme-6", "v-1", "policy"]]);
    // With --newer-wins the copy changed last is kept; the no-break spaces' unit stays either way.
    const newer = mergeTmx([client, vendor], { newerWins: true });
    expect(newer.collisions.map((c) => [c.kept.tuid, c.why])).toEqual([["v-1", "newer"]]);
    expect(parseTmx(newer.text, "b.tmx").units.map((u) => u.attrs.tuid)).toEqual(["v-1", "acme-4", "v-2"]);
  });

  test("an en-GB and an en-US translation of one source in two memories are no conflict; a bare en against either is (stranger 307)", () => {
    const unit = (tuid: string, lang: string, en: string) =>
      `<tu tuid="${tuid}"><tuv xml:lang="bg-BG"><seg>Цвят</seg></tuv><tuv xml:lang="${lang}"><seg>${en}</seg></tuv></tu>`;
    const client = memory("client.tmx", unit("gb", "en-GB", "Colour"));
    const vendor = memory("vendor.tmx", unit("us", "en-US", "Color"));
    expect(mergeTmx([client, vendor], { conflicts: "first" }).conflicts).toEqual([]);
    expect(parseTmx(mergeTmx([client, vendor], { conflicts: "first" }).text, "m.tmx").units.map((u) => u.attrs.tuid)).toEqual(["gb", "us"]);
    const bare = memory("bare.tmx", unit("bare", "en", "Hue"));
    expect(mergeTmx([client, vendor, bare]).conflicts.map((c) => [c.unit.tuid, c.other.tuid])).toEqual([["bare", "gb"]]);
  });

  test("an empty translation is no conflict; units carrying sverka's error flags are counted (stranger 312)", () => {
    const client = memory("client.tmx", tu("c-3", "Празен превод.", ""));
    const vendor = memory("vendor.tmx", tu("v-3", "Празен превод.", "Empty translation."));
    const m = mergeTmx([client, vendor], { conflicts: "first" });
    expect(m.conflicts).toEqual([]);
    expect(m.written).toBe(2);
    const flagged = memory(
      "aligned.tmx",
      tu(
        "1",
        "Страните се задължават да не разкриват информацията.",
        "The Parties undertake to disclose the information.",
        '<prop type="x-sverka-flag">error negation: meaning reversed?</prop>',
      ),
    );
    expect(mergeTmx([client, flagged]).flaggedErrors).toBe(1);
  });

  test("the same text with other inline markup is another unit", () => {
    const file = parseTmx(
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Version <ph x="1">{0}</ph> is out.</seg></tuv><tuv xml:lang="bg"><seg>Версия <ph x="1">{0}</ph> излезе.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Version  is out.</seg></tuv><tuv xml:lang="bg"><seg>Версия  излезе.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Version <ph x="2">{0}</ph> is out.</seg></tuv><tuv xml:lang="bg"><seg>Версия <ph x="2">{0}</ph> излезе.</seg></tuv></tu>
</body></tmx>`,
      "m.tmx",
    );
    expect(mergeTmx([file]).written).toBe(3);
    expect(file.units[0]!.variants[0]).toMatchObject({ seg: 'Version <ph x="1">{0}</ph> is out.', text: "Version {0} is out." });
  });

  test("the same texts translated the other way are another unit: a memory of pairs in both directions merged again keeps both", () => {
    const both = parseTmx(
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="*all*" datatype="plaintext"/><body>
<tu srclang="bg" tuid="142"><tuv xml:lang="bg"><seg>ИЗПЪЛНИТЕЛ:</seg></tuv><tuv xml:lang="en"><seg>CONTRACTOR:</seg></tuv></tu>
<tu srclang="en" tuid="187"><tuv xml:lang="en"><seg>CONTRACTOR:</seg></tuv><tuv xml:lang="bg"><seg>ИЗПЪЛНИТЕЛ:</seg></tuv></tu>
<tu srclang="bg-BG" tuid="190"><tuv xml:lang="bg-BG"><seg>ИЗПЪЛНИТЕЛ:</seg></tuv><tuv xml:lang="en"><seg>CONTRACTOR:</seg></tuv></tu>
</body></tmx>`,
      "all.tmx",
    );
    // The memory merged into keeps each of its own units (stranger 178): the third, a duplicate of the first, too.
    const alone = mergeTmx([both]);
    expect([alone.written, alone.collisions.length]).toEqual([3, 0]);
    // bg-BG is bg: the language alone is any of its regions, so a later memory's unit is the first again (no date: the first kept).
    const [two, third] = [both.units.slice(0, 2), both.units.slice(2)].map((units) => ({ ...both, units }));
    const m = mergeTmx([two!, third!]);
    expect([m.written, m.collisions.length]).toEqual([2, 1]);
    const again = parseTmx(m.text, "again.tmx");
    expect(again.units.map((u) => u.attrs.srclang)).toEqual(["bg", "en"]);
    // A unit saying no srclang has its header's: the same as one that says it.
    const bgMemory = memory("bg.tmx", tu("1", "Договор", "Contract"), "bg");
    const enMemory = parseTmx(
      `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>Contract</seg></tuv><tuv xml:lang="bg"><seg>Договор</seg></tuv></tu>
<tu tuid="2" srclang="bg"><tuv xml:lang="bg"><seg>Договор</seg></tuv><tuv xml:lang="en"><seg>Contract</seg></tuv></tu>
</body></tmx>`,
      "en.tmx",
    );
    const mixed = mergeTmx([bgMemory, enMemory]);
    expect([mixed.written, mixed.collisions.length]).toEqual([2, 1]);
  });

  test("sverka's own memories: their scores are kept, each unit notes its document", async () => {
    const tmx = join(dir, "osce.tmx");
    const doc = corpus("osce-alliance-2024", "bg.txt");
    expect((await sverka(["align", doc, corpus("osce-alliance-2024", "en.txt"), "-o", tmx, "-q"])).code).toBe(0);
    const other = join(dir, "other.tmx");
    writeFileSync(other, readFileSync(tmx, "utf8").replace(/x-sverka-source-document">[^<]*/, 'x-sverka-source-document">other.txt'));
    const out = join(dir, "own.tmx");
    expect((await sverka(["merge", tmx, other, "-o", out])).code).toBe(0);
    const merged = readFileSync(out, "utf8");
    expect(merged.match(/<prop type="x-sverka-score">/g)).toHaveLength(readFileSync(tmx, "utf8").match(/<tu /g)!.length);
    // The document by its path below the folder the command ran in: the absolute path given stays on this machine.
    expect(merged).toContain(`<prop type="x-document">corpus/osce-alliance-2024/bg.txt</prop>`);
    expect(merged).not.toContain(doc);
  });
});

describe("bad memories are refused, naming the file and line, and nothing is written", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "broken.tmx",
      `<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en"/>\n<body><tu><tuv xml:lang="en"><seg>A</tuv></tu></body></tmx>`,
      /broken\.tmx: line 4: not well-formed TMX/,
    ],
    [
      "entity.tmx",
      `<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu><tuv xml:lang="en"><seg>A &nbsp; B</seg></tuv></tu></body></tmx>`,
      /entity\.tmx: line 4: .*undefined entity "&nbsp;"/,
    ],
    ["nolang.tmx", `<tmx version="1.4">\n<header creationtool="t"/>\n<body/></tmx>`, /nolang\.tmx: line 2: the TMX header has no srclang/],
    [
      "tuv.tmx",
      `<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu>\n<tuv><seg>A</seg></tuv></tu></body></tmx>`,
      /tuv\.tmx: line 5: a <tuv> with no xml:lang/,
    ],
    ["xliff.tmx", `<xliff version="1.2"/>`, /xliff\.tmx: line 1: not a TMX file \(the root element is <xliff>/],
    // The units are read as the file is parsed: what is wrong with the file as a whole is still said first.
    [
      "nolang-tuv.tmx",
      `<tmx version="1.4">\n<header creationtool="t"/>\n<body>\n<tu>\n<tuv><seg>A</seg></tuv></tu></body></tmx>`,
      /nolang-tuv\.tmx: line 2: the TMX header has no srclang/,
    ],
    [
      "other-root.tmx",
      `<doc>\n<header srclang="en"/>\n<body>\n<tu>\n<tuv><seg>A</seg></tuv></tu></body></doc>`,
      /other-root\.tmx: line 1: not a TMX file \(the root element is <doc>/,
    ],
    [
      "second-tuv.tmx",
      `<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu><tuv xml:lang="en"><seg>A</seg></tuv></tu>\n<tu>\n<tuv xml:lang="bg"/></tu>\n<tu><tuv/></tu></body></tmx>`,
      /second-tuv\.tmx: line 6: a <tuv> with no <seg>/,
    ],
  ];
  test.each(cases)("%s", async (name, text, message) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const out = join(dir, `out-${name}`);
    const r = await sverka(["merge", fixture("tmx", "po2tmx.tmx"), path, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--prop and --creation-id", () => {
  const bg = corpus("osce-alliance-2024", "bg.txt");
  const en = corpus("osce-alliance-2024", "en.txt");

  test("a memory merged with its copy written otherwise: ten collisions listed, the rest counted (a stranger's 76 lines)", async () => {
    const [a, b] = [join(dir, "client-a.tmx"), join(dir, "client-b.tmx")];
    for (const [out, client] of [
      [a, "A"],
      [b, "B"],
    ] as const)
      expect((await sverka(["align", bg, en, "-o", out, "-q", "--prop", `x-client=${client}`])).code).toBe(0);
    // Written in the same second or not, as the machine's load has it: one date for both, so no date tells them apart.
    for (const file of [a, b])
      writeFileSync(file, readFileSync(file, "utf8").replace(/creationdate="[^"]*"/g, 'creationdate="20261201T120000Z"'));
    const units = load(a).units.length;
    expect(units).toBeGreaterThan(10);
    const r = await sverka(["merge", a, b, "-o", join(dir, "clients.tmx")]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("  kept "))).toHaveLength(10);
    expect(lines[lines.length - 1]).toBe(`  and ${units - 10} more kept the same ways: ${units - 10} of ${a} over ${b}`);
  });

  test("align writes them on every unit, and the creationid on the header", async () => {
    const out = join(dir, "props.tmx");
    const r = await sverka([
      "align",
      bg,
      en,
      "-o",
      out,
      "-q",
      "--prop",
      "x-client=ACME & Co",
      "--prop",
      "x-domain=politics",
      "--creation-id",
      "maria",
    ]);
    expect(r.code).toBe(0);
    const file = load(out);
    expect(file.header.creationid).toBe("maria");
    expect(file.units.length).toBeGreaterThan(5);
    for (const u of file.units) {
      expect(u.props).toEqual(
        expect.arrayContaining([
          ["x-client", "ACME & Co"],
          ["x-domain", "politics"],
        ]),
      );
      expect(u.attrs.creationid).toBe("maria");
    }
  });

  test("export and merge take them too; merge keeps a unit's own creationid, and the first memory's units and creationid", async () => {
    const json = join(dir, "b.json");
    expect((await sverka(["align", bg, en, "-o", json, "-q"])).code).toBe(0);
    const tmx = join(dir, "b.tmx");
    expect((await sverka(["export", json, "-o", tmx, "--prop", "x-project=osce"])).code).toBe(0);
    expect(load(tmx).units.every((u) => u.props.some(([t, v]) => t === "x-project" && v === "osce"))).toBe(true);
    const merged = join(dir, "b-merged.tmx");
    expect(
      (
        await sverka([
          "merge",
          fixture("tmx", "translate-toolkit-api.tmx"),
          fixture("tmx", "spec-1.4b-update-utf16.tmx"),
          "-o",
          merged,
          "--creation-id",
          "sverka-bot",
          "--prop",
          "x-project=osce",
        ])
      ).code,
    ).toBe(0);
    const first = load(fixture("tmx", "translate-toolkit-api.tmx"));
    const units = load(merged).units;
    // The first memory's units as they were; the later memory's tagged, its own creationid kept.
    expect(units.slice(0, first.units.length).map((u) => u.xml)).toEqual(first.units.map((u) => u.xml));
    const added = units.slice(first.units.length);
    expect(added.map((u) => u.attrs.creationid)).toEqual(["sverka-bot", "petar"]);
    expect(added.every((u) => u.props.some(([t]) => t === "x-project"))).toBe(true);
    // Who changed the memory today (stranger 111: the client header's changeid went with no word of who changed it);
    // who made it stays the first memory's where it says (stranger 304), else the one who merged.
    expect(load(merged).header.changeid).toBe("sverka-bot");
    expect(load(merged).header.creationid).toBe(first.header.creationid ?? "sverka-bot");
  });

  test("batch writes them into each pair's memory and the --merge-tmx one", async () => {
    const root = batchDir();
    const r = await sverka([
      "batch",
      join(root, "docs"),
      "--out-dir",
      join(root, "out"),
      "--merge-tmx",
      join(root, "all.tmx"),
      "--jobs",
      "1",
      "--prop",
      "x-client=ACME",
      "--creation-id",
      "maria",
    ]);
    expect(r.code).toBe(0);
    for (const path of [join(root, "out", "osce.tmx"), join(root, "all.tmx")]) {
      const file = load(path);
      expect(file.header.creationid).toBe("maria");
      expect(file.units.every((u) => u.attrs.creationid === "maria" && u.props.some(([t, v]) => t === "x-client" && v === "ACME"))).toBe(
        true,
      );
    }
  });

  test.each([
    [["--prop", "client"], /--prop <type=value>.*expected TYPE=VALUE/],
    [["--prop", "x client=A"], /--prop <type=value>.*expected TYPE=VALUE/],
    [["--prop", "x-client="], /--prop <type=value>.*expected TYPE=VALUE/],
    [["--creation-id", " "], /--creation-id <id>.*expected a name or id/],
  ])("bad values are refused, naming the option: %j", async (args, message) => {
    const out = join(dir, "never.tmx");
    const r = await sverka(["align", bg, en, "-o", out, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

/** Text as memories hold it: markup characters, entities' characters, quotes, letters of several scripts. */
const text = fc.string({ unit: fc.constantFrom("a", "Б", " ", "&", "<", ">", '"', "'", "ü", "1", "\t", "𝄞"), minLength: 1, maxLength: 12 });
const escaped = text.map((t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
/** Seg content: text and inline elements (with content, nested, empty) in any mix, written as other tools write them. */
const seg = fc
  .array(
    fc.oneof(
      escaped,
      escaped.map((t) => `<ph x="1">${t}</ph>`),
      fc.constant('<ph x="2"/>'),
      escaped.map((t) => `<bpt i="1">${t}</bpt>x<ept i="1">&lt;/b&gt;</ept>`),
      escaped.map((t) => `<hi type="b">${t}<ph/></hi>`),
      escaped.map((t) => `<it pos="end">${t}</it><ut>{\\b}</ut>`),
      escaped.map((t) => `<bpt i="3">&lt;a title="<sub>${t}</sub>"&gt;</bpt>`),
      fc.constant("<![CDATA[<&>]]>"),
      fc.constant("&#x1F600;&apos;&quot;"),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(""));

const memory = fc.array(fc.tuple(seg, seg, fc.constantFrom("bg", "bg-BG", "de")), { minLength: 1, maxLength: 5 }).map((units) => {
  const body = units
    .map(
      ([s, t, lang], k) =>
        `<tu tuid="${k}">\n <tuv xml:lang="en"><seg>${s}</seg></tuv>\n <tuv xml:lang="${lang}"><seg>${t}</seg></tuv>\n</tu>`,
    )
    .join("\n");
  return `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="xml"/><body>${body}</body></tmx>`;
});

testNeeding([XMLLINT, TMX_DTD], "property: 100 generated memories, merged, are valid TMX 1.4", () => {
  const files = fc.sample(memory, { numRuns: 100, seed: 16 }).map((text, k) => {
    const path = join(dir, `gen-${k}.tmx`);
    writeFileSync(path, mergeTmx([parseTmx(text, path)]).text);
    return path;
  });
  const v = validateTmx(files);
  expect(v.stderr).not.toMatch(/error/);
  expect(v.status).toBe(0);
});

test("property: a merged TMX holds every unit's seg content byte for byte", () => {
  fc.assert(
    fc.property(memory, (text) => {
      const file = parseTmx(text, "p.tmx");
      const merged = parseTmx(mergeTmx([file]).text, "out.tmx");
      const kept = merged.units.map((u) => u.attrs.tuid!);
      // Units dropped as duplicates say the same as one kept; all others come out as they went in.
      for (const u of merged.units)
        expect(segs({ ...merged, units: [u] })).toEqual(segs({ ...file, units: [file.units[Number(u.attrs.tuid)]!] }));
      expect(new Set(file.units.map((u) => u.variants.map((v) => `${v.lang}${v.key}`).join("|"))).size).toBe(kept.length);
    }),
    { numRuns: 200 },
  );
});

testNeeding([TRANSLATE_TOOLKIT], "translate-toolkit reads the merged memory: every unit, its text as in the inputs", async () => {
  const out = join(dir, "tt.tmx");
  expect((await sverka(["merge", fixture("tmx", "po2tmx.tmx"), fixture("tmx", "translate-toolkit-api.tmx"), "-o", out])).code).toBe(0);
  const r = spawnSync(PYTHON, [join(ROOT, "tests", "tools", "read-tmx.py"), out], { encoding: "utf8" });
  expect(r.status).toBe(0);
  const pairs = JSON.parse(r.stdout) as string[][];
  expect(pairs).toHaveLength(7);
  expect(pairs).toContainEqual(["Click <b>Save</b> to keep your changes.", "Натиснете <b>Запис</b>, за да запазите промените."]);
  expect(pairs).toContainEqual(["Press <Enter> to continue & save.", "Drücken Sie <Enter>, um fortzufahren & zu speichern."]);
});

test("a memory sverka wrote: a sentence pair its document says twice is one unit, not a collision", async () => {
  // A manual repeats its warning before every procedure: align writes a unit for each, numbered and placed apart.
  const warning = ["ВНИМАНИЕ: Изключете уреда от контакта.", "WARNING: Unplug the appliance."];
  const steps = [
    ["Свалете капака на филтъра.", "Remove the filter cover."],
    ["Измийте филтъра с топла вода.", "Wash the filter in warm water."],
    ["Почистете дюзата с четката от комплекта.", "Clean the nozzle with the brush supplied."],
  ];
  const side = (k: 0 | 1) => `${steps.map((s) => `${warning[k]} ${s[k]}`).join("\n\n")}\n`;
  writeFileSync(join(dir, "manual.bg.txt"), side(0));
  writeFileSync(join(dir, "manual.en.txt"), side(1));
  const tmx = join(dir, "manual.tmx");
  expect((await sverka(["align", join(dir, "manual.bg.txt"), join(dir, "manual.en.txt"), "-o", tmx, "-q"])).code).toBe(0);
  const written = load(tmx);
  expect(written.units).toHaveLength(6);
  const merged = mergeTmx([written]);
  expect([merged.written, merged.repeated, merged.identical, merged.collisions.length]).toEqual([4, 2, 0, 0]);
  const r = await sverka(["merge", tmx, "-o", join(dir, "manual-merged.tmx")]);
  expect(r.stderr).toContain(
    "4 written; 2 duplicates (0 identical, 2 the same pair aligned again, in its document or another, 0 written differently)",
  );
  // With a reviewer's note on one of them, that one says more: it is kept, wherever it stands, and nothing is lost (stranger 159).
  for (const unit of [0, 2]) {
    const noted = written.units[unit]!.xml.replace("<prop", "<note>Checked.</note><prop");
    const edited = parseTmx(readFileSync(tmx, "utf8").replace(written.units[unit]!.xml, noted), "noted.tmx");
    const again = mergeTmx([edited]);
    expect([again.written, again.repeated, again.collisions.length]).toEqual([4, 2, 0]);
    expect(again.text.match(/<note>Checked.<\/note>/g)).toHaveLength(1);
  }
  // Each saying something the other does not: a collision, listed.
  const both = readFileSync(tmx, "utf8")
    .replace(written.units[0]!.xml, written.units[0]!.xml.replace("<prop", "<note>Checked.</note><prop"))
    .replace(written.units[2]!.xml, written.units[2]!.xml.replace("<prop", "<note>Approved.</note><prop"));
  const twice = mergeTmx([parseTmx(both, "noted.tmx")]);
  expect([twice.repeated, twice.collisions.length]).toEqual([1, 1]);
  // Another tool's units that differ only in their tuid are not sverka's numbering: still a collision.
  const other = parseTmx(
    `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="KT-1"><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="bg"><seg>Б</seg></tuv></tu>
<tu tuid="KT-2"><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="bg"><seg>Б</seg></tuv></tu></body></tmx>`,
    "client.tmx",
  );
  // In one memory they are its own: both kept (stranger 178). In two, they collide.
  expect([mergeTmx([other]).written, mergeTmx([other]).collisions.length]).toEqual([2, 0]);
  const [kt1, kt2] = other.units.map((u) => ({ ...other, units: [u] }));
  expect([mergeTmx([kt1!, kt2!]).repeated, mergeTmx([kt1!, kt2!]).collisions.length]).toEqual([0, 1]);
});

test("the memory merged into keeps a pair it holds twice, an approved unit with its note and a later import (stranger 178)", () => {
  const client = parseTmx(
    `<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="memoQTM" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>
    <tu tuid="nd-0005" creationdate="20230301T090000Z" usagecount="31"><prop type="x-status">approved</prop><note>Approved by legal, LOC-4411.</note><tuv xml:lang="en-US"><seg>Click Export.</seg></tuv><tuv xml:lang="bg-BG"><seg>Щракнете върху Експортиране.</seg></tuv></tu>
    <!-- the 2024 import: kept on purpose -->
    <tu tuid="nd-0006" creationdate="20240105T090000Z"><tuv xml:lang="en-US"><seg>Click Export.</seg></tuv><tuv xml:lang="bg-BG"><seg>Щракнете върху Експортиране.</seg></tuv></tu>
    <tu tuid="nd-0007" creationdate="20240105T090000Z"><tuv xml:lang="en-US"><seg>Click Export.</seg></tuv><tuv xml:lang="bg-BG"><seg>Натиснете Експортиране.</seg></tuv></tu>
</body></tmx>`,
    "client.tmx",
  );
  const update = parseTmx(
    `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>
<tu tuid="u1" creationdate="20250105T090000Z"><tuv xml:lang="en-US"><seg>Click Export.</seg></tuv><tuv xml:lang="bg-BG"><seg>Изберете Експортиране.</seg></tuv></tu></body></tmx>`,
    "update.tmx",
  );
  for (const conflicts of ["both", "first", "memory"] as const) {
    const m = mergeTmx([client, update], { conflicts });
    expect(m.collisions).toEqual([]);
    const units = parseTmx(m.text, "m.tmx").units;
    // Every unit of the client's, in its order, the comment above the one it was above; the update's other translation but under "first".
    expect(units.map((u) => u.attrs.tuid)).toEqual(
      conflicts === "first" ? ["nd-0005", "nd-0006", "nd-0007"] : ["nd-0005", "nd-0006", "nd-0007", "u1"],
    );
    expect(m.text).toContain("<note>Approved by legal, LOC-4411.</note>");
    expect(m.text).toMatch(/<!-- the 2024 import: kept on purpose -->\s*<tu tuid="nd-0006"/);
  }
});

test("memories of two documents sverka aligned seconds apart: a pair met in both is one unit, the first kept, nothing listed (stranger 80)", () => {
  const memory = (doc: string, date: string, tuid: number, score: string, link: string) =>
    parseTmx(
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="sverka" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="bg" o-tmf="sverka-bitext" creationdate="${date}">
<prop type="x-sverka-source-document">${doc}.bg.txt</prop><prop type="x-sverka-target-document">${doc}.en.txt</prop></header><body>
<tu tuid="${tuid}" creationdate="${date}"><prop type="x-sverka-score">${score}</prop><prop type="x-sverka-link">${link}</prop><tuv xml:lang="bg"><seg>Шайба M8, черна – 1000 бр.</seg></tuv><tuv xml:lang="en"><seg>Washer M8, black – 1000 pcs</seg></tuv></tu>
</body></tmx>`,
      `${doc}.tmx`,
    );
  const first = memory("catalogue01", "20261204T224155Z", 502, "0.9999", "1-1 s546 t501");
  const later = memory("catalogue07", "20261204T224154Z", 72, "0.9993", "1-1 s84 t71");
  for (const order of [
    [first, later],
    [later, first],
  ]) {
    const merged = mergeTmx(order);
    expect([merged.written, merged.repeated, merged.collisions.length]).toEqual([1, 1, 0]);
    // The first read is kept.
    expect(merged.text).toContain(`<prop type="x-sverka-link">${order[0] === first ? "1-1 s546 t501" : "1-1 s84 t71"}</prop>`);
  }
});

test("a memory sverka wrote in bare languages merged into a client's of regional locales: written in the client's (stranger 83)", () => {
  const clientXml = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="CAT" creationtoolversion="9" datatype="plaintext" segtype="sentence" adminlang="en-GB" srclang="bg-BG" o-tmf="cat"/><body>
<tu tuid="zg-001" changedate="20240215T101500Z"><note>Agreed with the client.</note><tuv xml:lang="bg-BG"><seg>Цената включва ДДС.</seg></tuv><tuv xml:lang="en-GB"><seg>The price includes VAT.</seg></tuv></tu>
</body></tmx>`;
  const client = parseTmx(clientXml, "client.tmx");
  const aligned = parseTmx(
    `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="sverka" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="bg" o-tmf="sverka-bitext" creationdate="20261204T120000Z"/><body>
<tu tuid="1" creationdate="20261204T120000Z"><prop type="x-sverka-score">0.99</prop><tuv xml:lang="bg"><seg>Доставката е безплатна.</seg></tuv><tuv xml:lang="en"><seg>Delivery is free.</seg></tuv></tu>
<tu tuid="2" srclang="en" creationdate="20261204T120000Z"><prop type="x-sverka-score">0.98</prop><tuv xml:lang="en"><seg>Thank you for your order.</seg></tuv><tuv xml:lang="bg"><seg>Благодарим ви за поръчката.</seg></tuv></tu>
</body></tmx>`,
    "aligned.tmx",
  );
  const merged = mergeTmx([client, aligned]);
  expect(merged.relocaled).toBe(2);
  const text = merged.text;
  // The client's unit as it was, byte for byte; the aligned ones in its locales, the English original's direction kept.
  expect(text).toContain(client.units[0]!.xml);
  expect(text.match(/xml:lang="(?:bg|en)"/g)).toBeNull();
  expect(text).toContain('<tu tuid="2" srclang="en-GB"');
  expect(text).not.toMatch(/<tu tuid="1"[^>]*srclang/);
  // A client memory that writes a language bare somewhere, or in two regions, is left as written.
  const two = parseTmx(
    clientXml.replace("</body>", `<tu><tuv xml:lang="bg-BG"><seg>Да.</seg></tuv><tuv xml:lang="en-US"><seg>Yes.</seg></tuv></tu></body>`),
    "two.tmx",
  );
  expect([...mergeTmx([two, aligned]).regional]).toEqual([["bg", "bg-BG"]]);
  // Only the regions units were written in are said: a client's German, which no later unit has, is not (stranger 94).
  const german = parseTmx(
    clientXml.replace("</body>", `<tu><tuv xml:lang="bg-BG"><seg>Да.</seg></tuv><tuv xml:lang="de-DE"><seg>Ja.</seg></tuv></tu></body>`),
    "german.tmx",
  );
  expect([...mergeTmx([german, aligned]).regional]).toEqual([
    ["bg", "bg-BG"],
    ["en", "en-GB"],
  ]);
});
