-- Dispensations gain an id to be revoked by; those granted before get one now (revocation itself is a field of each).
update assessor
   set dispensations = (select jsonb_agg(d || jsonb_build_object('id', 'dsp-' || gen_random_uuid()::text)
                                         order by ordinality)
                          from jsonb_array_elements(dispensations) with ordinality as t(d, ordinality))
 where jsonb_array_length(dispensations) > 0;
