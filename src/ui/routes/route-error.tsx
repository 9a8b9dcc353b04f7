import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths.ts';

/** What the user sees when a page throws: something broke, and a way back. */
export function RouteError({ error }: { error: unknown }) {
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

interface BoundaryProps {
  /** The address shown: when it changes (the user followed a way back), the page is tried again. */
  readonly location: string;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error: { readonly thrown: unknown } | null;
  /** The address the error happened at. */
  readonly location: string;
}

/** The error boundary around every page (React has no hook for this: it has to be a class). */
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, location: this.props.location };

  static getDerivedStateFromError(thrown: unknown): Partial<BoundaryState> {
    return { error: { thrown } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { error: null, location: props.location };
  }

  override render() {
    return this.state.error ? <RouteError error={this.state.error.thrown} /> : this.props.children;
  }
}
