import { describe, expect, it } from "vitest";
import { detectCitations } from "../../src/citations/detect";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";

/**
 * The issuer and the summary read from the whole sentence, as writers put them (examples written
 * for these tests): the issuer as the subject, a subject shared by a list or carried over a
 * semicolon, a summary without `về` or shared by two documents, and a term that does not stop
 * the parser. Each block holds several writers' variants.
 */
const numbered = (text: string) => detectCitations(text, 0).filter((c) => c.kind === "numbered");
const issuerOf = (text: string, n = 0) => numbered(text)[n]?.issuer ?? null;
const citationFindings = (lines: string[]) =>
  checkDocument(snapshotFromLines(lines), { profile: "party-2018" }).findings.filter((f) => f.ruleId.startsWith("citation/"));

describe("the subject of the sentence issues the document", () => {
  it.each([
    ["Ban Thường vụ Huyện ủy ban hành Chỉ thị số 05-CT/HU ngày 11/4/2024 về tăng cường công tác dân vận.", "Ban Thường vụ Huyện ủy"],
    ["Thường trực Tỉnh ủy đã ban hành Công văn số 123-CV/TU ngày 02/5/2024 về việc chuẩn bị đại hội.", "Thường trực Tỉnh ủy"],
    ["Chủ tịch UBND tỉnh ban hành Quyết định số 55/QĐ-UBND ngày 02/02/2024 thành lập Tổ công tác.", "Chủ tịch UBND tỉnh"],
    ["Thành ủy đã kịp thời ban hành Kế hoạch số 30-KH/TU ngày 05/5/2024 về phòng, chống thiên tai.", "Thành ủy"],
    ["Đảng ủy xã đã xây dựng và ban hành Kế hoạch số 08-KH/ĐU ngày 03/3/2024 thực hiện chuyển đổi số.", "Đảng ủy xã"],
    ["UBND tỉnh ký ban hành Quyết định số 88/QĐ-UBND ngày 09/01/2024 ban hành Quy chế làm việc.", "UBND tỉnh"],
    ["Ngày 18/3/2025, Bộ Chính trị ban hành Kết luận số 132-KL/TW về tiếp tục thực hiện Chỉ thị số 36-CT/TW.", "Bộ Chính trị"],
    ["Ban Chỉ đạo tỉnh đã ban hành Kế hoạch số 9574/KH-BCĐ06 ngày 01/11/2023 về thực hiện Đề án 06.", "Ban Chỉ đạo tỉnh"],
  ])("%s", (text, issuer) => {
    const found = issuerOf(text);
    expect(found?.text).toBe(issuer);
    expect(found?.role).toBe("subject");
  });

  it.each([
    ["UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND và Quyết định số 13/QĐ-UBND ngày 15/01/2024 về cải cách hành chính.", "UBND tỉnh"],
    ["Huyện ủy ban hành Chỉ thị số 05-CT/HU, Kế hoạch số 06-KH/HU và Hướng dẫn số 07-HD/HU về công tác dân vận.", "Huyện ủy"],
    ["Ủy ban nhân dân tỉnh đã ban hành Quyết định số 20/QĐ-UBND ngày 05/01/2024, Kế hoạch số 21/KH-UBND ngày 06/01/2024 triển khai nhiệm vụ.", "Ủy ban nhân dân tỉnh"],
  ])("a subject issues every document of its list: %s", (text, issuer) => {
    const found = numbered(text);
    expect(found.length).toBeGreaterThan(1);
    for (const c of found) expect(c.issuer?.text).toBe(issuer);
  });

  it.each([
    ["Huyện ủy đã ban hành Chỉ thị số 05-CT/HU ngày 11/4/2024 về tăng cường công tác dân vận; đồng thời ban hành Kế hoạch số 20-KH/HU ngày 12/4/2024 triển khai Chỉ thị.", "Huyện ủy"],
    ["UBND huyện ban hành Quyết định số 30/QĐ-UBND ngày 03/02/2024 về kiện toàn Ban Chỉ đạo; tiếp tục ban hành Kế hoạch số 31/KH-UBND ngày 05/02/2024 về kiểm tra.", "UBND huyện"],
    ["Tỉnh ủy đã ban hành Nghị quyết số 09-NQ/TU ngày 10/3/2024 về phát triển du lịch; ban hành Kế hoạch số 10-KH/TU ngày 12/3/2024 thực hiện Nghị quyết.", "Tỉnh ủy"],
  ])("the subject carries over a semicolon to the verb that continues it: %s", (text, issuer) => {
    expect(issuerOf(text, 1)?.text).toBe(issuer);
  });

  it.each([
    // The body named as subject issues documents of its own level and system only.
    "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 18-NQ/TW ngày 25/10/2017 về sắp xếp tổ chức bộ máy.",
    "UBND tỉnh đã ban hành Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ.",
    "Tỉnh ủy ban hành Quyết định số 88/QĐ-UBND về kiện toàn tổ chức.",
  ])("a subject of another level or system is not the issuer: %s", (text) => {
    expect(issuerOf(text)).toBeNull();
  });

  it.each([
    "Ủy ban nhân dân tỉnh chỉ đạo các sở xây dựng Kế hoạch số 12/KH-UBND ngày 15/01/2024.",
    "Các cơ quan, đơn vị đã xây dựng Kế hoạch số 12/KH-UBND ngày 15/01/2024.",
    "Sở Tài chính; UBND huyện ban hành Kế hoạch số 12/KH-UBND.",
  ])("no subject taken across another clause or from a verb's object: %s", (text) => {
    const found = issuerOf(text);
    expect(found === null || found.text === "UBND huyện").toBe(true);
  });

  it("an issuer written as the subject raises no 'missing issuer' finding", () => {
    const findings = citationFindings([
      "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2024 triển khai thực hiện công tác cải cách hành chính.",
      "Đảng ủy phường xây dựng Kế hoạch số 45-KH/ĐU ngày 10/3/2024 về thực hiện chuyển đổi số.",
      "Huyện ủy ban hành Chỉ thị số 05-CT/HU ngày 11/4/2024 về tăng cường công tác dân vận; đồng thời ban hành Kế hoạch số 20-KH/HU ngày 12/4/2024 triển khai Chỉ thị.",
    ]);
    expect(findings.filter((f) => f.message.vi.includes("cơ quan ban hành"))).toEqual([]);
  });
});

