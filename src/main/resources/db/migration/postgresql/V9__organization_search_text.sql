-- The list's text search looks in code, name and secretary: one lower-case column kept by the
-- database is one comparison a row instead of three lower() calls and three (OrganizationListBenchmark).
alter table party_organization add column search_text varchar(400)
    generated always as (lower(code || ' ' || name || ' ' || coalesce(secretary, ''))) stored;
