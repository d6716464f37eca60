import { z } from 'zod';
import { LOBBIES } from '@/db/schema/enums';
import { optionalText, requiredText, versionSchema } from './common';
import { slugSchema } from './persons';

/** A question people take sides on. An empty slug is made from the title when saving. */
export const topicFormSchema = z.object({
  title: requiredText(200, 'Enter the topic’s title, e.g. “Gaza: immediate ceasefire”'),
  slug: slugSchema.optional().transform((v) => v ?? null),
  description: optionalText(4000, 'The description', { multiline: true }),
  version: versionSchema,
  reason: optionalText(500, 'The reason'),
});
export type TopicForm = z.infer<typeof topicFormSchema>;

const lobby = z.enum(LOBBIES, 'Choose which lobby supports the topic: aye or no');

/** A new link between a topic and a division. */
export const topicLinkFormSchema = z.object({
  topicId: z.coerce.number().int().positive(),
  division: requiredText(300, 'Choose the division'),
  supportingLobby: lobby,
  reason: optionalText(500, 'The reason'),
});
export type TopicLinkForm = z.infer<typeof topicLinkFormSchema>;

/** A change to a link's supporting lobby, or its removal. */
export const topicLinkChangeSchema = z.object({
  topicId: z.coerce.number().int().positive(),
  divisionId: z.coerce.number().int().positive(),
  supportingLobby: lobby.optional(),
});
