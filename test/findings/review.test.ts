/**
 * The review-mark model: fingerprints that survive unrelated edits and lapse when the
 * figures change, the stored setting read tolerantly (garbage gives no marks and a note),
 * and the counts "7 fel, varav 2 godkända". Findings and stored values are literals.
 */
import type { Finding } from "../../src/findings/finding";
import { approvedClause, applyReview, openCount, reviewCounts } from "../../src/findings/review-apply";
import { fingerprintOf } from "../../src/findings/review-fingerprint";
import type { ReviewMark } from "../../src/findings/review-mark";
import { REVIEW_LIMITS, parseReview, serializeReview, withMark, withoutMark } from "../../src/findings/review-store";

const base: Finding = {
  check: "sum",
  severity: "error",
  sheet: "Balansräkning",
  cells: ["C12", "C8"],
  expected: 15_691_257,
  actual: 15_691_256,
  difference: -1,
  tolerance: 0.5,
  cause: null,
  message: { sv: "Summan stämmer inte.", en: "The total does not add up." },
};
const mark: ReviewMark = { status: "approved", comment: "Förklarad i not 3", by: "Anna Ek", at: "2026-12-01T10:00:00.000Z" };

describe("fingerprintOf", () => {
  it("is the same for a reworded message, another severity, tolerance, cause, basis or cell order", () => {
    const same: Finding[] = [
      { ...base, message: { sv: "Annan text.", en: "Other text." } },
      { ...base, severity: "warning", tolerance: 2.1, cause: "ore-rounding", basis: "formula" },
      { ...base, cells: ["C8", "C12"] },
      { ...base, expected: 15_691_257 + 1e-9, actual: 15_691_256 - 1e-9 },
    ];
    for (const f of same) expect(fingerprintOf(f)).toBe(fingerprintOf(base));
  });

  it("changes with the check, the sheet, the cells, the expected or the actual figure", () => {
    const changed: Finding[] = [
      { ...base, check: "cross-statement" },
      { ...base, sheet: "Resultaträkning" },
      { ...base, cells: ["C12", "C9"] },
      { ...base, cells: ["C12"] },
      { ...base, expected: 15_691_258 },
      { ...base, actual: 15_691_255 },
      { ...base, actual: null },
      { ...base, other: { workbook: "Budget.xlsx", sheet: "Budget", cell: "B12" } },
    ];
    const prints = changed.map(fingerprintOf);
    expect(new Set([...prints, fingerprintOf(base)]).size).toBe(changed.length + 1);
  });

  it("starts with the check and the first cell, so the stored setting is readable", () => {
    expect(fingerprintOf(base).startsWith("sum|C12|")).toBe(true);
  });
});

describe("parseReview", () => {
  const stored = { version: 1, marks: { [fingerprintOf(base)]: mark } };

  it("reads the stored object and the same as JSON text", () => {
    expect(parseReview(stored)).toEqual({ marks: new Map([[fingerprintOf(base), mark]]), note: null });
    expect(parseReview(JSON.stringify(stored))).toEqual(parseReview(stored));
  });

  it("round-trips serializeReview", () => {
    const marks = new Map([
      ["b", { ...mark, status: "question" as const, comment: "" }],
      ["a", mark],
    ]);
    const json = JSON.parse(JSON.stringify(serializeReview(marks)));
    expect(Object.keys(json.marks)).toEqual(["a", "b"]);
    expect(parseReview(json)).toEqual({ marks, note: null });
  });

  it("no setting is no marks and no note", () => {
    expect(parseReview(undefined)).toEqual({ marks: new Map(), note: null });
    expect(parseReview(null)).toEqual({ marks: new Map(), note: null });
  });

  it.each([
    ["bad JSON", "{version: 1", /inte giltig JSON.*/],
    ["a number", 42, /fel form/],
    ["an array", [mark], /fel form/],
    ["marks as an array", { version: 1, marks: [mark] }, /fel form/],
    ["a newer version", { version: 2, marks: {} }, /version 2/],
    ["no version", { marks: {} }, /version undefined/],
  ])("%s gives no marks and a note in Swedish and English", (_what, value, sv) => {
    const parsed = parseReview(value);
    expect(parsed.marks.size).toBe(0);
    expect(parsed.note?.sv).toMatch(sv);
    expect(parsed.note?.sv).toMatch(/inga markeringar visas/);
    expect(parsed.note?.en).toMatch(/no marks are shown/);
  });

  it("keeps the good marks and counts the bad ones in the note", () => {
    const parsed = parseReview({
      version: 1,
      marks: {
        good: mark,
        noComment: { status: "to-fix", by: "", at: "" },
        badStatus: { ...mark, status: "ok" },
        badComment: { ...mark, comment: 3 },
        notAnObject: "approved",
        "": mark,
      },
    });
    expect([...parsed.marks.keys()]).toEqual(["good", "noComment"]);
    expect(parsed.marks.get("noComment")).toEqual({ status: "to-fix", comment: "", by: "", at: "" });
    expect(parsed.note).toEqual({ sv: "4 granskningsmarkeringar kunde inte läsas och visas inte", en: "4 review marks could not be read and are not shown" });
  });

  it("a key named __proto__ is an ordinary mark, and the reading is bounded", () => {
    const parsed = parseReview(JSON.parse(`{"version":1,"marks":{"__proto__":${JSON.stringify(mark)}}}`));
    expect(parsed.marks.get("__proto__")).toEqual(mark);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    const many: Record<string, ReviewMark> = {};
    for (let i = 0; i < REVIEW_LIMITS.marks + 5; i++) many[`k${i}`] = mark;
    const long = parseReview({ version: 1, marks: { ...many, x: { ...mark, comment: "å".repeat(REVIEW_LIMITS.comment + 10) } } });
    expect(long.marks.size).toBe(REVIEW_LIMITS.marks);
    expect(long.note?.en).toBe("6 review marks could not be read and are not shown");
    expect(parseReview({ version: 1, marks: { x: { ...mark, comment: "å".repeat(REVIEW_LIMITS.comment + 10) } } }).marks.get("x")?.comment).toHaveLength(
      REVIEW_LIMITS.comment,
    );
  });
});

