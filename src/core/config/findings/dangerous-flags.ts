import type { ConfigFinding, FindingRule } from '../config-finding.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Why each known flag is risky; any other `dangerously…` key under gateway gets the generic reason. */
const knownFlags: Readonly<Record<string, string>> = {
  'gateway.controlUi.dangerouslyDisableDeviceAuth':
    'the Control UI skips device identity and pairing: anyone with the token gets in from any browser',
  'gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback':
    'the Control UI trusts the Host header instead of gateway.controlUi.allowedOrigins, which weakens the origin check',
  'gateway.controlUi.allowInsecureAuth':
    'the Control UI accepts token auth from a plain-HTTP page on another machine, where the token travels unencrypted',
};

/** `dangerously…` and insecure switches left on under gateway. */
export const dangerousFlags: FindingRule = {
  id: 'dangerous-flags',
  check({ raw }) {
    const findings: ConfigFinding[] = [];
    const visit = (node: unknown, path: string, depth: number) => {
      if (!isRecord(node) || depth > 4) return;
      for (const [key, value] of Object.entries(node)) {
        const keyPath = `${path}.${key}`;
        if (isRecord(value)) visit(value, keyPath, depth + 1);
        else if (value === true && (keyPath in knownFlags || /^dangerously/.test(key))) {
          findings.push({
            id: 'dangerous-flags',
            severity: 'warning',
            path: keyPath,
            message: `${keyPath} is true: ${knownFlags[keyPath] ?? 'a switch OpenClaw names "dangerously" turns off a safety check'}. It is meant for a short test, not for a gateway left running.`,
            fix: 'Remove it once the test is done, then restart the gateway.',
            commands: [`openclaw config unset ${keyPath}`, 'openclaw gateway restart'],
            facts: [],
          });
        }
      }
    };
    if (isRecord(raw)) visit(raw.gateway, 'gateway', 0);
    return findings;
  },
};
