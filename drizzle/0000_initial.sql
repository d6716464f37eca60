CREATE TABLE `constituencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`ons_code` text,
	`parliament_id` integer,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `constituencies_ons_code_unique` ON `constituencies` (`ons_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `constituencies_parliament_id_unique` ON `constituencies` (`parliament_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `constituencies_name_period_unique` ON `constituencies` (`name`,`valid_from`);--> statement-breakpoint
CREATE TABLE `divisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`official_id` integer,
	`house` text DEFAULT 'commons' NOT NULL,
	`held_at` text NOT NULL,
	`date` text NOT NULL,
	`number` integer NOT NULL,
	`official_title` text NOT NULL,
	`short_title` text,
	`motion_text` text,
	`motion_text_source` text,
	`moved_by` text,
	`aye_count` integer NOT NULL,
	`no_count` integer NOT NULL,
	`result_text` text,
	`is_deferred` integer DEFAULT false NOT NULL,
	`publication_updated` text,
	`hansard_url` text,
	`hansard_reference` text,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "divisions_counts_not_negative" CHECK("divisions"."aye_count" >= 0 AND "divisions"."no_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `divisions_official_id_unique` ON `divisions` (`official_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `divisions_house_date_number_unique` ON `divisions` (`house`,`date`,`number`);--> statement-breakpoint
CREATE INDEX `divisions_held_at_idx` ON `divisions` (`held_at`);--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`is_dry_run` integer DEFAULT false NOT NULL,
	`counts` text,
	`response_hashes` text,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `import_runs_started_idx` ON `import_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`house` text DEFAULT 'commons' NOT NULL,
	`constituency_id` integer,
	`party_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`end_reason` text,
	`dates_basis` text DEFAULT 'official' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`constituency_id`) REFERENCES `constituencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_dates_ordered" CHECK("memberships"."end_date" IS NULL OR "memberships"."end_date" >= "memberships"."start_date")
);
--> statement-breakpoint
CREATE INDEX `memberships_person_start_idx` ON `memberships` (`person_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `memberships_party_idx` ON `memberships` (`party_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `memberships_constituency_idx` ON `memberships` (`constituency_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_person_house_start_unique` ON `memberships` (`person_id`,`house`,`start_date`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text NOT NULL,
	`colour` text,
	`kind` text DEFAULT 'party' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_name_unique` ON `parties` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `parties_abbreviation_unique` ON `parties` (`abbreviation`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`parliament_id` integer,
	`twfy_id` integer,
	`name` text NOT NULL,
	`sort_name` text NOT NULL,
	`slug` text NOT NULL,
	`needs_review` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_parliament_id_unique` ON `persons` (`parliament_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_twfy_id_unique` ON `persons` (`twfy_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_slug_unique` ON `persons` (`slug`);--> statement-breakpoint
CREATE INDEX `persons_sort_name_idx` ON `persons` (`sort_name`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`side` text NOT NULL,
	`party_id` integer,
	`department` text,
	`start_date` text,
	`end_date` text,
	`end_reason` text,
	`end_reason_note` text,
	`ended_over_division_id` integer,
	`note` text,
	`sources` text DEFAULT '[]' NOT NULL,
	`official_id` integer,
	`import_key` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_over_division_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "posts_dates_ordered" CHECK("posts"."start_date" IS NULL OR "posts"."end_date" IS NULL OR "posts"."end_date" >= "posts"."start_date"),
	CONSTRAINT "posts_end_reason_needs_end" CHECK("posts"."end_reason" IS NULL OR "posts"."end_date" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `posts_person_idx` ON `posts` (`person_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `posts_ended_over_division_idx` ON `posts` (`ended_over_division_id`);--> statement-breakpoint
CREATE INDEX `posts_end_date_idx` ON `posts` (`end_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `posts_import_key_unique` ON `posts` (`import_key`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text,
	`actor_label` text NOT NULL,
	`at` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text,
	`import_run_id` integer,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_runs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revisions_record_idx` ON `revisions` (`table_name`,`record_id`,`at`);--> statement-breakpoint
CREATE INDEX `revisions_at_idx` ON `revisions` (`at`);--> statement-breakpoint
CREATE TABLE `stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`topic_id` integer NOT NULL,
	`person_id` integer,
	`party_id` integer,
	`speaker` text NOT NULL,
	`position` text NOT NULL,
	`label` text NOT NULL,
	`quote` text,
	`stated_on` text,
	`kind` text NOT NULL,
	`source_url` text NOT NULL,
	`confidence` text DEFAULT 'high' NOT NULL,
	`note` text,
	`import_key` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stances_has_speaker" CHECK("stances"."person_id" IS NOT NULL OR "stances"."party_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `stances_person_topic_idx` ON `stances` (`person_id`,`topic_id`);--> statement-breakpoint
CREATE INDEX `stances_topic_idx` ON `stances` (`topic_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `stances_import_key_unique` ON `stances` (`import_key`);--> statement-breakpoint
CREATE TABLE `topic_divisions` (
	`topic_id` integer NOT NULL,
	`division_id` integer NOT NULL,
	`supporting_lobby` text NOT NULL,
	PRIMARY KEY(`topic_id`, `division_id`),
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`division_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `topic_divisions_division_idx` ON `topic_divisions` (`division_id`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topics_slug_unique` ON `topics` (`slug`);--> statement-breakpoint
CREATE TABLE `votes` (
	`division_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`position` text NOT NULL,
	`is_teller` integer DEFAULT false NOT NULL,
	`proxy_name` text,
	`party_id` integer,
	`constituency_id` integer,
	`member_from` text,
	PRIMARY KEY(`division_id`, `person_id`),
	FOREIGN KEY (`division_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`constituency_id`) REFERENCES `constituencies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "votes_teller_voted" CHECK("votes"."is_teller" = 0 OR "votes"."position" IN ('aye', 'no', 'both'))
);
--> statement-breakpoint
CREATE INDEX `votes_person_idx` ON `votes` (`person_id`,`division_id`);--> statement-breakpoint
CREATE INDEX `votes_division_party_idx` ON `votes` (`division_id`,`party_id`,`position`);--> statement-breakpoint
CREATE TABLE `whips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`division_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`instruction` text NOT NULL,
	`strength` integer,
	`basis` text NOT NULL,
	`note` text,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`division_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "whips_strength_range" CHECK("whips"."strength" IS NULL OR "whips"."strength" BETWEEN 1 AND 3)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `whips_division_party_unique` ON `whips` (`division_id`,`party_id`);--> statement-breakpoint
CREATE INDEX `whips_party_idx` ON `whips` (`party_id`);