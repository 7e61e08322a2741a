-- Notes (Dataverse's annotation table) on the device's work orders, and their files. A note's file is not a
-- column of its row: it is kept in blocks of 4 MB in this encrypted database (never as a plain file), each block
-- sent or fetched with Dataverse's block messages, so a cut transfer resumes from the last block it committed.
CREATE TABLE ANNOTATION (
  ID VARCHAR(36) NOT NULL PRIMARY KEY,
  VERSIONNUMBER BIGINT,
  CREATEDON TIMESTAMP,
  MODIFIEDON TIMESTAMP,
  SUBJECT VARCHAR(500),
  NOTETEXT CLOB(100000),
  FILENAME VARCHAR(255),
  MIMETYPE VARCHAR(256),
  FILESIZE INTEGER,
  ISDOCUMENT BOOLEAN,
  OBJECTTYPECODE VARCHAR(64),
  CREATEDBY_VALUE VARCHAR(36),
  MODIFIEDBY_VALUE VARCHAR(36),
  OBJECTID_VALUE VARCHAR(36)
);

CREATE INDEX ANNOTATION_1 ON ANNOTATION (OBJECTID_VALUE);

-- A note's file on the device: its size and block count, whether every block is here, whether it waits for
-- upload (with the continuation token of the upload under way), and why the back office refused it.
CREATE TABLE FB_NOTE_FILE (
  NOTE_ID VARCHAR(36) NOT NULL PRIMARY KEY,
  FILE_SIZE BIGINT NOT NULL,
  BLOCKS INTEGER NOT NULL,
  COMPLETE BOOLEAN NOT NULL,
  UPLOAD_PENDING BOOLEAN NOT NULL,
  UPLOAD_TOKEN VARCHAR(64),
  PROBLEM VARCHAR(4000)
);

-- The file's blocks in order; SENT once the back office acknowledged the block under the upload's token.
CREATE TABLE FB_NOTE_BLOCK (
  NOTE_ID VARCHAR(36) NOT NULL REFERENCES FB_NOTE_FILE (NOTE_ID) ON DELETE CASCADE,
  BLOCK_INDEX INTEGER NOT NULL,
  BLOCK_LENGTH INTEGER NOT NULL,
  DATA BLOB(4194304) NOT NULL,
  SENT BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (NOTE_ID, BLOCK_INDEX)
);
