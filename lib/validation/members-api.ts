import { z } from 'zod';
import { isRealDateTime, officialIdSchema, safeWholeNumber } from './commons-votes';

// The Members API (https://members-api.parliament.uk) answers the importer reads, as its OpenAPI
// document describes them (tests/fixtures/api/members-api.json). Only the fields the importer uses are
// checked; unknown fields are allowed, since the API may add some.

/** "2023-04-23T00:00:00" (the API's form) or "2023-04-23": a day on the calendar (not 30 February), at a real time. */
const apiDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'expected a date like 2023-04-23T00:00:00')
  .refine(isRealDateTime, 'not a real date: no such day on the calendar, or no such time on the clock');

// Ids are positive whole numbers JavaScript holds exactly (lib/validation/commons-votes.ts): 1e20 is refused.
const id = officialIdSchema;
const wholeNumber = safeWholeNumber;

export const membersApiPartySchema = z.looseObject({
  id: id(),
  name: z.string().trim().min(1),
  abbreviation: z.string().nullish(),
  backgroundColour: z.string().nullish(),
  isIndependentParty: z.boolean().nullish(),
});
export type MembersApiParty = z.infer<typeof membersApiPartySchema>;

/** House: 1 is the Commons, 2 the Lords. */
export const houseMembershipSchema = z.looseObject({
  membershipFrom: z.string().nullish(),
  membershipFromId: id().nullish(),
  house: wholeNumber().nullish(),
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
        id: id(),
        nameDisplayAs: z.string().nullish(),
        nameListAs: z.string().nullish(),
      }),
    }),
  ),
  totalResults: wholeNumber().nonnegative(),
  skip: wholeNumber().nullish(),
  take: wholeNumber().nullish(),
});

/** GET /api/Members/History?ids=…: party, house membership and name history with dates. */
export const memberHistoryListSchema = z.array(
  z.looseObject({
    value: z.looseObject({
      id: id(),
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
  house: wholeNumber().nullish(),
  name: z.string().trim().min(1),
  id: id(),
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
