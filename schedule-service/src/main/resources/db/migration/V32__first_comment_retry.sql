-- Automatic retries of a first comment that failed retryably after its post was published. The comment has its own
-- attempts, attempt id (the idempotency key where the network has one), due time and claim time; the post is never
-- published again. first_comment_status: PENDING_RETRY (due at first_comment_due_at), SENDING (claimed), SENT,
-- FAILED or UNCONFIRMED. What V24 recorded as POSTED is SENT.
alter table publication add column first_comment_attempts integer not null default 0;
alter table publication add column first_comment_attempt_id uuid;
alter table publication add column first_comment_due_at timestamptz;
alter table publication add column first_comment_claimed_at timestamptz;
alter table publication add column first_comment_external_id text;
update publication set first_comment_status = 'SENT' where first_comment_status = 'POSTED';
create index publication_first_comment_due on publication (first_comment_due_at)
    where first_comment_status in ('PENDING_RETRY', 'SENDING');
