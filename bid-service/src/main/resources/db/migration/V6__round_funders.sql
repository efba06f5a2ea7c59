-- A round is run by a funder on the register (the creating manager's organisation), which never takes part in a
-- bid in it. Rounds from before funders were recorded are given the one this installation names
-- (bid.rounds.default-funder, TCA_DEFAULT_FUNDER): on a new installation there are none.
ALTER TABLE funding_round ADD COLUMN funder_organisation_id varchar(80);
UPDATE funding_round SET funder_organisation_id = '${defaultFunder}' WHERE funder_organisation_id IS NULL;
ALTER TABLE funding_round ALTER COLUMN funder_organisation_id SET NOT NULL;
