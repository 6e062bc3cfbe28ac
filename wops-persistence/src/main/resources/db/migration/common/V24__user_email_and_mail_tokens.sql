-- An account's e-mail address (issue 14, item 5): where a forgotten password's reset link goes. Kept in lower case; one
-- account per address. Empty for accounts made before it (ADMIN or the user sets it).
alter table users add column email varchar(254);
alter table users add constraint users_email_uq unique (email);

-- Single-use links mailed to a user: a password reset, or the confirmation of a new address (purpose). The mail
-- carries a random secret; only its SHA-256 is kept here. A link works once (used_at) and until expires_at.
create table user_mail_tokens (
    token_hash varchar(64)  not null primary key,
    purpose    varchar(20)  not null,
    username   varchar(100) not null,
    email      varchar(254) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint user_mail_tokens_purpose_chk check (purpose in ('PASSWORD_RESET', 'EMAIL_CONFIRMATION'))
);
create index user_mail_tokens_user_ix on user_mail_tokens (username, purpose);
create index user_mail_tokens_expires_ix on user_mail_tokens (expires_at);
