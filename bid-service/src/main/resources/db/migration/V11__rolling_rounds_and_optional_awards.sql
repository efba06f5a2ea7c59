-- Programmes that are not competitions: a rolling fund takes proposals with no closing date (or from no opening
-- date), and a programme of savings proposals may let a bid seek no award at all.
ALTER TABLE funding_round ALTER COLUMN opens_at DROP NOT NULL;
ALTER TABLE funding_round ALTER COLUMN closes_at DROP NOT NULL;
ALTER TABLE funding_round ADD COLUMN awards_optional boolean NOT NULL DEFAULT false;
