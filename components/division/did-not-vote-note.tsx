'use client';

/**
 * What "did not vote" can mean: never read it as an abstention. The same words on every division page: a client
 * component without props, so that they travel once in the site's script rather than in each page's payload.
 */
export function DidNotVoteNote() {
  return (
    <div className="max-w-3xl space-y-2 rounded border-l-4 border-brand bg-paper p-4">
      <h3 className="text-lg">What &ldquo;did not vote&rdquo; can mean</h3>
      <p>
        No vote recorded is not the same as abstaining. A member may have been away (ill, abroad, on constituency or
        ministerial business), paired with a member of the other side, or deliberately abstaining. The Speaker and the
        three Deputy Speakers do not vote, and Sinn F&eacute;in&rsquo;s MPs do not take their seats. The record does
        not say which, so we never count not voting as a rebellion.
      </p>
      <p>
        A member who goes through both lobbies is recorded as voting both ways: a deliberate, recorded abstention.
      </p>
    </div>
  );
}
