-- A round is run by a funder on the register (the creating manager's organisation), which never takes part in a
-- bid in it. Rounds from before funders were recorded have none until a manager changes them.
ALTER TABLE funding_round ADD COLUMN funder_organisation_id varchar(80);
