import { z } from 'zod';

// The Members API (https://members-api.parliament.uk) answers the importer reads, as its OpenAPI
// document describes them (tests/fixtures/api/members-api.json). Only the fields the importer uses are
// checked; unknown fields are allowed, since the API may add some.

/** "2023-04-23T00:00:00" (the API's form) or "2023-04-23". */
const apiDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'expected a date like 2023-04-23T00:00:00')
  .refine((s) => !Number.isNaN(Date.parse(s.slice(0, 10))), 'not a real date');

export const membersApiPartySchema = z.looseObject({
  id: z.number().int(),
  name: z.string().trim().min(1),
  abbreviation: z.string().nullish(),
  backgroundColour: z.string().nullish(),
  isIndependentParty: z.boolean().nullish(),
});
export type MembersApiParty = z.infer<typeof membersApiPartySchema>;

/** House: 1 is the Commons, 2 the Lords. */
export const houseMembershipSchema = z.looseObject({
  membershipFrom: z.string().nullish(),
  membershipFromId: z.number().int().nullish(),
  house: z.number().int().nullish(),
  membershipStartDate: apiDate.nullish(),
  membershipEndDate: apiDate.nullish(),
  membershipEndReason: z.string().nullish(),
  membershipEndReasonNotes: z.string().nullish(),
});
export type HouseMembership = z.infer<typeof houseMembershipSchema>;

/** GET /api/Members/Search: one page of members (take at most 20). */
export const memberSearchPageSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      value: z.looseObject({
        id: z.number().int().positive(),
        nameDisplayAs: z.string().nullish(),
        nameListAs: z.string().nullish(),
      }),
    }),
  ),
  totalResults: z.number().int().nonnegative(),
  skip: z.number().int().nullish(),
  take: z.number().int().nullish(),
});

/** GET /api/Members/History?ids=…: party, house membership and name history with dates. */
export const memberHistoryListSchema = z.array(
  z.looseObject({
    value: z.looseObject({
      id: z.number().int().positive(),
      partyHistory: z
        .array(z.looseObject({ startDate: apiDate, endDate: apiDate.nullish(), party: membersApiPartySchema.nullish() }))
        .nullish(),
      houseMembershipHistory: z.array(houseMembershipSchema).nullish(),
      nameHistory: z
        .array(
          z.looseObject({
            startDate: apiDate,
            endDate: apiDate.nullish(),
            nameDisplayAs: z.string().nullish(),
            nameListAs: z.string().nullish(),
          }),
        )
        .nullish(),
    }),
  }),
);
export type MemberHistory = z.infer<typeof memberHistoryListSchema>[number]['value'];

const biographyItemSchema = z.looseObject({
  house: z.number().int().nullish(),
  name: z.string().trim().min(1),
  id: z.number().int(),
  startDate: apiDate,
  endDate: apiDate.nullish(),
  additionalInfo: z.string().nullish(),
  additionalInfoLink: z.string().nullish(),
});
export type BiographyItem = z.infer<typeof biographyItemSchema>;

const representationSchema = biographyItemSchema.extend({
  constituencyStart: apiDate.nullish(),
  constituencyEnd: apiDate.nullish(),
});
export type Representation = z.infer<typeof representationSchema>;

/** GET /api/Members/{id}/Biography: seats held, and government and opposition posts with dates. */
export const memberBiographySchema = z.looseObject({
  value: z.looseObject({
    representations: z.array(representationSchema).nullish(),
    governmentPosts: z.array(biographyItemSchema).nullish(),
    oppositionPosts: z.array(biographyItemSchema).nullish(),
  }),
});
export type MemberBiography = z.infer<typeof memberBiographySchema>['value'];
