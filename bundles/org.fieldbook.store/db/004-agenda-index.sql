-- The agenda reads bookings by start time back to the longest booking (31 days) and keeps those still
-- running; with the end time in the same index Derby tests it on the index entry instead of fetching
-- every booking of those 31 days.
CREATE INDEX BOOKABLERESOURCEBOOKING_5 ON BOOKABLERESOURCEBOOKING (STARTTIME, ENDTIME);

DROP INDEX BOOKABLERESOURCEBOOKING_1;
