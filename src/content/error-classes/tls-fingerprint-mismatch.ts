import { defineErrorClass } from '../../core/error-class-schema.ts';
import { gatewayContext } from '../paste-contexts.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `gateway tls fingerprint mismatch` / `missing` / `unavailable` / `requires wss:// gateway url`:
 * the CLI pins the gateway certificate (gateway.remote.tlsFingerprint) and the check failed.
 */
export const tlsFingerprintMismatch = defineErrorClass({
  id: 'tls-fingerprint-mismatch',
  title: 'Gateway TLS fingerprint check failed',
  summary:
    'The client pins the gateway TLS certificate by its fingerprint, and the certificate it got does not match the pin (or there was no certificate to check).',
  explanation: [
    'A self-signed gateway certificate (gateway.tls with autoGenerate) is not trusted by any certificate authority, so remote clients trust it by its fingerprint instead: gateway.remote.tlsFingerprint holds the expected value and the CLI compares it with the certificate the server presents. That protects the token from anyone who could impersonate the gateway.',
    '"mismatch" means the server presented a different certificate: the gateway generated a new one (reinstall, lost state directory), or something else answers, such as a TLS proxy in front of it. "requires wss:// gateway url" means a fingerprint is configured but the URL is plain ws://, where there is no certificate at all. "missing"/"unavailable" mean the check had nothing to compare. Do not simply delete the pin: first confirm the new certificate is really your gateway.',
  ],
  signatures: [
    { phrase: 'gateway tls fingerprint mismatch', certainty: 'exact' },
    { phrase: 'gateway tls fingerprint missing', certainty: 'exact' },
    { phrase: 'gateway tls fingerprint unavailable', certainty: 'exact' },
    { phrase: 'gateway tls fingerprint requires wss:// gateway url', certainty: 'exact' },
    { phrase: 'Server TLS fingerprint mismatch', certainty: 'strong' },
    {
      phrase: 'self-signed certificate',
      certainty: 'strong',
      weight: 0.7,
      onlyWith: [...gatewayContext],
      note: 'Node/OpenSSL refusing the auto-generated gateway certificate (`self-signed certificate`, `self signed certificate in certificate chain`); any HTTPS client says the same, so only with the gateway in the paste.',
    },
    {
      phrase: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      inTheWild: 'samples/tls-fingerprint-mismatch/node-self-signed-wss.txt',
      certainty: 'strong',
      weight: 0.7,
      wholeWord: true,
      onlyWith: [...gatewayContext],
    },
  ],
  examples: [
    'gateway connect failed: Error: gateway tls fingerprint mismatch',
    'gateway connect failed: Error: self-signed certificate\nGateway target: wss://gw.home.arpa:18789',
    'gateway closed (1008): gateway tls fingerprint mismatch\nGateway target: wss://192.168.1.20:18789\nSource: config gateway.remote.url',
    'Error: gateway tls fingerprint requires wss:// gateway url',
    'gateway tls fingerprint unavailable',
    'Server TLS fingerprint mismatch',
  ],
  nearMisses: [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'curl: (60) SSL certificate problem: self-signed certificate',
    'npm ERR! request to https://registry.npmjs.org/openclaw failed, reason: self-signed certificate in certificate chain',
    'WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'A fingerprint is the gateway certificate pin, not the gateway token; the token was never sent.',
  },
  causes: [
    {
      id: 'gateway-certificate-regenerated',
      title: 'The gateway generated a new certificate',
      explanation:
        'With gateway.tls.autoGenerate the certificate lives in the gateway state directory. A reinstall, a new container without a persistent volume or a deleted state directory creates a new one with a new fingerprint.',
      likelihood: 45,
      steps: [
        {
          title: 'Read the fingerprint the gateway presents now',
          detail:
            'Compare it on the gateway host itself (connect to 127.0.0.1) and from the client: the two must agree, or something in between presents its own certificate. openssl ships with macOS, most Linux distributions and Git for Windows.',
          command: {
            'linux-macos':
              'openssl s_client -connect <gateway-host>:18789 </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256',
            'windows-powershell':
              '$null | openssl s_client -connect <gateway-host>:18789 2>$null | openssl x509 -noout -fingerprint -sha256',
            'docker-compose':
              'openssl s_client -connect 127.0.0.1:18789 </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256',
          },
        },
        {
          title: 'Update the pin on the client',
          detail: 'Write it in the same format as your current value.',
          command: openclawOnEveryPlatform('config set gateway.remote.tlsFingerprint <fingerprint>'),
        },
      ],
    },
    {
      id: 'fingerprint-with-plain-ws-url',
      title: 'A fingerprint is configured but the URL is ws://',
      explanation: 'Only wss:// has a certificate to pin. Either the URL lost its "s", or the pin is a leftover.',
      likelihood: 20,
      steps: [
        {
          title: 'Use wss:// for a TLS gateway',
          command: {
            'linux-macos':
              'openclaw config get gateway.remote.url\nopenclaw config set gateway.remote.url wss://<gateway-host>:18789',
            'windows-powershell':
              'openclaw config get gateway.remote.url\nopenclaw config set gateway.remote.url wss://<gateway-host>:18789',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.remote.url wss://<gateway-host>:18789',
          },
        },
      ],
    },
    {
      id: 'proxy-presents-its-own-certificate',
      title: 'A TLS proxy or Tailscale Serve presents its own certificate',
      explanation:
        'Behind nginx, Caddy, Cloudflare or Tailscale Serve the client sees the proxy certificate, usually signed by a public authority. Pinning the gateway self-signed certificate then never matches.',
      likelihood: 20,
      steps: [
        {
          title: 'Pin the certificate the client really sees, or drop the pin for a publicly trusted one',
          detail: "A certificate from a public authority (Let's Encrypt, Tailscale) is verified without a pin.",
          command: openclawOnEveryPlatform('config unset gateway.remote.tlsFingerprint'),
        },
      ],
    },
    {
      id: 'someone-in-the-middle',
      title: 'Something else answers at that address',
      explanation:
        'If the gateway fingerprint did not change and no proxy sits in between, the certificate comes from another machine: a wrong DNS entry, a captive portal or an interception. Do not connect until you know which.',
      likelihood: 15,
      steps: [
        {
          title: 'Compare the fingerprint on the gateway host with the one the client sees',
          detail:
            'Use the openssl command above on both machines; different values mean the client reaches something else.',
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect: 'The RPC probe succeeds over wss:// and no "gateway tls fingerprint" error appears.',
  },
  pasteInstead: 'the full error with the "Gateway target:" line (wss:// or ws://) under it',
});
