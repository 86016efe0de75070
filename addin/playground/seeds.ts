import seed000 from "../../seeds/000_e6240ef1ee1503f8.txt";
import seed001 from "../../seeds/001_87ee4238b5bec2d9.txt";
import seed003 from "../../seeds/003_107d5b72e63935bb.txt";
import seed004 from "../../seeds/004_eaaba1bef0b0e863.txt";

export interface Seed {
  id: string;
  label: string;
  text: string;
}

/** The sample reports from seeds/, bundled so the playground works offline. */
export const SEEDS: readonly Seed[] = [
  { id: "000", label: "000 — Thành ủy Đông Hà, báo cáo 6 tháng 2021", text: seed000 },
  { id: "001", label: "001 — Thành ủy Đông Hà, báo cáo công tác xây dựng Đảng 2020", text: seed001 },
  { id: "003", label: "003 — Thị ủy, kết luận", text: seed003 },
  { id: "004", label: "004 — UBND thị xã, báo cáo 6 tháng 2021", text: seed004 },
];
