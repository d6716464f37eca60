'use client';

// A client component to travel once, not twice: see site-header.tsx.
import { PrintStamp } from './print-stamp';

/**
 * On paper only, above the page: whose page it is, its address, the source of the data and the day it was printed
 * (PrintStamp fills the last two in the browser; without JavaScript the header names the site and the data only).
 */
export function PrintHeader() {
  return (
    <div className="print-only mb-4 w-full border-b-2 border-ink pb-2 text-sm" data-testid="print-header">
      <p>
        <strong>Ayes &amp; Noes</strong> — <PrintStamp />
      </p>
      <p>Data: Commons Votes and Members API (UK Parliament), Open Parliament Licence v3.0.</p>
    </div>
  );
}
