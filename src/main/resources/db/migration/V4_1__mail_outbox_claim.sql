-- Every claim of a message is its own: a node stamps the row with a fresh token and the time of the
-- claim, and marks the message sent or failed only while the row still holds that token. A node whose
-- send outlived its claim (released, then taken and sent by another) changes nothing when it answers.

alter table ss_mail_outbox add column claim_id varchar(36);
alter table ss_mail_outbox add column claimed_at timestamp;

-- messages claimed before this column existed are taken as claimed when the claim was made
update ss_mail_outbox set claimed_at = next_attempt_at where status = 'SENDING';

create index ss_mail_outbox_sending on ss_mail_outbox (status, claimed_at);
