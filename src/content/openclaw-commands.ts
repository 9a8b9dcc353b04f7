/*
 * Commands that are cited in forums and by chatbots but do not exist in any OpenClaw release, so a
 * guide can never print them. Every command that does exist comes from the release data
 * (openclaw-releases/release-data.json), read from the published releases. Keep sorted.
 */
export const nonexistentOpenclawCommands: readonly string[] = [
  'openclaw devices token',
  'openclaw gateway token',
  'openclaw token',
];
