import { Link, useRouteError } from 'react-router';
import { paths } from '../paths.ts';

/** Error boundary for every route: something broke, the user keeps a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <main className="mx-auto max-w-3xl p-6">
      <title>Something went wrong — Error Doctor</title>
      <h1 className="text-3xl font-bold">Something went wrong on this page</h1>
      <p className="mt-2">Error Doctor hit a bug while showing this page: {message}</p>
      <p className="mt-2">
        Nothing you pasted was sent anywhere. <Link to={paths.doctor.href()}>Go back to the doctor</Link> or{' '}
        <Link to={paths.guides.href()}>browse the fix guides</Link>.
      </p>
    </main>
  );
}
