import Link from 'next/link';

export default function Unauthorized() {
  return (
    <div className="space-y-4">
      <h1 className="text-4xl">Please sign in</h1>
      <p>You need to be signed in as an editor to do this.</p>
      <p>
        <Link href="/login">Sign in</Link>
      </p>
    </div>
  );
}
