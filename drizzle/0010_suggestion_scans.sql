CREATE TABLE `suggestion_scans` (
	`id` integer PRIMARY KEY NOT NULL,
	`scanned_at` text NOT NULL,
	CONSTRAINT "suggestion_scans_one_row" CHECK("suggestion_scans"."id" = 1)
);
