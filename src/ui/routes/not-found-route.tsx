import { Link, useLocation } from 'react-router';
import fixLinks from 'virtual:page-data/fix-links';
import { paths } from '../paths.ts';

/** Any unknown path, or /fix/<id> with an id we do not know. */
export function NotFoundRoute({ unknownFixId }: { unknownFixId?: string }) {
  const location = useLocation();
  return (
    <>
      <title>Page not found — Error Doctor</title>
      <meta name="robots" content="noindex" />
      <h1 className="text-3xl font-bold">Page not found</h1>
      {unknownFixId !== undefined ? (
        <p className="mt-2 max-w-prose" data-testid="not-found-reason">
          There is no fix guide called “{unknownFixId}”. The link may be mistyped or cut short.
        </p>
      ) : location.pathname === paths.notFoundPage ? (
        // Prerendered as 404.html, served for any unknown address (the app names it once it runs).
        <p className="mt-2 max-w-prose" data-testid="not-found-reason">
          Nothing lives at this address.
        </p>
      ) : (
        <p className="mt-2 max-w-prose" data-testid="not-found-reason">
          Nothing lives at <code className="font-mono break-all">{location.pathname}</code>.
        </p>
      )}
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <Link to={paths.doctor.href()}>Paste your error into the doctor</Link> to find the right fix.
        </li>
        <li>
          <Link to={paths.guides.href()}>Browse all fix guides</Link>:{' '}
          {fixLinks.map((fix, index) => (
            <span key={fix.id}>
              {index > 0 && ', '}
              <Link to={paths.fix.href(fix.id)}>{fix.title}</Link>
            </span>
          ))}
          .
        </li>
      </ul>
    </>
  );
}

/** The route module's component, for lazy loading. */
export { NotFoundRoute as Component };
