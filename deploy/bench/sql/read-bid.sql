-- What the bid-service reads to answer GET /bids/{id} for a programme manager: the bid row (participants,
-- lines, money and warnings' inputs are its JSON columns) and the assessors' access grants.
SELECT * FROM bid WHERE id = :bid;
SELECT assessor FROM access_grant WHERE bid_id = :bid;
