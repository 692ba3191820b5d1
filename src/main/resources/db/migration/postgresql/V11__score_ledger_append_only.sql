-- The score ledger is append-only: refuse any update or delete at the database.
create function score_ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'score_ledger is append-only';
end;
$$;
create trigger score_ledger_append_only before update or delete on score_ledger
    for each row execute function score_ledger_refuse_change();
