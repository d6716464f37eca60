'use client';

import { useEffect, useState } from 'react';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The page's own address: its canonical link (which keeps the filters the page applied), else where the browser is. */
function pageAddress(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (canonical) return canonical;
  const url = new URL(window.location.href);
  url.hash = '';
  url.searchParams.delete('_rsc');
  return url.href;
}

/**
 * The address printed and the day it is printed, for the print header (PrintHeader). Filled in the browser, when
 * the page is shown and again just before it is printed: a cached page cannot know either when it was made.
 */
export function PrintStamp() {
  const [stamp, setStamp] = useState<{ address: string; date: string } | null>(null);
  useEffect(() => {
    const update = () => setStamp({ address: pageAddress(), date: DATE.format(new Date()) });
    update();
    window.addEventListener('beforeprint', update);
    // A client-side navigation keeps this layout: read the new page's address when it is printed, too.
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  if (!stamp) return null;
  return (
    <>
      <span data-print-address>{stamp.address}</span>
      <span data-print-date> · Printed {stamp.date}</span>
    </>
  );
}
