-- What came of a publication's first comment (thread reply or comment) once the post itself was published:
-- POSTED, or FAILED with the network's code and reason (the post stays PUBLISHED and is never published again).
alter table publication add column first_comment_status text;
alter table publication add column first_comment_code text;
alter table publication add column first_comment_reason text;
