/**
 * `error-doctor` / `npm run doctor --`: the doctor in a terminal. This module only dispatches:
 * each command's code (and the catalogue, for the commands that need it) loads when the command
 * runs, so `--help` or `check-command` does not pay for what `classify` reads.
 */
export interface CliStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };
}

export const usage = `Usage:
  error-doctor classify [--json] [--config openclaw.json] [--site URL] [FILE ... | -]
  error-doctor explain [--json] [--platform P] [--version V] <class id | detail code | close reason>
  error-doctor check-command [--json] [--version V] "openclaw …"
  error-doctor check-config [--json] [--error error.log] openclaw.json

classify       what OpenClaw gateway connect error a log or paste contains, and how to fix it,
               with links to the fix page and to the doctor on the same diagnosis
explain        the fix guide of one error, by id or code (e.g. AUTH_TOKEN_MISMATCH), in the terminal
check-command  whether an openclaw command exists in your OpenClaw version, and what it risks
check-config   what is wrong with the gateway auth settings of your openclaw.json

error-doctor <command> --help for its options. Exit code 2 is a usage or input error; see each command.
`;

type Command = (args: readonly string[], streams: CliStreams) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  classify: () => import('./classify-command.ts').then((module) => module.classifyCommand),
  explain: () => import('./explain-command.ts').then((module) => module.explainCommand),
  'check-command': () => import('./check-command-command.ts').then((module) => module.checkCommandCommand),
  'check-config': () => import('./check-config-command.ts').then((module) => module.checkConfigCommand),
};

/** Runs the CLI; returns the exit code (0 ran, 1 a check found a problem, 2 usage or input error). */
export async function main(args: readonly string[], streams: CliStreams): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    streams.stdout.write(usage);
    return command === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!load) {
    streams.stderr.write(`error-doctor: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  return (await load())(rest, streams);
}
