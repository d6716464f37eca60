/**
 * "Download these N rows: CSV · JSON". `csvHref` and `jsonHref` carry the list's current filters (build them
 * with the list's own query-string helper). Plain links, so they work without JavaScript. Not marked `download`: the
 * file is an attachment by its own headers, so the browser saves it and stays on the page, and a download that cannot
 * be made (the record changed since the page was made) is shown as a page that says why, rather than as a failed
 * download (lib/export/response.ts: downloadErrorResponse). Not on paper.
 */
export function DownloadLinks({ csvHref, jsonHref, what }: { csvHref: string; jsonHref: string; what: string }) {
  return (
    <p className="no-print flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span>Download {what}:</span>
      <a href={csvHref}>
        CSV<span className="sr-only"> ({what})</span>
      </a>
      <a href={jsonHref}>
        JSON<span className="sr-only"> ({what})</span>
      </a>
    </p>
  );
}