describe("the summary: without `về`, or shared by a list", () => {
  it.each([
    ["Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2024 triển khai thực hiện công tác cải cách hành chính.", "triển khai thực hiện công tác cải cách hành chính"],
    ["Đảng ủy xã đã xây dựng và ban hành Kế hoạch số 08-KH/ĐU ngày 03/3/2024 thực hiện chuyển đổi số.", "thực hiện chuyển đổi số"],
    ["Chủ tịch UBND tỉnh ban hành Quyết định số 55/QĐ-UBND ngày 02/02/2024 thành lập Tổ công tác.", "thành lập Tổ công tác"],
    ["Quyết định số 199/QĐ-TTg ngày 14/02/2017 của Thủ tướng Chính phủ phê duyệt Chương trình hành động.", "phê duyệt Chương trình hành động"],
    ["UBND tỉnh ký ban hành Quyết định số 88/QĐ-UBND ngày 09/01/2024 ban hành Quy chế làm việc.", "ban hành Quy chế làm việc"],
  ])("%s", (text, summary) => {
    expect(numbered(text)[0].summary?.text).toBe(summary);
  });

  it.each([
    ["Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.", "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy"],
    ["Quán triệt Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương khóa XII về sắp xếp tổ chức bộ máy.", "về sắp xếp tổ chức bộ máy"],
    ["UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND và Quyết định số 13/QĐ-UBND ngày 15/01/2024 về cải cách hành chính.", "về cải cách hành chính"],
    ["Kết luận số 05-KL/TW ngày 15/7/2016, Kết luận số 13-KL/TW ngày 16/8/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 48-CT/TW.", "về tiếp tục thực hiện Chỉ thị số 48-CT/TW"],
  ])("a summary shared by two documents: %s", (text, summary) => {
    const [first, second] = numbered(text);
    expect(first.summary?.text).toBe(summary);
    expect(second.summary?.text).toBe(summary);
  });

  it("a shared issuer of another level is not shared: the Tỉnh ủy did not issue 18-NQ/TW", () => {
    const [resolution, plan] = numbered("Thực hiện Nghị quyết số 18-NQ/TW và Kế hoạch số 12-KH/TU ngày 02/3/2018 của Tỉnh ủy về sắp xếp tổ chức bộ máy.");
    expect(resolution.issuer).toBeNull();
    expect(plan.issuer?.text).toBe("Tỉnh ủy");
  });

  it("a shared issuer whose term contradicts the reference's own term is not shared", () => {
    const [directive, conclusion] = numbered("Quán triệt Chỉ thị số 05-CT/TW (khóa XII) và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị (khóa XIII) về tiếp tục thực hiện Chỉ thị 05.");
    expect(directive.term?.term).toBe("XII");
    expect(directive.issuer).toBeNull();
    expect(conclusion.term?.term).toBe("XIII");
  });
});

