import { nonLoopbackBinds, type FindingRule } from '../config-finding.ts';

/** A Control UI reachable beyond loopback needs explicit origins (since 2026.2.26). */
export const controlUiWithoutAllowedOrigins: FindingRule = {
  id: 'control-ui-without-allowed-origins',
  check({ config }) {
    const gateway = config.gateway;
    const bind = gateway?.bind;
    if (bind === undefined || !nonLoopbackBinds.has(bind)) return [];
    const controlUi = gateway?.controlUi;
    if (controlUi?.enabled === false || controlUi?.dangerouslyAllowHostHeaderOriginFallback === true) return [];
    if ((controlUi?.allowedOrigins ?? []).length > 0) return [];
    return [
      {
        id: 'control-ui-without-allowed-origins',
        severity: 'warning',
        path: 'gateway.controlUi.allowedOrigins',
        message: `gateway.bind is "${bind}", so the Control UI is reachable from other machines, but gateway.controlUi.allowedOrigins is not set. Since 2026.2.26 OpenClaw says: "non-loopback Control UI requires gateway.controlUi.allowedOrigins (set explicit origins)". Existing installs get origins seeded at startup; a browser at any other address is refused.`,
        fix: 'Add the exact address you open the dashboard at, for example allowedOrigins: ["http://192.168.1.20:18789"] under gateway.controlUi, then restart the gateway.',
        commands: ['openclaw gateway restart'],
        facts: [],
        errorClassId: 'origin-not-allowed',
      },
    ];
  },
};
