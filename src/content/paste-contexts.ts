/**
 * Context phrases for loose signatures (`unless` / `onlyWith` on a signature): whole words that
 * tell what a paste is about. Data, shared by the classes that need them.
 */

/**
 * Chat DM pairing (`openclaw pairing approve telegram <code>`) also prints "pairing required";
 * a paste that names a chat channel, a DM or a pairing code is about that, not gateway devices.
 */
export const chatPairingContext = [
  'telegram',
  'whatsapp',
  'discord',
  'slack',
  'imessage',
  'bluebubbles',
  'mattermost',
  'msteams',
  'google chat',
  'feishu',
  'zalo',
  'dm',
  'dms',
  'direct message',
  'pairing code',
  'openclaw pairing',
  'pairing approve',
  'pairing list',
] as const;

/**
 * Words that tie a generic runtime error (`[Errno 111] Connection refused`, `self-signed
 * certificate`) to the OpenClaw gateway: the gateway itself, its default port, a WebSocket URL.
 */
export const gatewayContext = ['gateway', '18789', 'ws://', 'wss://', 'openclaw gateway'] as const;

/**
 * A paste with one of these (lower-case, anywhere) looks like an OpenClaw problem: when no
 * signature matches it still gets the nearest known error. Without any, it gets "not recognised".
 */
export const openclawCues = [
  'openclaw',
  'gateway',
  '18789',
  'control ui',
  'pairing',
  'device token',
  'ws://',
  'wss://',
  '网关',
] as const;
