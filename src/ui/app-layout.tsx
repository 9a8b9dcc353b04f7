import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { UpdatePrompt } from './components/update-prompt.tsx';
import { paths } from './paths.ts';

const navClass = ({ isActive }: { isActive: boolean }): string =>
  `rounded-md px-3 py-1.5 font-medium no-underline ${
    isActive ? 'bg-slate-200 text-slate-950 dark:bg-slate-700 dark:text-white' : 'text-slate-800 dark:text-slate-200'
  }`;

export function AppLayout() {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:p-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-300 dark:border-slate-700">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <NavLink to={paths.doctor.href()} className="text-lg font-bold text-slate-950 no-underline dark:text-white">
            Error Doctor <span className="font-normal text-slate-700 dark:text-slate-300">for OpenClaw</span>
          </NavLink>
          <nav aria-label="Main">
            <ul className="flex gap-1">
              <li>
                <NavLink to={paths.doctor.href()} end className={navClass}>
                  Doctor
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.guides.href()} className={navClass}>
                  Guides
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <UpdatePrompt />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {/* Only seen when a page's chunk is still loading on a first visit without a transition. */}
        <Suspense fallback={<p role="status">Loading the page…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="mx-auto max-w-5xl border-t border-slate-300 px-4 py-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
        Everything runs in your browser: what you paste is never uploaded. Not affiliated with the OpenClaw project.
      </footer>
    </>
  );
}
