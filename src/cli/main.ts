import { CHECK_USAGE, runCheck } from "./checkCommand";
import { DATA_USAGE, runData, runTable, TABLE_USAGE } from "./tableCommand";
import { AUTHORITIES_USAGE, runAuthorities } from "./authoritiesCommand";
import { describeError, EXIT_BAD_INPUT, EXIT_OK, processIO, type CliIO } from "./io";

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  check: { run: runCheck, usage: CHECK_USAGE },
  table: { run: runTable, usage: TABLE_USAGE },
  data: { run: runData, usage: DATA_USAGE },
  authorities: { run: runAuthorities, usage: AUTHORITIES_USAGE },
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
    return await command.run(rest, io);
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
