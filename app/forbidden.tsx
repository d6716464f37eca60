import { ForbiddenPage } from '@/components/fallback-pages';

export default function Forbidden() {
  return <ForbiddenPage />;
}