describe("the parser does not stop at the term", () => {
  it.each([
    ["Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương (khóa XII) về tập trung xây dựng đội ngũ cán bộ.", "Ban Chấp hành Trung ương (khóa XII)", "về tập trung xây dựng đội ngũ cán bộ"],
    ["Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương, khóa XII về tập trung xây dựng đội ngũ cán bộ.", "Ban Chấp hành Trung ương, khóa XII", "về tập trung xây dựng đội ngũ cán bộ"],
    ["Chỉ thị số 34-CT/TW của Ban Bí thư -khóa X về tăng cường công tác chính trị.", "Ban Bí thư -khóa X", "về tăng cường công tác chính trị"],
    ["Nghị quyết số 09-NQ/TW của Bộ Chính trị khoá IX về xây dựng đội ngũ doanh nhân.", "Bộ Chính trị khoá IX", "về xây dựng đội ngũ doanh nhân"],
    ["Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Hội nghị Thị ủy lần thứ 11 (khóa XXI) về phát triển đô thị.", "Hội nghị Thị ủy lần thứ 11 (khóa XXI)", "về phát triển đô thị"],
  ])("%s", (text, issuer, summary) => {
    const [c] = numbered(text);
    expect(c.issuer?.text).toBe(issuer);
    expect(c.summary?.text).toBe(summary);
  });

  it.each([
    ["Nghị quyết số 25-NQ/TW (khóa IX) về công tác tôn giáo.", "IX", "về công tác tôn giáo"],
    ["Nghị quyết số 25-NQ/TW, khóa XI về công tác dân vận.", "XI", "về công tác dân vận"],
    ["Nghị quyết số 35-NQ/TW (khóa XII) ngày 22/10/2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng.", "XII", "về bảo vệ nền tảng tư tưởng"],
    ["Kết luận số 21-KL/TW ngày 25/10/2021 (khóa XIII) của Ban Chấp hành Trung ương về đẩy mạnh xây dựng Đảng.", "XIII", "về đẩy mạnh xây dựng Đảng"],
  ])("a term right after the symbol or the date: %s", (text, term, summary) => {
    const [c] = numbered(text);
    expect(c.term?.term).toBe(term);
    expect(c.summary?.text).toBe(summary);
  });
});

