-- What creating and submitting a bid writes, as two transactions like the service's: the bid, its organisations,
-- the idempotency record and its audit record (a draft is its council's own: no event); then the submission with its
-- audit record and its event. Event types and data are the bid-service's contract's (BidFeedPage, BidSubmitted):
-- deploy/checks holds every type written here to it.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO bid (id, round_id, title, lead_organisation_id, status, award_type, amount_sought, participants, narrative,
                 cost_lines, benefit_lines, version, created_at, created_by, updated_at, updated_by)
SELECT 'pgb-' || md5(:n || random()::text), :round, 'Benchmark bid: shared services for two councils',
       'GB-LAE-BAB', 'DRAFT', 'AUTHORITY_AWARD', amount_sought, participants, narrative, cost_lines, benefit_lines,
       0, now(), 'bench', now(), 'bench'
  FROM bid WHERE id = :template
RETURNING id AS new_id \gset
INSERT INTO bid_organisation VALUES (:new_id, 'GB-LAE-BAB'), (:new_id, 'GB-LAE-MSU');
INSERT INTO idempotency_record VALUES ('bench', :new_id, md5(:new_id), 201, '/bids/' || :new_id, '"0"', '{}', now());
INSERT INTO audit_record (at, actor, action, entity_type, entity_id, before, after)
  SELECT now(), 'bench', 'BID_CREATED', 'bid', :new_id, NULL, participants FROM bid WHERE id = :new_id;
COMMIT;
BEGIN;
SELECT * FROM bid WHERE id = :new_id FOR UPDATE;
UPDATE bid SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now() WHERE id = :new_id;
INSERT INTO audit_record (at, actor, action, entity_type, entity_id, before, after)
  VALUES (now(), 'bench', 'BID_SUBMITTED', 'bid', :new_id, '{"status": "DRAFT"}', '{"status": "SUBMITTED"}');
INSERT INTO outbox_event (event_id, type, subject, time, data)
  SELECT gen_random_uuid(), 'uk.gov.tca.bid.submitted', id, now(), jsonb_build_object('bidId', id, 'roundId', round_id,
         'status', status, 'title', title, 'leadOrganisationId', lead_organisation_id,
         'organisations', jsonb_build_array('GB-LAE-BAB', 'GB-LAE-MSU'), 'amountSought', amount_sought,
         'version', version, 'submittedAt', submitted_at)
    FROM bid WHERE id = :new_id;
COMMIT;
