import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * Startup error since 2026.3.7 (BREAKING, #35094): both a token and a password are configured and
 * gateway.auth.mode does not say which one counts, so the gateway refuses to start.
 */
export const authModeAmbiguous = defineErrorClass({
  id: 'auth-mode-ambiguous',
  title: 'Both a gateway token and a password, and no auth mode',
  summary:
    'Your config holds both gateway.auth.token and gateway.auth.password but no gateway.auth.mode, so the gateway does not know which one clients must present and refuses to start.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway secret, then the device token issued at pairing, then pairing approval. The shared secret is either a token or a password, never both; gateway.auth.mode says which.',
    'Before 2026.3.7 a gateway with both configured and no mode quietly chose the password, which left token clients failing with "gateway password missing". Since 2026.3.7 it stops at startup instead and asks you to choose. Pick the one your clients use and set the mode; you can delete the other secret.',
  ],
  signatures: [
    {
      phrase: 'gateway.auth.token and gateway.auth.password are both configured, but gateway.auth.mode is unset',
      certainty: 'exact',
    },
    { phrase: 'Set gateway.auth.mode to token or password', certainty: 'strong' },
  ],
  examples: [
    'Invalid config: gateway.auth.token and gateway.auth.password are both configured, but gateway.auth.mode is unset. Set gateway.auth.mode to token or password.',
    'openclaw-gateway-1  | Error: Invalid config: gateway.auth.token and gateway.auth.password are both configured, but gateway.auth.mode is unset.',
  ],
  nearMisses: [
    'unauthorized: gateway password missing (provide gateway auth password)',
    'Invalid config: hooks.token must not match gateway auth token.',
    'gateway auth mode is password, but no password was configured',
  ],
  notToBeConfusedWith: {
    'gateway-password-missing':
      'Older versions did not stop here: they chose the password, and token clients then got "gateway password missing".',
  },
  causes: [
    {
      id: 'upgraded-with-both-secrets',
      title: 'You upgraded to 2026.3.7 or later with both secrets in the config',
      explanation:
        'The config worked before because the password silently won. The check is new; the config is the same.',
      likelihood: 55,
      steps: [
        {
          title: 'Keep token auth (what the dashboard URL and most clients use)',
          detail:
            'Then remove the password so nothing can flip the mode again. Docker: the gateway container is not running, so use a one-off container.',
          command: {
            'linux-macos':
              'openclaw config set gateway.auth.mode token\nopenclaw config unset gateway.auth.password\nopenclaw gateway restart',
            'windows-powershell':
              'openclaw config set gateway.auth.mode token\nopenclaw config unset gateway.auth.password\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.auth.mode token\ndocker compose run --rm openclaw-gateway node openclaw.mjs config unset gateway.auth.password\ndocker compose up -d',
          },
        },
        {
          title: 'Or keep password auth (needed for Tailscale Funnel)',
          command: {
            'linux-macos': 'openclaw config set gateway.auth.mode password\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.auth.mode password\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.auth.mode password\ndocker compose up -d',
          },
        },
      ],
    },
    {
      id: 'password-added-for-a-test',
      title: 'A password was added for a test (Funnel, a phone) and left behind',
      explanation:
        'Onboarding wrote a token; later a password was added by hand or by a guide. Decide which one stays and remove the other.',
      likelihood: 30,
      steps: [
        {
          title: 'See the current auth block',
          detail: 'Secrets print as a redacted placeholder since 2026.2.22; you only need to see which keys exist.',
          command: {
            'linux-macos': 'openclaw config get gateway.auth',
            'windows-powershell': 'openclaw config get gateway.auth',
            'docker-compose': 'docker compose run --rm openclaw-gateway node openclaw.mjs config get gateway.auth',
          },
        },
      ],
    },
    {
      id: 'both-from-included-files',
      title: 'The two secrets come from different files',
      explanation:
        'openclaw.json may `$include` other JSON5 files; a token in one and a password in another add up to both. Look through the included files too.',
      likelihood: 15,
      steps: [
        {
          title: 'Find every token and password key in the config folder',
          command: {
            'linux-macos': 'grep -rn -e token -e password ~/.openclaw/*.json ~/.openclaw/*.json5 2>/dev/null',
            'windows-powershell': 'Select-String -Path "$HOME\\.openclaw\\*.json*" -Pattern token,password',
            'docker-compose':
              'docker compose run --rm openclaw-gateway grep -rn -e token -e password /home/node/.openclaw --include=*.json --include=*.json5',
          },
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw gateway status',
      'windows-powershell': 'openclaw gateway status',
      'docker-compose': 'docker compose ps',
    },
    expect:
      'The gateway starts and stays up; clients connect with the secret of the mode you chose (the token in token mode, the password in password mode).',
  },
  pasteInstead: 'the gateway startup log (the lines right after the OpenClaw banner)',
});