describe("first mentions of one paragraph lacking the same element: one finding", () => {
  it.each([
    ["Theo Kế hoạch số 5/KH-UBND ngày 02/02/2024, Kế hoạch số 6/KH-UBND ngày 03/02/2024 và Quyết định số 7/QĐ-UBND ngày 04/02/2024, các đơn vị triển khai.", 3],
    ["Căn cứ Công văn số 101/UBND-VX, Công văn số 102/UBND-VX; Công văn số 103/UBND-NC, các phòng triển khai.", 3],
    ["Thực hiện Kế hoạch số 47-KH/TU, Kế hoạch số 48-KH/TU của Thành ủy và Kế hoạch số 12-KH/ĐU của Đảng ủy.", 3],
  ])("%s", (text, count) => {
    const findings = citationFindings([text]).filter((f) => f.ruleId === "citation/first-mention-incomplete");
    expect(findings).toHaveLength(1);
    expect(findings[0].related ?? []).toHaveLength(count - 1);
  });
});

describe("a summary inside another document's quoted title", () => {
  it.each([
    ["Chỉ thị số 18-CT/TW ngày 10/01/2018 của Bộ Chính trị “Về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo trong tình hình mới”.", "về công tác tôn giáo trong tình hình mới"],
    ["Kế hoạch số 20-KH/TU về “Triển khai Nghị quyết số 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng”, các cấp ủy quán triệt.", "về bảo vệ nền tảng tư tưởng của Đảng"],
    ["Quyết định số 12/QĐ-UBND «Ban hành Kế hoạch thực hiện Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ về phát triển du lịch» đã được triển khai.", "về phát triển du lịch"],
  ])("stops at the title's closing quote: %s", (text, summary) => {
    const inner = numbered(text)[1];
    expect(inner.summary?.text).toBe(summary);
  });

  it("a quoted phrase inside a summary is kept whole", () => {
    const [c] = numbered("Kế hoạch số 26-KH/TU ngày 21/10/2016 của Ban Thường vụ Tỉnh ủy về đấu tranh chống âm mưu “diễn biến hòa bình” trên lĩnh vực tư tưởng.");
    expect(c.summary?.text).toBe("về đấu tranh chống âm mưu “diễn biến hòa bình” trên lĩnh vực tư tưởng");
  });
});

describe("a quoted title with a quotation inside", () => {
  it.each([
    ["Kế hoạch số 26-KH/TU ngày 21/10/2016 của Ban Thường vụ Tỉnh ủy về “Đẩy mạnh đấu tranh chống âm mưu “diễn biến hòa bình” trên lĩnh vực tư tưởng văn hóa”; theo đó", "về “Đẩy mạnh đấu tranh chống âm mưu “diễn biến hòa bình” trên lĩnh vực tư tưởng văn hóa”"],
    ["Chỉ thị số 05-CT/TW của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”;", "“Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"],
    ["Quyết định số 10/QĐ-UBND ngày 02/01/2024 “Phê duyệt Đề án “Chợ văn minh” năm 2024” đã được triển khai.", "“Phê duyệt Đề án “Chợ văn minh” năm 2024”"],
  ])("%s", (text, summary) => {
    expect(numbered(text)[0].summary?.text).toBe(summary);
  });
});

