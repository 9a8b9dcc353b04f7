import { describe, expect, it } from 'vitest';
import { phraseFitsTemplate } from '../../src/content/openclaw-releases/ground-phrase.ts';
import { classifyReleaseString } from './connect-auth-domain.ts';
import { scanFile } from './scan-bundle.ts';

// A miniature of what a release bundle looks like: region comments, templates, commander chains
// across functions, a lazily imported registration, a locale table and a login-card catalogue.
const bundle = `
//#region src/gateway/server/ws-connection/auth-messages.ts
function formatReason(reason, hint) {
  if (reason === "token_mismatch") return \`unauthorized: gateway token mismatch (\${hint})\`;
  return "unauthorized: " + reason + " (retry later)";
}
//#endregion
//#region src/cli/gateway-cli/register.ts
function callOpts(cmd) {
  return cmd.option("--url <url>", "Gateway URL").option("--token <token>", "Token");
}
function registerGatewayCli(program) {
  const gateway = program.command("gateway").description("Gateway");
  gateway.command("auth-token").option("-s, --show", "Print it", false);
  callOpts(gateway.command("probe"));
}
registerGatewayCli(program);
[["qr"], async (program) => (await import("./qr.mjs")).registerQrCli(program)];
function registerQrCli(program) { program.command("qr").option("--json"); }
//#endregion
const locales = { "zh-CN": () => import(\`./zh-CN-ABCD1234.js\`) };
const en = { login: { failure: { authFailed: { title: \`Gateway secret rejected\`, summary: \`{host} rejected the supplied Gateway secret.\` } } } };
`;

describe('scanFile', () => {
  const scanned = scanFile(bundle, 'dist/bundle.mjs');

  it('keeps templates with their placeholders and names the source module from the region', () => {
    const texts = scanned.strings.map((item) => `${item.module} ${item.text}`);
    expect(texts).toContain(
      'src/gateway/server/ws-connection/auth-messages.ts unauthorized: gateway token mismatch ({hint})',
    );
    expect(texts).toContain('src/gateway/server/ws-connection/auth-messages.ts unauthorized: {reason} (retry later)');
  });

  it('reads commander registrations, their options and the functions that add options', () => {
    const commands = scanned.commands.map((target) => (target.kind === 'path' ? target.path.join(' ') : target.fn));
    expect(commands).toContain('registerGatewayCli');
    expect(scanned.options.some((option) => option.flags.includes('--show') && option.flags.includes('-s'))).toBe(true);
    expect(scanned.calls.some((call) => call.fn === 'registerQrCli')).toBe(true);
    expect(scanned.calls.some((call) => call.fn === 'callOpts')).toBe(true);
  });

  it('reads the locale table and the login-failure cards', () => {
    expect(scanned.localeChunks.get('zh-CN-ABCD1234.js')).toBe('zh-CN');
    expect(scanned.loginFailureTexts.get('authFailed.title')).toBe('Gateway secret rejected');
    expect(scanned.loginFailureTexts.get('authFailed.summary')).toBe('{host} rejected the supplied Gateway secret.');
  });

  it('survives a file it cannot parse', () => {
    expect(scanFile('const = ;', 'x.js').strings).toEqual([]);
  });
});

describe('the connect/auth domain', () => {
  it('takes messages and codes from connection modules only', () => {
    expect(
      classifyReleaseString(
        'unauthorized: gateway token missing ({hint})',
        'src/gateway/server/ws-connection/auth-messages.ts',
      ),
    ).toBe('message');
    expect(classifyReleaseString('AUTH_TOKEN_MISMATCH', 'packages/gateway-protocol/src/connect-error-details.ts')).toBe(
      'code',
    );
    expect(classifyReleaseString('Gateway token rejected', 'src/wizard/i18n/index.ts')).toBeNull();
  });
});

describe('phraseFitsTemplate', () => {
  it('reads a phrase across a placeholder, case and spacing aside', () => {
    expect(phraseFitsTemplate('gateway closed (1008): pairing required', 'gateway closed ({code}): {reason}')).toBe(
      true,
    );
    expect(phraseFitsTemplate('Guidance=unauthorized', 'reason={reason} guidance={guidance}')).toBe(true);
    expect(phraseFitsTemplate('gateway token mismatch', 'unauthorized: gateway  Token mismatch ({hint})')).toBe(true);
  });

  it('rejects a phrase the template cannot print', () => {
    expect(phraseFitsTemplate('device token mismatch', 'unauthorized: gateway token mismatch ({hint})')).toBe(false);
    expect(phraseFitsTemplate('gateway opened (1008)', 'gateway closed ({code})')).toBe(false);
  });
});
