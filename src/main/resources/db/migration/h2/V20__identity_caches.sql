-- H2 writes an identity column's sequence to the database file each time its cache of values runs
-- out, every 32 values by default, and that write commits the file with everything the running
-- transaction has changed so far: 2.5 of the 6.6 s an import of 100,000 organisations spent storing
-- (ImportBenchmark), 1.2 s still with a cache of 1,000. With 10,000 it is a few writes per import.
-- Values cached and not used are skipped after a crash (ids keep rising, with a gap), as PostgreSQL's
-- sequences skip theirs. IdentityCacheTests holds identity columns of later migrations to this rule.
alter table api_token alter column id set cache 10000;
alter table audit_event alter column id set cache 10000;
alter table calibration_choice alter column id set cache 10000;
alter table campaign alter column id set cache 10000;
alter table campaign_document alter column id set cache 10000;
alter table consensus_value alter column id set cache 10000;
alter table declaration alter column id set cache 10000;
alter table declaration_evidence alter column id set cache 10000;
alter table group_summary alter column id set cache 10000;
alter table level_event alter column id set cache 10000;
alter table notification alter column id set cache 10000;
alter table objection alter column id set cache 10000;
alter table objection_file alter column id set cache 10000;
alter table objection_step alter column id set cache 10000;
alter table observation_group alter column id set cache 10000;
alter table observer alter column id set cache 10000;
alter table party_organization alter column id set cache 10000;
alter table planned_visit alter column id set cache 10000;
alter table pre_review_round alter column id set cache 10000;
alter table rating_fact alter column id set cache 10000;
alter table rating_settlement alter column id set cache 10000;
alter table rectification_evidence alter column id set cache 10000;
alter table rectification_step alter column id set cache 10000;
alter table rectification_task alter column id set cache 10000;
alter table recusal alter column id set cache 10000;
alter table score_disclosure alter column id set cache 10000;
alter table score_ledger alter column id set cache 10000;
alter table score_sheet alter column id set cache 10000;
alter table sheet_finding alter column id set cache 10000;
alter table sheet_photo alter column id set cache 10000;
alter table unit alter column id set cache 10000;
alter table user_account alter column id set cache 10000;
alter table visit_plan alter column id set cache 10000;
