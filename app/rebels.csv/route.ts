import { rebelsExport } from '../rebels/export';

export async function GET(request: Request) {
  return rebelsExport(request, 'csv');
}
