import { UnauthorizedPage } from '@/components/fallback-pages';

export default function Unauthorized() {
  return <UnauthorizedPage />;
}
