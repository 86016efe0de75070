import { AUTHORITIES_USAGE, CHECK_USAGE, DATA_USAGE, TABLE_USAGE } from "./usage";
import { describeError, EXIT_BAD_INPUT, EXIT_OK, processIO, type CliIO } from "./io";

type Command = (argv: string[], io: CliIO) => Promise<number>;

// Each command is loaded when it is run: a check does not pay for the spreadsheet readers of `data`.
const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  check: { load: async () => (await import("./checkCommand")).runCheck, usage: CHECK_USAGE },
  table: { load: async () => (await import("./tableCommand")).runTable, usage: TABLE_USAGE },
  data: { load: async () => (await import("./tableCommand")).runData, usage: DATA_USAGE },
  authorities: { load: async () => (await import("./authoritiesCommand")).runAuthorities, usage: AUTHORITIES_USAGE },
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  const usage = `Soạn Chuẩn — kiểm tra báo cáo Đảng và Nhà nước / checks Vietnamese Party and State reports\n\nUsage:\n${Object.values(COMMANDS)
    .map((c) => "  " + c.usage)
    .join("\n")}`;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage);
    return name ? EXIT_OK : EXIT_BAD_INPUT;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Lệnh không hợp lệ / unknown command "${name}"\n\n${usage}`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    // parseArgs rejects unknown flags with a TypeError carrying a code.
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(error as Error).message}\nUsage: ${command.usage}`);
      return EXIT_BAD_INPUT;
    }
    io.err(describeError(error));
    return EXIT_BAD_INPUT;
  }
}
