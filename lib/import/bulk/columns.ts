// The columns of a bulk file, each with what it takes: the admin page, the README and the templates say the
// same, because they all read it from here.

export type BulkColumn = {
  /** snake_case, as the header row gives it. */
  name: string;
  isRequired: boolean;
  /** What the column takes, in a sentence. */
  takes: string;
};

export const column = (name: string, takes: string, isRequired = false): BulkColumn => ({ name, takes, isRequired });
