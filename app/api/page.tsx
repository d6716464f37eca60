import type { Metadata } from 'next';
import Link from 'next/link';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { API_MAX_PER_PAGE } from '@/lib/validation/api';
import { ENDPOINTS } from '@/lib/openapi/document';
import { pageMetadata } from '@/lib/view/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Open data and API',
  description: 'A read-only JSON API and a Popolo export of every vote, whip, post and MP we hold.',
  path: '/api',
});

/** /api: the endpoints of the JSON API in words, from the same list that builds the OpenAPI document. */
export default function ApiDocsPage() {
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl sm:text-5xl">Open data and API</h1>
        <p className="text-lg">
          Everything on this site is available as JSON, free and without a key. The API is read-only and versioned:
          addresses under <code>/api/v1</code> keep their shape.
        </p>
      </header>

      <section aria-labelledby="conventions-heading" className="space-y-2">
        <h2 id="conventions-heading" className="text-2xl">
          How it works
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Ids are the official ones: Commons Votes division ids (1666) and Parliament member ids (3924).</li>
          <li>Dates are ISO 8601; a division&rsquo;s time is UK local time as Parliament publishes it.</li>
          <li>
            Every vote says which whip it is measured against, with its basis: <code>reported</code> (a source says so) or{' '}
            <code>inferred</code>, and the verdict (<code>rebelled</code>, <code>followed</code>, <code>did_not_vote</code>…). Not
            voting is never counted as a rebellion.
          </li>
          <li>
            Lists are paged with <code>?page</code> and <code>?per_page</code> (at most {API_MAX_PER_PAGE}); each answer gives the
            total and links to the next and previous pages.
          </li>
          <li>
            A bad parameter gets a <code>400</code> with a message saying which and why; an unknown id gets a <code>404</code>.
          </li>
          <li>Answers may be cached for a minute.</li>
        </ul>
        <p>
          The full description, generated from the code that checks each request, is the{' '}
          <a href="/api/v1/openapi.json">OpenAPI document</a>.
        </p>
      </section>

      <section aria-labelledby="endpoints-heading" className="space-y-4">
        <h2 id="endpoints-heading" className="text-2xl">
          Endpoints
        </h2>
        <TableContainer label="Endpoints (scrolls sideways)">
          <Table caption="API endpoints" captionHidden>
            <thead>
              <tr>
                <Th>Address</Th>
                <Th>What it gives</Th>
                <Th>Example</Th>
              </tr>
            </thead>
            <tbody>
              {ENDPOINTS.map((e) => (
                <tr key={e.path}>
                  <Th scope="row">
                    <code className="break-all">GET {e.path}</code>
                  </Th>
                  <Td>
                    <strong>{e.summary}.</strong> {e.description}
                    {e.query ? (
                      <span className="block text-sm text-muted">Parameters: {Object.keys(e.query.shape).join(', ')}.</span>
                    ) : null}
                  </Td>
                  <Td>
                    <a href={e.example} className="break-all">
                      {e.example}
                    </a>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableContainer>
        <p>
          The list of MPs also downloads as a spreadsheet from <Link href="/mps">the MPs page</Link>.
        </p>
      </section>
    </article>
  );
}
