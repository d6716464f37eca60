/** The largest bulk file the admin form takes: 2,000 lines of whips or posts are well under it. */
export const MAX_BULK_FILE_BYTES = 1_000_000;
