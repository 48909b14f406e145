-- SmartBizFlow CRM schema, version 4: a merged lead stays as a tombstone pointing at its survivor.
alter table crm_lead add column merged_into uuid;
