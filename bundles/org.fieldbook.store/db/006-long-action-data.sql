-- What an upload tried to send (a sync error's action data) can be far longer than 4,000 characters, e.g. a
-- technician's long note; it was cut to fit. It now holds what Dataverse's syncerror.actiondata holds, up to
-- 1,048,576 characters. Derby cannot widen a VARCHAR into a CLOB in place, so the values move to a new column.
ALTER TABLE FB_SYNC_ERROR ADD COLUMN ACTION_DATA_LONG CLOB(1048576);
UPDATE FB_SYNC_ERROR SET ACTION_DATA_LONG = ACTION_DATA;
ALTER TABLE FB_SYNC_ERROR DROP COLUMN ACTION_DATA;
RENAME COLUMN FB_SYNC_ERROR.ACTION_DATA_LONG TO ACTION_DATA;
