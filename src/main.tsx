import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './index.css';
import { AppRoutes, basename, preloadPage } from './ui/app-routes.tsx';

/*
 * Every page is prerendered to HTML (scripts/build-site.ts). When this page's HTML is the one
 * for this exact URL, the app hydrates it (the doctor too); otherwise (404.html served for another path, a fix link
 * with facets in its query, the dev server) it renders from scratch. No inline hydration data:
 * the page's chunk and data are loaded first (preloadPage), so the first render matches the HTML.
 * (No top-level await here: lazy chunks import this chunk, and would wait for it forever.)
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container: HTMLElement = root;
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const here = window.location.pathname.slice(base.length).replace(/(.)\/$/, '$1') || '/';

function start(): void {
  const app = (
    <StrictMode>
      <BrowserRouter basename={basename}>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>
  );
  const samePage = container.dataset.prerenderedPath === here && window.location.search === '';
  // Every page hydrates, the doctor too: what differs in the browser (stored choices, a share
  // fragment, the catalogue) is read after hydration (useSyncExternalStore's server snapshot, effects).
  if (samePage) {
    hydrateRoot(container, app);
    return;
  }
  // Rendering another page than the prerendered one: its head tags go, the app sets its own.
  for (const stale of document.head.querySelectorAll('title, meta[name="description"], link[rel="canonical"]')) {
    stale.remove();
  }
  container.replaceChildren();
  createRoot(container).render(app);
}

// A chunk that fails to load (offline on a first visit) still starts the app: its error boundary says so.
void preloadPage(here).then(start, start);
