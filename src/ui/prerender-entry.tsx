import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { matchPath, StaticRouter } from 'react-router';
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

/** The kinds of page, for the page budgets' report (every locale's pages fall under these). */
export const pageKinds = ['doctor', 'fix page', 'guides', 'guide', 'not-found'] as const;

export function pageKind(path: string): (typeof pageKinds)[number] {
  if (matchPath(paths.fix.pattern, path)) return 'fix page';
  if (matchPath(paths.guide.pattern, path)) return 'guide';
  if (matchPath(paths.guides.pattern, path)) return 'guides';
  if (matchPath(paths.doctor.pattern, path)) return 'doctor';
  return 'not-found';
}

/**
 * The modules a page loads on start besides the entry chunk (its route, its page data from
 * scripts/page-data-plugin.ts), as the client's lazy loaders in app-routes.tsx and the routes'
 * `preload` load them. The build preloads their chunks and checks the page's budget with them
 * (scripts/page-budgets.ts); the bench measures the same in Chromium.
 */
export function onLoadModules(path: string): string[] {
  const fix = matchPath(paths.fix.pattern, path);
  if (fix) return ['src/ui/routes/fix-route.tsx', `virtual:page-data/fix/${fix.params.errorClassId ?? ''}`];
  const guide = matchPath(paths.guide.pattern, path);
  if (guide) return ['src/ui/routes/guide-route.tsx', `virtual:page-data/guide/${guide.params.slug ?? ''}`];
  if (matchPath(paths.guides.pattern, path)) return ['src/ui/routes/guides-index-route.tsx'];
  if (matchPath(paths.doctor.pattern, path)) return ['src/ui/routes/doctor-route.tsx'];
  return ['src/ui/routes/not-found-route.tsx'];
}

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
