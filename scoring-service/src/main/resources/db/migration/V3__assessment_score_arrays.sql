-- An assessment's scores a second time, without their justifications: the criteria and the whole-number scores
-- as two arrays in the same order, written with the scores on every change (Assessment#keepScoresInStep).
-- Ranking and the moderation queue read a round's scores from these: taking them from the JSON made PostgreSQL
-- detoast and parse every justification of 30 000 assessments to rank 10 000 bids (deploy/bench step 5).
ALTER TABLE assessment ADD COLUMN scored_criteria text[], ADD COLUMN scored_points integer[];

UPDATE assessment a
   SET scored_criteria = ARRAY(SELECT e ->> 'criterion' FROM jsonb_array_elements(a.scores) WITH ORDINALITY AS s(e, i)
                                ORDER BY s.i),
       scored_points   = ARRAY(SELECT (e ->> 'score')::integer FROM jsonb_array_elements(a.scores) WITH ORDINALITY AS s(e, i)
                                ORDER BY s.i);

ALTER TABLE assessment ALTER COLUMN scored_criteria SET NOT NULL, ALTER COLUMN scored_points SET NOT NULL;
