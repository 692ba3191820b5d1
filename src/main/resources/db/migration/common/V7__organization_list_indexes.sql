-- What the organisation list and its tree ask for on every page, served from indexes rather than
-- by reading all 100,000 organisations of a province (OrganizationListBenchmark):
-- the years of the level filter, and the stars of a year;
create index organization_level_year on organization_level (year, stars);
-- a unit's top organisations and an organisation's children, in code order;
create index party_organization_unit_parent on party_organization (unit_id, parent_id, code);
-- the list sorted by name.
create index party_organization_name on party_organization (name, code);
