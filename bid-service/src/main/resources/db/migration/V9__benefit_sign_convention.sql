-- How a bid's benefit table writes signs (SAVINGS_POSITIVE, SAVINGS_NEGATIVE), declared when any benefit is negative.
ALTER TABLE bid ADD COLUMN sign_convention text;
