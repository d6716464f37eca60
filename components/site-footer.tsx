'use client';

// A client component to travel once, not twice: see site-header.tsx.
const OPEN_PARLIAMENT_LICENCE = 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-paper">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm text-ink">
        <h2 className="text-base">Where the data comes from</h2>
        <p>
          Division lists come from{' '}
          <a href="https://votes.parliament.uk/">Commons Votes</a> and members from the{' '}
          <a href="https://members.parliament.uk/">UK Parliament Members API</a>. They contain Parliamentary
          information licensed under the <a href={OPEN_PARLIAMENT_LICENCE}>Open Parliament Licence v3.0</a>.
        </p>
        <p>
          Whips, posts and quotes are gathered from published reporting; each one links to its sources. Quotes are
          short, attributed extracts used for reporting. A whip marked &ldquo;inferred&rdquo; is deduced from how a
          party voted, not stated by a source.
        </p>
        <p>
          Ayes &amp; Noes is open source (MIT licence).
        </p>
      </div>
    </footer>
  );
}
