/*
 * Every `openclaw` command a fix guide may print, with the flags it may use. Each entry is
 * grounded in ../shared/openclaw/SOURCE-FACTS.md (§3.2 mostly): the tidy suite checks that the
 * command, or the `evidence` text that lists it, appears there, and so does each flag.
 * Commands users are often told to run but that do NOT exist are listed below so a guide can
 * never print them. Keep both lists sorted.
 */
export interface KnownCommand {
  readonly flags: readonly string[];
  /** The text in SOURCE-FACTS.md that lists this command, when it is not spelt out in full there. */
  readonly evidence?: string;
}

const gatewaySubcommands =
  'openclaw gateway run/status/probe/call/health/usage-cost/discover/install/uninstall/start/stop/restart';

export const openclawCommands: Readonly<Record<string, KnownCommand>> = {
  'openclaw config get': { flags: ['--json'] },
  'openclaw config set': { flags: [] },
  'openclaw config unset': { flags: [], evidence: '`config unset`' },
  'openclaw dashboard': { flags: ['--no-open', '--json'] },
  'openclaw devices approve': { flags: ['--latest', '--url', '--token', '--password'] },
  'openclaw devices clear': { flags: ['--yes', '--pending'] },
  'openclaw devices list': { flags: ['--json', '--url', '--token', '--password', '--timeout'] },
  'openclaw devices reject': { flags: [] },
  'openclaw devices remove': { flags: [] },
  'openclaw devices revoke': { flags: ['--device', '--role'] },
  'openclaw devices rotate': { flags: ['--device', '--role', '--scope'] },
  'openclaw doctor': { flags: ['--fix', '--generate-gateway-token'] },
  'openclaw gateway auth-token': { flags: ['--show'] },
  'openclaw gateway install': { flags: [] },
  'openclaw gateway probe': { flags: [], evidence: gatewaySubcommands },
  'openclaw gateway restart': { flags: [], evidence: gatewaySubcommands },
  'openclaw gateway run': { flags: ['--token', '--password', '--auth', '--bind', '--port', '--allow-unconfigured'] },
  'openclaw gateway start': { flags: [], evidence: gatewaySubcommands },
  'openclaw gateway status': { flags: [] },
  'openclaw gateway uninstall': { flags: [], evidence: gatewaySubcommands },
  'openclaw logs': { flags: [] },
  'openclaw node run': { flags: [] },
  'openclaw onboard': { flags: [], evidence: '`openclaw onboard`' },
  'openclaw qr': { flags: [] },
  'openclaw status': { flags: [] },
};

/** Commands that are cited in forums and by chatbots but do not exist in any OpenClaw release. */
export const nonexistentOpenclawCommands: readonly string[] = [
  'openclaw devices token',
  'openclaw gateway token',
  'openclaw token',
];
