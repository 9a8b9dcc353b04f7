import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { errorClasses } from '../content/error-classes/index.ts';
import { guideSummaries } from '../content/guides/index.ts';
import { everyPagePath, paths } from './paths.ts';
import { AppRoutes, basename, preloadPage } from './app-routes.tsx';

/*
 * The prerenderer's entry (built by Vite in SSR mode, run by scripts/build-site.ts): renders one
 * page of the app to HTML. No hydration data is emitted: the page must work under a
 * Content-Security-Policy without inline scripts, and the client loads the same page data itself.
 */

export const pagePaths: readonly string[] = everyPagePath(
  errorClasses.map((errorClass) => errorClass.id),
  guideSummaries.map((guide) => guide.slug),
);
export const notFoundPath: string = paths.notFoundPage;

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
  // Loaded first, so the page renders whole in one synchronous pass (no Suspense fallback).
  await preloadPage(path);
  const html = renderToString(
    <StrictMode>
      <StaticRouter basename={basename} location={url.pathname + url.search}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
  const head = leadingHoistables.exec(html)?.[0] ?? '';
  return { head, body: html.slice(head.length) };
}
