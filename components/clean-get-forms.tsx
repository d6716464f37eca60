'use client';

import { useEffect } from 'react';

/**
 * Filter forms (GET) leave out the fields left empty, and those that hold what the page does anyway (a field's
 * `data-default`, e.g. sort=name): "/rebels?party=Lab" rather than "/rebels?division=&party=Lab&basis=&…&sort=name".
 * One listener for the whole site, in the root layout. Without JavaScript the production server redirects such an
 * address to the same clean one (scripts/lib/route-params.mjs), so both ways land on one address and one cached page.
 */
export function CleanGetForms() {
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method !== 'get') return;
      if (form.target && form.target !== '_self') return;
      const defaults = new Map<string, string>();
      for (const field of Array.from(form.elements)) {
        const name = field.getAttribute('name');
        const implied = field.getAttribute('data-default');
        if (name && implied !== null) defaults.set(name, implied);
      }
      const kept = new URLSearchParams();
      let isDropped = false;
      for (const [name, value] of new FormData(form, event.submitter)) {
        if (typeof value !== 'string') return;
        if (value.trim() === '' || defaults.get(name) === value) isDropped = true;
        else kept.append(name, value);
      }
      if (!isDropped) return;
      event.preventDefault();
      // As the browser would go: the form's action with its query replaced, its #fragment kept.
      const url = new URL(form.action);
      url.search = kept.toString();
      window.location.assign(url.href);
    };
    document.addEventListener('submit', onSubmit);
    return () => document.removeEventListener('submit', onSubmit);
  }, []);
  return null;
}
