import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, TemplateError, loadTemplate, templateFor } from "../../src/structure/templates";

describe("templates", () => {
  it("has one built-in template per Party kind and one for State reports, each with its source", () => {
    expect(templateFor("six-month", "party")?.id).toBe("party-six-month");
    expect(templateFor("annual", "party")?.id).toBe("party-annual");
    expect(templateFor("mid-term", "party")?.id).toBe("party-mid-term");
    expect(templateFor("conclusion", "party")?.id).toBe("party-conclusion");
    expect(templateFor("state-report", "state")?.id).toBe("state-report");
    expect(templateFor("other", "party")).toBeNull();
    for (const t of BUILT_IN_TEMPLATES) expect(t.source.length).toBeGreaterThan(10);
  });

  it("loads an organisation template, defaulting labels and required", () => {
    const t = loadTemplate({ id: "org", kind: "six-month", source: "Văn phòng Thành ủy", sections: [{ id: "a", wordings: ["kết quả"] }, { id: "b", wordings: ["bài học"], required: false }] });
    expect(t.sections.map((s) => [s.id, s.required, s.label.vi])).toEqual([["a", true, "a"], ["b", false, "b"]]);
    expect(templateFor("six-month", "party", [t])?.id).toBe("org");
  });

  it.each([
    [null, "object"],
    [{ id: "x", kind: "six-month", sections: [{ id: "a", wordings: ["kết quả"] }] }, "source"],
    [{ id: "x", kind: "six-month", source: "s", sections: [] }, "sections"],
    [{ id: "x", kind: "six-month", source: "s", sections: [{ id: "a", wordings: [] }] }, "wordings"],
    [{ id: "x", kind: "six-month", source: "s", system: "army", sections: [{ id: "a", wordings: ["x"] }] }, "system"],
  ])("rejects %j (%s)", (value, why) => {
    expect(() => loadTemplate(value)).toThrow(TemplateError);
    expect(() => loadTemplate(value)).toThrow(why);
  });
});
