-- The designation document (命名通报) as issued: generated once from what the designation wrote and
-- kept in the file store, so later renames or veto events never change a document already sent out.
alter table designation add column document_key varchar(200);

-- The honours named with a designation (红旗党支部 …), with the name the standard gave them then. A
-- veto event that lowers a branch below what an honour requires revokes the honour with it.
create table designated_honour (
    campaign_id   bigint       not null references campaign (id),
    branch_id     bigint       not null references party_organization (id),
    honour_code   varchar(40)  not null,
    honour_name   varchar(200) not null,
    revoked_event bigint references level_event (id),
    primary key (campaign_id, branch_id, honour_code)
);
