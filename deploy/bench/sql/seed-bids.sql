-- :n bids in round :'round', copied from a demo bid's content with their own ids, titles, leads and statuses,
-- as many councils' bids would look to a search: a third submitted, a third in assessment, a third decided.
INSERT INTO bid (id, round_id, title, lead_organisation_id, status, award_type, amount_sought, participants, narrative,
                 cost_lines, benefit_lines, submitted_at, version, created_at, created_by, updated_at, updated_by)
SELECT :'round' || '-' || g, :'round',
       (ARRAY['Shared services', 'Integrated care', 'Waste partnership', 'Fire and police estates', 'Troubled families',
              'Digital by default', 'One public estate', 'Early help'])[1 + g % 8] || ' for council ' || g,
       (ARRAY['GB-LAE-BAB', 'GB-LAE-MSU', 'GB-LAE-CHW', 'GB-LAE-STR', 'GB-LAE-SRY'])[1 + g % 5],
       (ARRAY['SUBMITTED', 'IN_ASSESSMENT', 'DECIDED'])[1 + g % 3],
       t.award_type, t.amount_sought, t.participants, t.narrative, t.cost_lines, t.benefit_lines,
       now() - (g || ' seconds')::interval, 1, now(), 'bench', now(), 'bench'
  FROM generate_series(1, :n) g, (SELECT * FROM bid WHERE id = :'template') t;
INSERT INTO bid_organisation (bid_id, organisation_id)
SELECT id, lead_organisation_id FROM bid WHERE round_id = :'round';
ANALYZE bid;
ANALYZE bid_organisation;
