import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { errorClasses } from '../content/error-classes/index.ts';
import { guideSummaries } from '../content/guides/index.ts';
import { everyPagePath, paths } from './paths.ts';
import { appRoutes, basename } from './router.tsx';

/*
 * The prerenderer's entry (built by Vite in SSR mode, run by scripts/build-site.ts): renders one
 * page of the app to HTML. No hydration data is emitted (hydrate={false}): the page must work under
 * a Content-Security-Policy without inline scripts, and the client router starts from the URL.
 */

export const pagePaths: readonly string[] = everyPagePath(
  errorClasses.map((errorClass) => errorClass.id),
  guideSummaries.map((guide) => guide.slug),
);
export const notFoundPath: string = paths.notFoundPage;

const handler = createStaticHandler(appRoutes, { basename });

export interface RenderedPage {
  /** The app's markup for #root. */
  readonly body: string;
  /** <title>, <meta> and <link> elements the page declared, for <head>. */
  readonly head: string;
}

// React emits a page's <title>/<meta>/<link> first when it does not render <html> itself.
const leadingHoistables = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)*/;

export async function renderPage(path: string, origin = 'http://localhost'): Promise<RenderedPage> {
  const url = new URL(`${basename === '/' ? '' : basename}${path}`, origin);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${path}: the router answered with a redirect or raw response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const head = leadingHoistables.exec(html)?.[0] ?? '';
  return { head, body: html.slice(head.length) };
}
