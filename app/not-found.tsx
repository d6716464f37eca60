import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/fallback-pages';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
};

export default function NotFound() {
  return <NotFoundPage />;
}
