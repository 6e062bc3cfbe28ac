-- Mail under faults (issue 14, item 10): a dispatcher claims messages with a lease (its claim token, valid until
-- next_attempt_at) instead of holding row locks while it talks SMTP, so that each message's outcome commits on its own;
-- and a message whose outcome is unknown (the SMTP server did not answer the end of DATA in time) has a state of its own.
alter table outbox_messages add column claim_token varchar(36);
alter table outbox_messages drop constraint outbox_status_chk;
alter table outbox_messages add constraint outbox_status_chk check (status in ('PENDING', 'UNKNOWN', 'SENT', 'FAILED'));
