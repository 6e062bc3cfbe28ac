-- E-mail notifications: the transactional outbox, each person's preferences, and subscriptions to a partnership.
create sequence outbox_seq start with 1 increment by 1;

create table outbox_messages (
    id              bigint        not null primary key,
    message_key     varchar(300)  not null,
    message_id      varchar(200)  not null,
    kind            varchar(30)   not null,
    partnership_id  bigint,
    recipient_email varchar(254)  not null,
    recipient_name  varchar(200),
    language        varchar(2)    not null,
    subject         varchar(400)  not null,
    text_body       varchar(20000) not null,
    html_body       varchar(40000) not null,
    ics             varchar(4000),
    ics_name        varchar(100),
    status          varchar(10)   not null,
    attempts        int           not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    -- each milestone × kind × lead time × recipient, and each event × recipient, is queued once
    constraint outbox_key_uq unique (message_key),
    constraint outbox_status_chk check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index outbox_due_idx on outbox_messages (status, next_attempt_at, id);
create index outbox_partnership_idx on outbox_messages (partnership_id, id);

create table notification_preferences (
    email   varchar(254) not null,
    kind    varchar(30)  not null,
    enabled boolean      not null,
    primary key (email, kind)
);

create table partnership_subscriptions (
    partnership_id bigint       not null references partnerships (id) on delete cascade,
    email          varchar(254) not null,
    name           varchar(200),
    language       varchar(2)   not null,
    primary key (partnership_id, email)
);
