/*
 * Whether a paste is `openclaw` commands to check (the doctor shows the command check for it) rather
 * than an error or a log. Pure and tiny: the doctor runs it on every paste before loading the check.
 */
const commandLine = /^(?:\$|>|PS>)?\s*(?:node\s+)?openclaw(?:\.mjs)?\s+[a-z]/i;
const bannerOrComment = /^(?:#|\S{0,4}\s*openclaw\s+\d{4}\.\d)/i;

/**
 * True when a paste is commands to check rather than an error: a few lines, each an `openclaw …`
 * command (after an optional `$ ` prompt), a version banner (`🦞 OpenClaw 2026.4.12 (…)`) or a comment.
 */
export function looksLikeOpenclawCommand(paste: string): boolean {
  if (paste.length > 2000) return false;
  const lines = paste
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return (
    lines.some((line) => commandLine.test(line)) &&
    lines.every((line) => commandLine.test(line) || bannerOrComment.test(line))
  );
}