describe("withMark / withoutMark", () => {
  it("marks, replaces and clears one mark without changing the others or the input", () => {
    const start = new Map([["a", mark]]);
    const marked = withMark(start, "b", { ...mark, status: "question" });
    expect([...marked.keys()]).toEqual(["a", "b"]);
    expect(withMark(marked, "a", { ...mark, status: "to-fix" }).get("a")?.status).toBe("to-fix");
    expect([...withoutMark(marked, "a").keys()]).toEqual(["b"]);
    expect([...start.keys()]).toEqual(["a"]);
  });
});

describe("applyReview and reviewCounts", () => {
  // 7 errors (2 approved, 1 question, 1 to fix), 1 warning (approved), 2 infos.
  const errors = [12, 13, 14, 15, 16, 17, 18].map((row): Finding => ({ ...base, cells: [`C${row}`] }));
  const warning: Finding = { ...base, severity: "warning", cells: ["D4"] };
  const infos = [1, 2].map((row): Finding => ({ ...base, severity: "info", cells: [`E${row}`] }));
  const findings = [...errors, warning, ...infos];
  const marks = new Map<string, ReviewMark>([
    [fingerprintOf(errors[0]), mark],
    [fingerprintOf(errors[3]), mark],
    [fingerprintOf(errors[4]), { ...mark, status: "question" }],
    [fingerprintOf(errors[5]), { ...mark, status: "to-fix" }],
    [fingerprintOf(warning), mark],
    ["sum|Z99|gone", mark],
  ]);

  it("puts each finding's mark on it, none on the unmarked", () => {
    const reviewed = applyReview(findings, marks);
    expect(reviewed.map((r) => r.mark?.status ?? null)).toEqual(["approved", null, null, "approved", "question", "to-fix", null, "approved", null, null]);
    expect(reviewed[0].fingerprint).toBe(fingerprintOf(errors[0]));
  });

  it("counts 7 errors of which 2 approved, and what is still open", () => {
    const counts = reviewCounts(applyReview(findings, marks));
    expect(counts).toEqual({ total: { error: 7, warning: 1, info: 2 }, approved: { error: 2, warning: 1, info: 0 }, questions: 1, toFix: 1 });
    expect(openCount(counts, "error")).toBe(5);
    expect(`7 fel${approvedClause(counts.approved.error).sv}`).toBe("7 fel, varav 2 godkända");
    expect(`7 errors${approvedClause(counts.approved.error).en}`).toBe("7 errors, 2 of them approved");
    expect(approvedClause(1).sv).toBe(", varav 1 godkänd");
    expect(approvedClause(0)).toEqual({ sv: "", en: "" });
  });

  it("a changed figure un-approves its finding", () => {
    const changed = [{ ...errors[0], actual: errors[0].actual! + 1000 }];
    expect(applyReview(changed, marks)[0].mark).toBeNull();
  });
});
