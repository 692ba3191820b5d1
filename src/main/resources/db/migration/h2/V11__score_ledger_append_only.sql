-- The score ledger is append-only: refuse any update or delete at the database.
create trigger score_ledger_append_only before update, delete on score_ledger
    for each row call 'org.xingping.platform.audit.AppendOnlyTrigger';
