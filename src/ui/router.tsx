import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { paths } from './paths.ts';
import { DoctorRoute } from './routes/doctor-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { RouteError } from './routes/route-error.tsx';

/*
 * Every route, shared by the browser router (src/main.tsx) and the prerenderer
 * (src/ui/prerender-entry.tsx). The fix and guides pages are lazy: their code and content never weigh
 * on the doctor page.
 */
export const appRoutes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    children: [
      { path: paths.doctor.pattern, Component: DoctorRoute },
      { path: paths.fix.pattern, lazy: () => import('./routes/fix-route.tsx') },
      { path: paths.guides.pattern, lazy: () => import('./routes/guides-index-route.tsx') },
      { path: paths.guide.pattern, lazy: () => import('./routes/guide-route.tsx') },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/** The site's base path without its trailing slash, as React Router's basename wants it. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function createAppRouter() {
  return createBrowserRouter(appRoutes, { basename });
}
