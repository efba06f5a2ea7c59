-- A bid is its round's funder's business: that funder's programme managers read it, and another funder's are told
-- it does not exist. The funder is kept on the bid (a round's funder never changes) so that a list of a funder's
-- bids needs no join.
ALTER TABLE bid ADD COLUMN funder_organisation_id varchar(80);
UPDATE bid SET funder_organisation_id = r.funder_organisation_id FROM funding_round r WHERE r.id = bid.round_id;
ALTER TABLE bid ALTER COLUMN funder_organisation_id SET NOT NULL;
CREATE INDEX bid_funder ON bid (funder_organisation_id, created_at DESC, id);
