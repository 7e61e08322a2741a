-- An administrator's "updates mandatory after" dates, one per client version: a device running a client older
-- than CLIENT_VERSION that has downloaded an update reaching it may not postpone the restart into it after
-- MANDATORY_AFTER (UTC). Devices read them with the update site (/updates/client/mandatory-updates.json).
CREATE TABLE FB_CLIENT_UPDATE_DEADLINE (
  CLIENT_VERSION VARCHAR(100) NOT NULL PRIMARY KEY,
  MANDATORY_AFTER TIMESTAMP NOT NULL,
  SET_BY VARCHAR(100) NOT NULL,
  SET_ON TIMESTAMP NOT NULL
);
