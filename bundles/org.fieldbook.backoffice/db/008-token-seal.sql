-- The secret that seals the paging and change-tracking tokens the Web API hands out ($skiptoken,
-- $deltatoken), so that a token the server did not make is refused. Kept in the database so that tokens
-- outlive a restart, as devices hold delta tokens for days.
CREATE TABLE FB_SECRET (
  NAME VARCHAR(50) NOT NULL PRIMARY KEY,
  SECRET VARCHAR(100) NOT NULL
);
