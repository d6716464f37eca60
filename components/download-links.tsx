/**
 * "Download these N rows: CSV · JSON". `csvHref` and `jsonHref` carry the list's current filters (build them
 * with the list's own query-string helper). Plain links with `download`, so they work without JavaScript.
 */
export function DownloadLinks({ csvHref, jsonHref, what }: { csvHref: string; jsonHref: string; what: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span>Download {what}:</span>
      <a href={csvHref} download>
        CSV<span className="sr-only"> ({what})</span>
      </a>
      <a href={jsonHref} download>
        JSON<span className="sr-only"> ({what})</span>
      </a>
    </p>
  );
}
