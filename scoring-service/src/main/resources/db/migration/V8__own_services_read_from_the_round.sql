-- Whether a round is its funder's own programme is read from the round whenever a conflict turns on it (the
-- bid-service fixes it once bids are submitted), not kept from the day the scheme was set, when it could go stale.
ALTER TABLE scheme DROP COLUMN funders_own_services;
