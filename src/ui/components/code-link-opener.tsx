import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseErrorCodeParameter, parseFixFacets, paths } from '../paths.ts';

/**
 * Opens a code link (`/?code=AUTH_TOKEN_MISMATCH&client=cli`), the stable form for a tool that
 * knows only a detail code, log reason, close reason or class id: resolves it to its class and
 * replaces the address with that class's fix page, facets kept. An unknown code says so (as text).
 */
export function CodeLinkOpener() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const code = parseErrorCodeParameter(new URLSearchParams(search));
  const [unknown, setUnknown] = useState<string | null>(null);

  useEffect(() => {
    if (code === null) return;
    let active = true;
    void Promise.all([
      import('../../content/error-classes/index.ts'),
      import('../../core/classify/resolve-error-code.ts'),
    ]).then(([content, { resolveErrorCode }]) => {
      if (!active) return;
      const errorClass = resolveErrorCode(code, content.catalogue);
      if (errorClass) {
        void navigate(paths.fix.href(errorClass.id, parseFixFacets(new URLSearchParams(search))), { replace: true });
      } else {
        setUnknown(code);
      }
    });
    return () => {
      active = false;
    };
  }, [code, search, navigate]);

  if (code === null || unknown !== code) return null;
  return (
    <div
      role="alert"
      data-testid="unknown-code"
      className="mt-4 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 dark:bg-amber-950"
    >
      <p className="font-semibold">Unknown error code</p>
      <p className="mt-1">
        Error Doctor does not know the code “{unknown}”. Paste the whole error line (or the log around it) below.
      </p>
    </div>
  );
}
