-- SmartBizFlow CRM schema, version 21: an import chunk finds the accounts its rows name by
-- domain and by name key with IN-lists of a few hundred values. H2 looks an IN-list up only on
-- an index's first column, so these indexes lead with the value; the queries check the tenant
-- on the rows they return.
create index crm_account_domain_name_ix on crm_account_domain (domain_name);
create index crm_account_normalised_name_ix on crm_account (normalised_name);
