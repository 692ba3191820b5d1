-- Rating standards by the id their file gives, with the file's text as it was loaded.

create table rating_standard (
    id          varchar(100)  primary key,
    name        varchar(300)  not null,
    issuer      varchar(300)  not null,
    year        integer       not null,
    source      text          not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(64)   not null,
    -- Set when a campaign uses the standard: from then on it never changes (a change is a new id).
    frozen_at   timestamp with time zone,
    frozen_for  varchar(300)
);
