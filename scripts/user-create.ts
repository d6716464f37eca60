// Creates an editor or admin account. The password comes from the USER_PASSWORD environment variable or
// from a prompt, never from the command line (where it would land in shell history).
//   npm run user:create -- --email editor@example.org --role admin [--name "Sam Editor"]
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { createAuth } from '@/lib/auth/auth';
import { getConfig } from '@/lib/config';
import { newAccountSchema } from '@/lib/validation/accounts';
import { readHiddenLine } from './lib/prompt';

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string', default: 'editor' }, name: { type: 'string' } },
  });
  if (!values.email) throw new Error('Usage: npm run user:create -- --email EMAIL [--role editor|admin] [--name NAME]');
  let password = process.env.USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) throw new Error('Set USER_PASSWORD, or run this in a terminal to be asked for the password.');
    password = await readHiddenLine('Password: ');
    if ((await readHiddenLine('Password again: ')) !== password) throw new Error('The passwords do not match.');
  }
  const parsed = newAccountSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email.split('@')[0],
    password,
  });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }

  const db = openDatabase(getConfig().databasePath);
  try {
    migrateDatabase(db);
    const auth = createAuth(db);
    const { email, name, role } = parsed.data;
    const { user } = await auth.api.createUser({ body: { email, name, role, password: parsed.data.password } });
    console.log(`Created ${role} ${user.email}.`);
  } finally {
    db.$client.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Error: ${message}`);
  process.exitCode = 1;
});
