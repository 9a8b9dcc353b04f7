import { createBrowserRouter } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { paths } from './paths.ts';
import { DoctorRoute } from './routes/doctor-route.tsx';
import { FixRoute } from './routes/fix-route.tsx';
import { GuidesIndexRoute } from './routes/guides-index-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { RouteError } from './routes/route-error.tsx';

export const router = createBrowserRouter(
  [
    {
      Component: AppLayout,
      ErrorBoundary: RouteError,
      children: [
        { path: paths.doctor.pattern, Component: DoctorRoute },
        { path: paths.fix.pattern, Component: FixRoute },
        { path: paths.guides.pattern, Component: GuidesIndexRoute },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
);
