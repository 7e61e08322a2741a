-- Row access finds a contact's or an asset's work orders per row (see RowAccess), as it already does for
-- an account's through MSDYN_WORKORDER_3.
CREATE INDEX MSDYN_WORKORDER_4 ON MSDYN_WORKORDER (MSDYN_REPORTEDBYCONTACT_VALUE);

CREATE INDEX MSDYN_WORKORDER_5 ON MSDYN_WORKORDER (MSDYN_CUSTOMERASSET_VALUE);
