-- The country: one root unit (code VN, level 'country', valid at every date) above the provinces, so that
-- the nation is a scope like a province. A database that already holds units gets it here, with every
-- province that had no parent attached to it; an empty one gets it from the first import that writes a
-- province (register.service.ts), so that a freshly migrated database stays empty for a restore.
SELECT set_config('grassroots.actor', 'migration 0013_nation', true);
--> statement-breakpoint
INSERT INTO "units" ("code", "level")
SELECT 'VN', 'country' WHERE EXISTS (SELECT 1 FROM "units") AND NOT EXISTS (SELECT 1 FROM "units" WHERE "code" = 'VN');
--> statement-breakpoint
INSERT INTO "unit_versions" ("unit_id", "name", "subtype", "parent_id", "valid_from", "valid_to")
SELECT u."id", 'Việt Nam', 'Cả nước', NULL, NULL, NULL FROM "units" u
WHERE u."code" = 'VN' AND u."level" = 'country' AND NOT EXISTS (SELECT 1 FROM "unit_versions" v WHERE v."unit_id" = u."id");
--> statement-breakpoint
UPDATE "unit_versions" v SET "parent_id" = n."id"
FROM "units" n, "units" p
WHERE n."code" = 'VN' AND n."level" = 'country' AND p."id" = v."unit_id" AND p."level" = 'province' AND v."parent_id" IS NULL;
