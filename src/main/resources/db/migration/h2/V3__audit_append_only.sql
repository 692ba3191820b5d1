-- The audit log is append-only: refuse any update or delete at the database.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'org.xingping.platform.audit.AppendOnlyTrigger';
