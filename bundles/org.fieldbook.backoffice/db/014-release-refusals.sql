-- A table's update in a release of the shipped profile that the admin refused ("keep the current"): that
-- release does not offer it again. A release's updates wait apart from the draft until each is taken (merged
-- into the draft) or refused; the profile's RELEASE_NUMBER moves on once none is left waiting.
CREATE TABLE FB_RELEASE_REFUSAL (
  PROFILE_ID VARCHAR(36) NOT NULL REFERENCES FB_OFFLINE_PROFILE (ID) ON DELETE CASCADE,
  RELEASE_NUMBER INTEGER NOT NULL,
  TABLE_NAME VARCHAR(128) NOT NULL,
  REFUSED_ON TIMESTAMP NOT NULL,
  PRIMARY KEY (PROFILE_ID, RELEASE_NUMBER, TABLE_NAME)
);
