-- Users signed in on the pages (issue 7, the cluster): the browser keeps a random secret in a cookie, this table only
-- its SHA-256, so that any instance recognises the user without session replication; signing out deletes the row.
create table sign_ins (
    token_hash varchar(64)  not null primary key,
    username   varchar(100) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index sign_ins_expires_ix on sign_ins (expires_at);
