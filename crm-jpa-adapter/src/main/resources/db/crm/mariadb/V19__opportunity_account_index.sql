-- SmartBizFlow CRM schema, version 19: an account's deals found by index (the deals an
-- account's churn risk counts, and any search of deals filtered by account).
create index crm_opportunity_account_ix on crm_opportunity (tenant_id, account_id);