describe("the issuer runs to the end of its name, and no further", () => {
  it.each([
    ["Quyết định số 1187/QĐ-BNV ngày 15/10/2025 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án.", "Bộ trưởng Bộ Nội vụ"],
    ["Giấy mời số 30/GM-TTXT ngày 25/12/2025 của Trung tâm Xúc tiến Đầu tư về việc tham dự.", "Trung tâm Xúc tiến Đầu tư"],
    ["Quyết định số 12/QĐ-SYT ngày 02/01/2025 của Giám đốc Sở Y tế về kiện toàn tổ công tác.", "Giám đốc Sở Y tế"],
    ["Thông báo số 566/TB-UBND ngày 02/12/2025 của UBND tỉnh Kết luận của đồng chí Phó Chủ tịch.", "UBND tỉnh"],
    ["Công văn số 45/SKHĐT-TH ngày 02/3/2025 của Sở Kế hoạch và Đầu tư về việc báo cáo.", "Sở Kế hoạch và Đầu tư"],
    ["Báo cáo số 20/BC-UBND ngày 05/3/2025 của Ủy ban nhân dân huyện Kế hoạch năm 2025.", "Ủy ban nhân dân huyện"],
    ["Kế hoạch số 12/KH-UBND của Tỉnh ủy trực tiếp chỉ đạo.", "Tỉnh ủy"],
    ["Kết luận kiểm tra số 22/KL-ĐKT ngày 12/6/2025 của Đoàn kiểm tra liên ngành về công tác thi hành pháp luật.", "Đoàn kiểm tra liên ngành"],
    ["Quyết định 149/QĐ-SKHCN ngày 15/9/2025 của Giám đốc sở Khoa học và Công nghệ về thành lập Đoàn khảo sát.", "Giám đốc sở Khoa học và Công nghệ"],
    ["Kế hoạch số 10/KH-UBND của UBND huyện kiểm tra việc thực hiện.", "UBND huyện"],
    ["Kết luận kiểm tra số 22/KL-ĐKT ngày 12/6/2025 của Đoàn kiểm tra LN 500 về công tác thi hành pháp luật.", "Đoàn kiểm tra LN 500"],
    ["Quyết định số 30/QĐ-UBND ngày 12/01/2025 của UBND tỉnh 2025 về kiện toàn.", "UBND tỉnh"],
  ])("%s", (text, issuer) => {
    expect(issuerOf(text)?.text).toBe(issuer);
  });
});

describe("a title written after the issuer is the summary", () => {
  it.each([
    ["Thông báo số 566/TB-UBND ngày 02/12/2025 của UBND tỉnh Kết luận của đồng chí Phó Chủ tịch tại buổi làm việc.", "Kết luận của đồng chí Phó Chủ tịch tại buổi làm việc"],
    ["Thông báo số 12/TB-VPUB ngày 05/01/2025 của Văn phòng Ủy ban nhân dân tỉnh Kết luận của Chủ tịch UBND tỉnh tại cuộc họp.", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp"],
  ])("%s", (text, summary) => {
    expect(numbered(text)[0].summary?.text).toBe(summary);
  });

  it("a capitalised type word with a number is the next reference, not a title", () => {
    const found = numbered("Quyết định số 10/QĐ-UBND ngày 02/01/2025 của UBND tỉnh Kế hoạch số 11/KH-UBND ngày 03/01/2025.");
    expect(found).toHaveLength(2);
    expect(found[0].summary).toBeNull();
  });
});

describe("the canonical form keeps proper names and every part written", () => {
  const canonicalOf = (line: string) => checkDocument(snapshotFromLines([line]), { profile: "party-2018" }).citations[0].canonical;
  it.each([
    ["Thực hiện Kế hoạch số 12-KH/HU ngày 01/3/2024 của BTV Huyện ủy Đức Phổ về chuyển đổi số.", "của Ban Thường vụ Huyện ủy Đức Phổ về chuyển đổi số"],
    ["Thực hiện Nghị quyết số 05-NQ/HU ngày 01/3/2021 của BCH Đảng bộ huyện Đức Phổ khóa XXI về phát triển du lịch.", "của Ban Chấp hành Đảng bộ huyện Đức Phổ khóa XXI về phát triển du lịch"],
    ["Theo Quyết định số 20/QĐ-UBND ngày 05/01/2024 của UBND thị xã Đức Phổ về kiện toàn.", "của Ủy ban nhân dân thị xã Đức Phổ về kiện toàn"],
    ["Theo Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII).", "của Bộ Chính trị (khóa XII) về đẩy mạnh học tập"],
    ["Quán triệt Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương, khóa XII.", "của Ban Chấp hành Trung ương, khóa XII về tập trung xây dựng đội ngũ cán bộ"],
    ["Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Đức Phổ lần thứ XXI, nhiệm kỳ 2020 - 2025.", "Nghị quyết Đại hội đại biểu Đảng bộ huyện Đức Phổ lần thứ XXI, nhiệm kỳ 2020 - 2025"],
  ])("%s", (line, part) => {
    expect(canonicalOf(line)).toContain(part);
  });
});
