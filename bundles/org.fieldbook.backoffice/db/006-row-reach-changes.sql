-- Rows that left a technician's reach: deleted while they could read them, or changed (a booking handed to
-- another resource, a work order pointing at another account) so that they no longer can, with everything
-- whose reach followed from them. A technician's delta reports these as removed; FB_DELETED keeps every
-- deletion for those who read every row, and for the tables everybody reads. Each row that left anybody's
-- reach has a version of its own, so a user's rows of a table are ordered and paged by version.
CREATE TABLE FB_UNREACHED (
  USERNAME VARCHAR(100) NOT NULL,
  TABLE_NAME VARCHAR(128) NOT NULL,
  VERSIONNUMBER BIGINT NOT NULL,
  ID VARCHAR(36) NOT NULL,
  -- True when the row was deleted, false when it still exists out of the user's reach.
  DELETED BOOLEAN NOT NULL,
  PRIMARY KEY (USERNAME, TABLE_NAME, VERSIONNUMBER)
);
