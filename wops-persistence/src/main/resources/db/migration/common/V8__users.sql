-- People who sign in. Passwords are PBKDF2 hashes (Jakarta Security's Pbkdf2PasswordHash format), never plain text.
create sequence user_seq start with 50 increment by 50;

create table users (
    id            bigint       not null primary key,
    version       bigint       not null,
    username      varchar(100) not null,
    password_hash varchar(400) not null,
    display_name  varchar(200),
    language      varchar(2)   not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    constraint users_username_uq unique (username)
);

create table user_roles (
    user_id bigint      not null references users (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint user_roles_role_chk check (role in ('ADMIN', 'COORDINATOR', 'OPERATOR_EDITOR', 'DONOR'))
);
