-- A round's years are kept in one form (2016/17); the spellings a manager gave ("FY16-17") are kept beside them.
ALTER TABLE funding_round ADD COLUMN eligible_years_as_written jsonb;
