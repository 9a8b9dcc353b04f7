import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import './index.css';
import { createAppRouter } from './ui/router.tsx';

/*
 * Every page is prerendered to HTML (scripts/build-site.ts). When this page's HTML is the one
 * for this exact URL, the app hydrates it; otherwise (404.html served for another path, a fix link
 * with facets in its query, the dev server) it renders from scratch. No inline hydration data:
 * the router starts from the URL, and waits for its lazy route before hydrating.
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const router = createAppRouter();
if (!router.state.initialized) {
  await new Promise<void>((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) {
        unsubscribe();
        resolve();
      }
    });
  });
}

const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const here = window.location.pathname.slice(base.length).replace(/(.)\/$/, '$1') || '/';
if (root.dataset.prerenderedPath === here && window.location.search === '') {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
