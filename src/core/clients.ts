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

/**
 * What the expert reading of a whole paste can tell about the client: the finding-level kinds
 * above (kept as they are for the CLI JSON contract) plus the ones only the wider context shows.
 */
export const readClientKinds = [...clientKinds, 'windows-app', 'mobile-app', 'third-party'] as const;
export type ReadClientKind = (typeof readClientKinds)[number];

export const readClientLabels: Record<ReadClientKind, string> = {
  ...clientLabels,
  'windows-app': 'the Windows app',
  'mobile-app': 'a desktop or mobile app (iOS/Android/macOS)',
  'third-party': 'a third-party app or wrapper',
};

/** How specific a kind is: a named app says more than "some other client". */
export const clientSpecificity: Record<ReadClientKind, number> = {
  'other-client': 1,
  'mobile-app': 2,
  cli: 3,
  'control-ui': 3,
  probe: 3,
  node: 3,
  'macos-app': 4,
  'windows-app': 4,
  'third-party': 5,
};
