import { Link } from 'react-router';
import { errorClasses } from '../../content/error-classes/index.ts';
import { paths } from '../paths.ts';

/** /guides — every fix guide. */
export function GuidesIndexRoute() {
  return (
    <>
      <title>Fix guides — Error Doctor</title>
      <meta
        name="description"
        content="Every OpenClaw gateway connect and auth error Error Doctor knows, with its fix."
      />
      <h1 className="text-3xl font-bold">Fix guides</h1>
      <p className="mt-2 max-w-prose">
        One guide per error OpenClaw prints when a client cannot connect to the gateway. Not sure which one you have?{' '}
        <Link to={paths.doctor.href()}>Paste it into the doctor</Link>.
      </p>
      <ul className="mt-6 space-y-4">
        {errorClasses.map((errorClass) => (
          <li key={errorClass.id}>
            <Link to={paths.fix.href(errorClass.id)} className="text-lg font-semibold">
              {errorClass.title}
            </Link>
            <p className="max-w-prose">{errorClass.summary}</p>
            <code className="font-mono text-sm break-words text-slate-700 dark:text-slate-300">
              {errorClass.examples[0]}
            </code>
          </li>
        ))}
      </ul>
    </>
  );
}
