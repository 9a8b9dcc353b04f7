/*
 * Every `openclaw` command a fix guide may print, with the flags it may use. Each entry is
 * grounded in ../shared/openclaw/SOURCE-FACTS.md §3.2 (the tidy suite checks that the command
 * appears there). Commands users are often told to run but that do NOT exist are listed below
 * so a guide can never print them. Keep both lists sorted.
 */
export const openclawCommands: Readonly<Record<string, readonly string[]>> = {
  'openclaw config get': ['--json'],
  'openclaw config set': [],
  'openclaw config unset': [],
  'openclaw dashboard': ['--no-open', '--json'],
  'openclaw devices approve': ['--latest', '--url', '--token', '--password'],
  'openclaw devices clear': ['--yes', '--pending'],
  'openclaw devices list': ['--json', '--url', '--token', '--password', '--timeout'],
  'openclaw devices reject': [],
  'openclaw devices remove': [],
  'openclaw devices revoke': ['--device', '--role'],
  'openclaw devices rotate': ['--device', '--role', '--scope'],
  'openclaw doctor': ['--fix', '--generate-gateway-token'],
  'openclaw gateway auth-token': ['--show'],
  'openclaw gateway install': [],
  'openclaw gateway probe': [],
  'openclaw gateway restart': [],
  'openclaw gateway run': ['--token', '--password', '--auth', '--bind', '--port', '--allow-unconfigured'],
  'openclaw gateway status': [],
  'openclaw gateway uninstall': [],
  'openclaw logs': [],
  'openclaw node run': [],
  'openclaw qr': [],
  'openclaw status': [],
};

/** Commands that are cited in forums and by chatbots but do not exist in any OpenClaw release. */
export const nonexistentOpenclawCommands: readonly string[] = [
  'openclaw devices token',
  'openclaw gateway token',
  'openclaw token',
];
