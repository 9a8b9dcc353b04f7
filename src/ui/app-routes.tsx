import { matchPath, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { lazyPage } from './lazy-page.tsx';
import { paths } from './paths.ts';
import { RouteErrorBoundary } from './routes/route-error.tsx';

/*
 * Every route, shared by the browser (src/main.tsx, inside a BrowserRouter) and the prerenderer
 * (src/ui/prerender-entry.tsx, inside a StaticRouter). React Router's declarative mode: the data
 * router would add ~17 kB gzip to every page for loaders we do not need. Every page is its own
 * chunk with its own data (scripts/page-data-plugin.ts), the doctor too: the first chunk is React,
 * the router and the layout. The built HTML preloads the page's chunks (scripts/build-site.ts), so
 * splitting costs no round trip.
 */
const lazyPages = [
  { pattern: paths.doctor.pattern, page: lazyPage(() => import('./routes/doctor-route.tsx')) },
  { pattern: paths.fix.pattern, page: lazyPage(() => import('./routes/fix-route.tsx')) },
  { pattern: paths.guides.pattern, page: lazyPage(() => import('./routes/guides-index-route.tsx')) },
  { pattern: paths.guide.pattern, page: lazyPage(() => import('./routes/guide-route.tsx')) },
  { pattern: '*', page: lazyPage(() => import('./routes/not-found-route.tsx')) },
] as const;

export function AppRoutes() {
  const { pathname, search } = useLocation();
  return (
    <RouteErrorBoundary location={pathname + search}>
      <Routes>
        <Route element={<AppLayout />}>
          {lazyPages.map(({ pattern, page }) => (
            <Route key={pattern} path={pattern} element={<page.Page />} />
          ))}
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}

/**
 * Loads the code and data of the page at a path (relative to the base), so that it renders in one
 * pass: before hydrating its prerendered HTML, and before prerendering it.
 */
export async function preloadPage(path: string): Promise<void> {
  for (const { pattern, page } of lazyPages) {
    const match = matchPath(pattern, path);
    if (match) {
      await page.preload(match.params);
      return;
    }
  }
}

/** The site's base path without its trailing slash, as React Router's basename wants it. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
