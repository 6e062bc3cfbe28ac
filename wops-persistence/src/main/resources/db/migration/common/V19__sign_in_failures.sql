-- Failed sign-ins (issue 14): counted per account ("user:<name>") and per client address ("addr:<ip>") within a
-- window, on every instance, to throttle password guessing. Rows older than the window are deleted on the way.
create table sign_in_failures (
    subject   varchar(320) not null,
    failed_at timestamp with time zone not null
);
create index sign_in_failures_subject_ix on sign_in_failures (subject, failed_at);
create index sign_in_failures_at_ix on sign_in_failures (failed_at);

-- the sign-ins of one user (ended together when the password changes)
create index sign_ins_username_ix on sign_ins (username);
