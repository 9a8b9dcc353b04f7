import type { Plugin } from 'vite';

/*
 * The Content-Security-Policy of the built app: everything comes from our own origin, nothing
 * inline, no eval, no plugins, no remote connections (the paste never leaves the page, and now the
 * browser enforces it). `frame-ancestors` cannot be set from a <meta> tag, so the static server
 * sends it in the header as well. Not applied to the dev server: Vite's dev client needs an
 * inline script.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const contentSecurityPolicy = directives.join('; ');
/** For the HTTP header: adds what a <meta> policy cannot carry. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/** Puts the policy in every built HTML page, right after the charset (before any script or style). */
export function contentSecurityPolicyPlugin(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
  return {
    name: 'error-doctor-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> for the CSP to follow');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
