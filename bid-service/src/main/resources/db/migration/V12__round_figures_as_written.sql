-- A round's budget as the programme wrote it ("nearly £20m") and how sure it is; award caps keep theirs in award_types.
ALTER TABLE funding_round ADD COLUMN budget_as_written text;
ALTER TABLE funding_round ADD COLUMN budget_qualifier text NOT NULL DEFAULT 'EXACT';
