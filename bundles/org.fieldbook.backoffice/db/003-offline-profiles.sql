-- Offline profiles, who gets which, teams, and the organization's conflict setting.
--
-- A profile's definition (items, filters, intervals, relationships) is kept whole as a JSON document in
-- the shape the devices fetch, once as the admin's DRAFT and once as PUBLISHED: publishing copies one
-- column in one statement, so devices never see half a publication, and the draft can be edited freely
-- without touching what they download. A profile has a dozen items that are always read together;
-- normalised item tables would add joins and copy logic but answer no query anyone asks.
CREATE TABLE FB_OFFLINE_PROFILE (
  ID VARCHAR(36) NOT NULL PRIMARY KEY,
  NAME VARCHAR(400) NOT NULL UNIQUE,
  DESCRIPTION VARCHAR(4000),
  -- Shipped by Fieldbook: receives release upgrades (as a draft) and cannot be deleted.
  MANAGED BOOLEAN NOT NULL DEFAULT FALSE,
  -- The shipped release last applied to a managed profile, 0 for the admin's own profiles.
  RELEASE_NUMBER INTEGER NOT NULL DEFAULT 0,
  DRAFT CLOB NOT NULL,
  -- Null until first published.
  PUBLISHED CLOB,
  PUBLISHED_ON TIMESTAMP,
  MODIFIED_ON TIMESTAMP NOT NULL
);

-- What the admin changed in a managed profile, so that a release upgrade leaves it alone:
-- ITEM_EDITED (filter or interval set), ITEM_ADDED, ITEM_REMOVED (by table), RELATIONSHIP_ADDED and
-- RELATIONSHIP_REMOVED (by table and relationship, written from.lookup->to).
CREATE TABLE FB_PROFILE_CUSTOMIZATION (
  PROFILE_ID VARCHAR(36) NOT NULL REFERENCES FB_OFFLINE_PROFILE (ID) ON DELETE CASCADE,
  KIND VARCHAR(30) NOT NULL,
  TABLE_NAME VARCHAR(128) NOT NULL,
  RELATIONSHIP VARCHAR(400) NOT NULL DEFAULT '',
  PRIMARY KEY (PROFILE_ID, KIND, TABLE_NAME, RELATIONSHIP)
);

-- Each user (KIND 'user') and each team (KIND 'team') belongs to exactly one profile: the key says so.
-- Users are named, not referenced: the user table comes with sign-in and may not exist in this schema.
CREATE TABLE FB_PROFILE_ASSIGNMENT (
  KIND VARCHAR(10) NOT NULL,
  NAME VARCHAR(100) NOT NULL,
  PROFILE_ID VARCHAR(36) NOT NULL REFERENCES FB_OFFLINE_PROFILE (ID),
  PRIMARY KEY (KIND, NAME)
);

CREATE INDEX FB_PROFILE_ASSIGNMENT_1 ON FB_PROFILE_ASSIGNMENT (PROFILE_ID);

CREATE TABLE FB_TEAM_MEMBER (
  TEAM_NAME VARCHAR(100) NOT NULL,
  USER_NAME VARCHAR(100) NOT NULL,
  PRIMARY KEY (TEAM_NAME, USER_NAME)
);

CREATE INDEX FB_TEAM_MEMBER_1 ON FB_TEAM_MEMBER (USER_NAME, TEAM_NAME);
