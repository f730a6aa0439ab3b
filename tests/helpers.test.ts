/** The helpers that decide whether a test runs, is skipped or fails for want of a tool: they must do so, or a missing tool would pass unseen. */
import { type Need, sverka, tool, verdict } from "./helpers.js";

const present = tool("cat", "coreutils", () => true);
const absent = tool("frobnicator", "frob-utils", () => false);
const noShared: Need = {
  what: "../shared/data",
  hint: "the shared data is not beside this checkout",
  present: () => false,
  requiredInCi: false,
};

describe("verdict: run, skip or fail", () => {
  test("everything there: run", () => {
    expect(verdict([present], false)).toEqual({ run: true });
    expect(verdict([present], true)).toEqual({ run: true });
  });

  test("a missing program outside CI: skipped, naming it and its Debian package", () => {
    expect(verdict([present, absent], false)).toEqual({
      run: false,
      fail: false,
      reason: "skipped: frobnicator not found (Debian package frob-utils: apt-get install frob-utils)",
    });
  });

  test("a missing program under CI: failed", () => {
    const v = verdict([absent], true);
    expect(v).toMatchObject({ run: false, fail: true });
    expect(!v.run && v.reason).toMatch(/^frobnicator not found \(Debian package frob-utils: .*\); CI must have it/);
  });

  test("missing ../shared data is skipped under CI too; with a missing program as well, the program fails it", () => {
    expect(verdict([noShared], true)).toEqual({
      run: false,
      fail: false,
      reason: "skipped: ../shared/data not found (the shared data is not beside this checkout)",
    });
    const both = verdict([noShared, absent], true);
    expect(both).toMatchObject({ run: false, fail: true });
    expect(!both.run && both.reason).not.toMatch(/shared/);
  });

  test("a probe runs once", () => {
    let calls = 0;
    const t = tool("x", "x", () => ++calls > 0);
    verdict([t]);
    verdict([t]);
    expect(calls).toBe(1);
  });
});

describe("the in-process CLI", () => {
  test("captures the output and puts the environment it changed back", async () => {
    const before = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = "7";
    try {
      const r = await sverka(["--version"], { env: { NO_COLOR: undefined } });
      expect(r).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: "" });
      expect(process.env.FORCE_COLOR).toBe("7");
    } finally {
      if (before === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = before;
    }
  });
});
