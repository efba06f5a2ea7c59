-- A round of :n bids, each scored by the three DCLG assessors on the scheme's six criteria (submitted), as the
-- scoring-service holds them after the feed, assignment and scoring: the input of ranking and allocation.
INSERT INTO bid_in_round (bid_id, round_id, title, lead_organisation_id, organisations, amount_sought, status,
                          submitted_at, last_event_cursor, updated_at)
SELECT :'round' || '-' || g, :'round', 'Bid ' || g, 'GB-LAE-BAB', '["GB-LAE-BAB"]',
       50000 + (g * 7919) % 450000, 'OPEN', now() - (g || ' seconds')::interval, 0, now()
  FROM generate_series(1, :n) g;
INSERT INTO assignment (id, bid_id, round_id, assessor, status, version, created_at, created_by, updated_at, updated_by)
SELECT md5(:'round' || g || a), :'round' || '-' || g, :'round', a, 'ACCEPTED', 1, now(), 'bench', now(), 'bench'
  FROM generate_series(1, :n) g, unnest(ARRAY['assessor.dclg', 'assessor2.dclg', 'assessor3.dclg']) a;
-- scores as the service writes them: the JSON with justifications, and the same scores as arrays (V3)
INSERT INTO assessment (id, assignment_id, bid_id, round_id, assessor, status, scores, scored_criteria, scored_points,
                        submitted_at, version, created_at, created_by, updated_at, updated_by)
SELECT x.id, x.id, x.bid_id, :'round', x.assessor, 'SUBMITTED',
       (SELECT jsonb_agg(jsonb_build_object('criterion', c, 'score', 1 + (hashtext(x.id || c) & 3),
                                            'justification', 'Scored against the anchors from the bid''s evidence.',
                                            'confidence', 'MEDIUM') ORDER BY c)
          FROM unnest(ARRAY['c1', 'c2', 'c3', 'c4', 'c5', 'c6']) c),
       ARRAY['c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
       (SELECT array_agg(1 + (hashtext(x.id || c) & 3) ORDER BY c) FROM unnest(ARRAY['c1', 'c2', 'c3', 'c4', 'c5', 'c6']) c),
       now(), 1, now(), 'bench', now(), 'bench'
  FROM assignment x WHERE x.round_id = :'round';
ANALYZE bid_in_round;
ANALYZE assignment;
ANALYZE assessment;
