import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-4xl">You cannot do that</h1>
      <p>This part of the admin area is for admins. Ask an admin if you need it.</p>
      <p>
        <Link href="/admin">Back to the admin area</Link>
      </p>
    </div>
  );
}
