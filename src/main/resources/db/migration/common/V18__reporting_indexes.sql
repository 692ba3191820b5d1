-- The statistics read a year's submitted score sheets (the common problems, the groups); the
-- sheets' index starts with the campaign and the branch, so this one lets the counts pick a
-- campaign's handed-in sheets without reading the open ones.
create index score_sheet_campaign_status on score_sheet (campaign_id, status, branch_id, group_number);
