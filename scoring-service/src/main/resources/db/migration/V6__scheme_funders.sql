-- A scheme scores a round of one funder, read from the bid-service when the scheme is set: that funder's programme
-- managers alone run the round's assessment, and to another funder's the round is not there. Schemes from before
-- funders were recorded belong to the one this installation names (TCA_DEFAULT_FUNDER).
ALTER TABLE scheme ADD COLUMN funder_organisation_id varchar(80);
UPDATE scheme SET funder_organisation_id = '${defaultFunder}' WHERE funder_organisation_id IS NULL;
ALTER TABLE scheme ALTER COLUMN funder_organisation_id SET NOT NULL;
