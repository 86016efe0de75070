import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { blockStyle, hasHeader, headerLines, isIssuerLine } from "../blocks";

/** Issuer lines in the header and, for the Party, the "*" line under them. */
export const headerIssuer = defineRule<Record<string, never>>({
  id: "header/issuer",
  category: "blocks",
  description: {
    vi: "Phần đầu phải có tên cơ quan ban hành (chữ in hoa); văn bản của Đảng có dấu * bên dưới.",
    en: "The header names the issuer in capitals; Party documents put a * line under it.",
  },
  severity: "warning",
  messages: {
    missingIssuer: {
      vi: "Phần đầu thiếu tên cơ quan ban hành.",
      en: "The header does not name the issuer.",
    },
    missingStarLine: {
      vi: "Dưới tên cơ quan ban hành của văn bản Đảng thiếu dòng dấu *.",
      en: "The * line under the Party issuer is missing.",
    },
  },
  check(ctx) {
    if (!hasHeader(ctx)) return [];
    const lines = headerLines(ctx);
    const issuers = lines.filter((l) => isIssuerLine(l.content));
    const first = lines[0];
    if (issuers.length === 0) {
      return [{ paragraph: first.paragraph, start: 0, end: 0, messageId: "missingIssuer" }];
    }
    const reports: Report[] = [];
    const last = issuers[issuers.length - 1];
    if (blockStyle(ctx).issuerStar) {
      const after = lines.filter((l) => l.paragraph > last.paragraph).slice(0, 3);
      if (!after.some((l) => /^\*+$/u.test(l.content))) {
        const span = ctx.text[last.paragraph].span(last.start, last.end);
        reports.push({
          paragraph: last.paragraph,
          start: span[0],
          end: span[1],
          messageId: "missingStarLine",
        });
      }
    }
    return reports;
  },
});
