import { divisionsExport } from '../divisions/export';

export async function GET(request: Request) {
  return divisionsExport(request, 'json');
}
