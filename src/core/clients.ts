/**
 * Which kind of OpenClaw client failed. The gateway picks the hint in brackets from this
 * (SOURCE-FACTS §1.3), so the hint tells us the client, never the class.
 */
export const clientKinds = ['cli', 'control-ui', 'node', 'macos-app', 'probe', 'other-client'] as const;
export type ClientKind = (typeof clientKinds)[number];

export const clientLabels: Record<ClientKind, string> = {
  cli: 'the openclaw CLI',
  'control-ui': 'the Control UI (browser dashboard)',
  node: 'a node host (openclaw node run)',
  'macos-app': 'the macOS app',
  probe: 'a status probe (openclaw status / gateway status / onboarding)',
  'other-client': 'another client or app (node, desktop/mobile app, status probe or third-party wrapper)',
};

export function isClientKind(value: unknown): value is ClientKind {
  return typeof value === 'string' && (clientKinds as readonly string[]).includes(value);
}
