import { z } from 'zod';
import { EDITOR_ROLES } from '@/db/schema/auth';
import { newAccountSchema, passwordSchema } from './accounts';
import { cleanText } from './common';

// The admin's account forms (app/admin/accounts). A new password is typed twice: nobody sees it afterwards.

const userIdSchema = z.string({ error: 'Choose an account' }).trim().min(1, 'Choose an account');

const samePassword = (p: { password: string; confirmPassword: string }) => p.password === p.confirmPassword;
const MISMATCH = { path: ['confirmPassword'], message: 'The two passwords are not the same' };

export const createAccountSchema = newAccountSchema
  .extend({ confirmPassword: z.string({ error: 'Type the password again' }) })
  .refine(samePassword, MISMATCH);

export const resetPasswordSchema = z
  .object({ userId: userIdSchema, password: passwordSchema, confirmPassword: z.string({ error: 'Type the password again' }) })
  .refine(samePassword, MISMATCH);

export const changeRoleSchema = z.object({ userId: userIdSchema, role: z.enum(EDITOR_ROLES, 'Choose editor or admin') });

export const accountStatusSchema = z.object({
  userId: userIdSchema,
  reason: z
    .string()
    .overwrite((v) => cleanText(v))
    .trim()
    .max(200, 'Use at most 200 characters')
    .optional(),
});

/** The form fields that hold a password: never sent back to the browser. */
export const PASSWORD_FIELDS = ['password', 'confirmPassword'] as const;

// Why an admin cannot lock themselves out: shown on their own account's page and when they try anyway.
export const NOT_YOURSELF_ROLE =
  'You cannot change your own role. Ask another admin: this way there is always an admin who can manage accounts.';
export const NOT_YOURSELF_DISABLE =
  'You cannot disable your own account: you would be signed out with no way back in. Ask another admin.';
