import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { detectKind } from "../../src/structure/index";
import { normalizeParagraph } from "../../src/text/normalize";

const kindOf = (lines: string[], system: "party" | "state" = "party") => detectKind(lines.map(normalizeParagraph), system);

describe("report kind from the title", () => {
  it.each([
    [["BÁO CÁO", "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021"], "six-month"],
    [["BÁO CÁO", "tổng kết công tác xây dựng Đảng năm 2020,", "phương hướng, nhiệm vụ năm 2021"], "annual"],
    [["BÁO CÁO", "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội"], "mid-term"],
    [["KẾT LUẬN", "CỦA THỊ ỦY (KHÓA XXI)", "tình hình thực hiện nhiệm vụ 6 tháng đầu năm"], "conclusion"],
    [["**BÁO CÁO  ", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH 6 THÁNG ĐẦU NĂM 2021**"], "six-month"],
    [["Một văn bản không có tiêu đề"], "other"],
  ])("%j → %s", (lines, kind) => {
    expect(kindOf(lines)).toBe(kind);
  });

  it("a State report is a state-report whatever its period", () => {
    expect(kindOf(["BÁO CÁO", "công tác chỉ đạo, điều hành 6 tháng đầu năm 2021"], "state")).toBe("state-report");
  });

  it("the user can override the detected kind", () => {
    const { ctx } = createContext(snapshotFromLines(["BÁO CÁO", "tình hình 6 tháng đầu năm"]), { kind: "annual" });
    expect(ctx.kind).toBe("annual");
  });
});

describe("document types beyond the report", () => {
  it.each([
    [["KẾ HOẠCH", "triển khai thực hiện Nghị quyết năm 2021"], "plan"],
    [["THÔNG BÁO", "Kết luận của đồng chí Phó Chủ tịch UBND tỉnh"], "notice"],
    [["TỜ TRÌNH", "về việc đề nghị phê duyệt dự án"], "submission"],
    [["CHƯƠNG TRÌNH", "công tác năm 2026"], "programme"],
    [["NGHỊ QUYẾT", "về phát triển kinh tế - xã hội năm 2026"], "resolution"],
    [["QUYẾT ĐỊNH", "về việc thành lập Ban Chỉ đạo"], "decision"],
    [["CHỈ THỊ", "về tăng cường công tác phòng, chống tham nhũng"], "directive"],
    [["HƯỚNG DẪN", "thể thức và kỹ thuật trình bày văn bản"], "guidance"],
  ])("%j → %s", (lines, kind) => {
    expect(kindOf(lines)).toBe(kind);
  });

  it.each([
    [["ỦY BAN NHÂN DÂN", "Số: 12/TB-UBND", "Về kết luận tại hội nghị"], "notice"],
    [["THÀNH ỦY ĐÔNG HÀ", "Số 45-KH/TU", "Về triển khai nhiệm vụ"], "plan"],
    [["SỞ NỘI VỤ", "Số: 130/SNV-VP", "V/v góp ý dự thảo"], "other"],
    [["ỦY BAN NHÂN DÂN", "Số:     /BC-UBND", "Về kết quả năm 2025"], "state-report"],
  ])("without a type line, the symbol's code decides: %j → %s", (lines, kind) => {
    expect(kindOf(lines, "state")).toBe(kind);
  });
});
