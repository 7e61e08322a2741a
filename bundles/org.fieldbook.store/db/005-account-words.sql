-- The words of each account's name, for the work-order search. They were on every work order of the account
-- in FB_WORK_ORDER_WORD, which made them most of the cost of a first sync (three rows per work order,
-- written again when the account arrived after its work orders); here they are one row per account and word,
-- joined to the work orders when searching. The store moves a migrated database's words over when it opens
-- (splitting names into words needs Java).
CREATE TABLE FB_ACCOUNT_WORD (
  WORD VARCHAR(64) NOT NULL,
  ACCOUNT_ID VARCHAR(36) NOT NULL,
  PRIMARY KEY (WORD, ACCOUNT_ID)
);

CREATE INDEX FB_ACCOUNT_WORD_OWNER ON FB_ACCOUNT_WORD (ACCOUNT_ID);
