/** Each command's usage line: main prints them all without loading the commands themselves. */
export const CHECK_USAGE = `soanchuan check FILE... [--json] [--profile party-2018|party-2026|state|auto]
                 [--mode draft|final|issued] [--kind KIND|auto] [--config FILE] [--lang vi|en]
                 [--registry FILE]   citation registry shared by all files: loaded if it exists, saved after
                 [--template FILE]   the organisation's own required-sections template (data/templates/*.json shape)
                 [--data FILE]       prior-period data (soanchuan data …): checks "đạt X% kế hoạch" against the plans in it
                 [--confirm-organisation]  use --data also for reports another organisation issued`;
export const TABLE_USAGE = `soanchuan table FILE [--data prior.json [--confirm-organisation]] [--period "6 tháng đầu năm 2021"] [--select NAME]... [--json]`;
export const DATA_USAGE = `soanchuan data import FILE... --data prior.json [--mapping mapping.json] [--organisation NAME]
      [--confirm-organisation] [--confirm-scale | --skip-scale]   (.txt .md .docx .csv .xlsx .json)
  soanchuan data list --data prior.json [--json]
  soanchuan data conflicts --data prior.json
  soanchuan data pick N stored|incoming --data prior.json   (N from "data conflicts")
  soanchuan data add --data prior.json --name NAME --period PERIOD --value NUMBER [--unit UNIT] [--plan]
  soanchuan data match NAME --data prior.json
  soanchuan data confirm NAME KEY --data prior.json   (KEY from "data match"; "-" removes the choice)`;
export const AUTHORITIES_USAGE = `soanchuan authorities FILE... [--json|--csv] [--profile party-2018|party-2026|state|auto] [--lang vi|en]
                 the table of cited documents: by issuer level (Central, province, district/commune), Party then State`;
