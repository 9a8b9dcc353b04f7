import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `gateway credential is a redaction sentinel`: the configured token or password is the mask
 * OpenClaw prints instead of a secret (`__OPENCLAW_REDACTED__`), copied back into the config or the
 * environment, so the gateway refuses to use it.
 */
export const redactionSentinelCredential = defineErrorClass({
  id: 'redaction-sentinel-credential',
  title: 'Gateway credential is the redaction mask',
  summary:
    'The gateway token or password in your config is the placeholder OpenClaw prints instead of a secret (__OPENCLAW_REDACTED__), so the gateway refuses it.',
  explanation: [
    'Since 2026.2.22 `openclaw config get` and config snapshots print secrets as a mask (`__OPENCLAW_REDACTED__`). Copying that output back, with `config set`, into openclaw.json, an .env file or a compose file, makes the mask the credential. Newer gateways detect it: the CLI gets "gateway credential is a redaction sentinel (run openclaw doctor --fix on the Gateway, then restart and re-pair)", and doctor says "Gateway token is a known redaction sentinel, not a usable secret".',
    'The real secret is gone from that place. Put a real token back (doctor can generate one), restart the gateway, and pair clients again, since they hold the old token.',
  ],
  signatures: [
    { phrase: 'gateway credential is a redaction sentinel', certainty: 'exact' },
    { phrase: 'is a known redaction sentinel', certainty: 'exact' },
    { phrase: 'token_redacted_config', certainty: 'exact', wholeWord: true },
    { phrase: 'password_redacted_config', certainty: 'exact', wholeWord: true },
  ],
  examples: [
    'gateway connect failed: GatewayClientRequestError: gateway credential is a redaction sentinel (run openclaw doctor --fix on the Gateway, then restart and re-pair)',
    '[ws] unauthorized conn=51c2 peer=127.0.0.1:50022 client=cli cli v2026.9.6 reason=token_redacted_config',
    'Gateway token is a known redaction sentinel, not a usable secret.',
    'Error: Gateway auth password is a known redaction sentinel, not a credential.',
  ],
  nearMisses: ['openclaw config get gateway.auth.token\n__OPENCLAW_REDACTED__', 'unauthorized: gateway token mismatch'],
  notToBeConfusedWith: {
    'placeholder-token':
      'A placeholder is a sample value (change-me, your-token-here); this is OpenClaw’s own mask, copied from its output.',
  },
  causes: [
    {
      id: 'masked-output-copied-back',
      title: 'The masked output of config get was copied back into the config',
      explanation:
        '`config get` prints __OPENCLAW_REDACTED__ for secrets; setting that value, or pasting a redacted snapshot, replaced the real token.',
      likelihood: 80,
      steps: [
        {
          title: 'Let doctor repair the config on the gateway host',
          command: openclawOnEveryPlatform('doctor --fix'),
        },
        {
          title: 'Generate a new gateway token if doctor did not',
          command: openclawOnEveryPlatform('doctor --generate-gateway-token'),
        },
        {
          title: 'Restart the gateway',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
        {
          title: 'Re-pair clients: approve their new requests',
          command: openclawOnEveryPlatform('devices list'),
        },
      ],
    },
    {
      id: 'mask-in-environment',
      title: 'OPENCLAW_GATEWAY_TOKEN or a compose file holds the mask',
      explanation: 'An env file or compose `environment:` was filled from redacted output.',
      likelihood: 20,
      steps: [
        {
          title: 'Find the mask outside the config',
          command: {
            'linux-macos': 'grep -rn __OPENCLAW_REDACTED__ ~/.openclaw/ .env docker-compose.yml 2>/dev/null',
            'windows-powershell': 'Select-String -Path "$HOME\\.openclaw\\*", .env -Pattern __OPENCLAW_REDACTED__',
            'docker-compose': 'docker compose config | grep -n __OPENCLAW_REDACTED__',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect: 'The gateway runs with a real token and the CLI connects without "redaction sentinel".',
  },
  pasteInstead: 'the full error line, or the output of openclaw doctor',
});
