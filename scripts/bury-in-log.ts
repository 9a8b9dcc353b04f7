/**
 * Writes a realistic gateway log (~300 lines: JSON and plain lines, timestamps, heartbeats,
 * connects, model calls, a stack trace) with the given lines buried in the middle, for samples
 * such as samples/<id>/buried-in-long-log.txt. Deterministic: the same input gives the same file.
 *   npx tsx scripts/bury-in-log.ts "line one" "line two" > samples/<id>/buried-in-long-log.txt
 */
const buried = process.argv.slice(2);
if (buried.length === 0) {
  console.error('usage: tsx scripts/bury-in-log.ts LINE [LINE ...] > samples/<id>/buried-in-long-log.txt');
  process.exit(2);
}

let seed = 7;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const start = Date.parse('2026-03-14T08:00:00.000Z');
const noise: ((time: string, conn: string) => string)[] = [
  (time) => `${time} [gateway/heartbeat] tick ok (uptime ${Math.floor(random() * 90000)}s)`,
  (time, conn) =>
    `${time} [ws] connected conn=${conn} peer=127.0.0.1:${40000 + Math.floor(random() * 20000)} client=cli cli`,
  (time, conn) => `${time} [ws] closed conn=${conn} code=1000 reason=`,
  (time) =>
    `{"time":"${time}","level":"info","subsystem":"agent","msg":"model call ok","model":"anthropic/claude-sonnet-4","ms":${Math.floor(random() * 4000)}}`,
  (time) =>
    `{"time":"${time}","level":"debug","subsystem":"gateway/rpc","msg":"call","method":"${pick(['status', 'sessions.list', 'agent.run', 'devices.list'])}"}`,
  (time) => `${time} [telegram] poll ok (${Math.floor(random() * 4)} updates)`,
  (time) => `${time} [cron] job "daily-digest" scheduled in ${Math.floor(random() * 3600)}s`,
  (time) => `${time} [agent] tool call: ${pick(['web.fetch', 'shell.run', 'memory.search', 'calendar.list'])} ok`,
];

const lines: string[] = ['🦞 OpenClaw 2026.3.2 (a1b2c3d)', '[gateway] listening on ws://127.0.0.1:18789'];
const total = 300;
for (let index = 0; index < total; index += 1) {
  const time = new Date(start + index * 1700).toISOString();
  const conn = Math.floor(random() * 65535)
    .toString(16)
    .padStart(4, '0');
  if (index === Math.floor(total / 2)) {
    lines.push(...buried);
    continue;
  }
  if (index === 90) {
    lines.push(
      `${time} [agent] tool call failed: Error: ETIMEDOUT`,
      '    at TLSSocket.onTimeout (node:_tls_wrap:1108:12)',
      '    at Object.onceWrapper (node:events:633:28)',
    );
    continue;
  }
  lines.push(pick(noise)(time, conn));
}
process.stdout.write(`${lines.join('\n')}\n`);
