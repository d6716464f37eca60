import { z } from 'zod';
import { EDITOR_ROLES } from '@/db/schema/auth';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';
import { requiredName } from './common';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter an email address like name@example.org'));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(128, 'Use at most 128 characters');

export const newAccountSchema = z.object({
  email: emailSchema,
  name: requiredName(100, 'Enter a name'),
  role: z.enum(EDITOR_ROLES, 'Choose editor or admin'),
  password: passwordSchema,
});
export type NewAccount = z.infer<typeof newAccountSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password'),
});
