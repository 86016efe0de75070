/** Header and closing lines shared by the block rule tests. */
export const PARTY_HEADER = ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "THÀNH ỦY ĐÔNG HÀ", "*", "Số 125-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 05 tháng 7 năm 2021"];
export const STATE_HEADER = ["ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 68/BC-UBND", "Quảng Trị, ngày 12 tháng 7 năm 2021"];
export const TITLE = ["BÁO CÁO", "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021", "-----"];
export const BODY = ["I. Kết quả đạt được", "Nội dung kết quả.", "II. Hạn chế", "Nội dung hạn chế.", "III. Phương hướng, nhiệm vụ", "Nội dung phương hướng."];
export const PARTY_CLOSING = ["Trên đây là báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021./.", "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy,", "- Lưu Văn phòng Thành ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"];
export const STATE_CLOSING = ["Trên đây là báo cáo công tác 6 tháng đầu năm 2021./.", "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thị Mai Anh"];

export const partyDoc = (header = PARTY_HEADER, closing = PARTY_CLOSING): string[] => [...header, "", ...TITLE, ...BODY, ...closing];
export const stateDoc = (header = STATE_HEADER, closing = STATE_CLOSING): string[] => [...header, "", ...TITLE, ...BODY, ...closing];

/** Replaces line `index` of `lines`. */
export const withLine = (lines: string[], index: number, text: string): string[] => lines.map((l, i) => (i === index ? text : l));
