-- A scheme may set the final score below which no bid is funded, however much budget is left.
alter table scheme add column minimum_quality_score numeric(5, 2);
