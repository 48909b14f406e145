-- SmartBizFlow CRM schema, version 5: what qualification found (BANT) and why a lead was disqualified.
alter table crm_lead add column budget_amount numeric(19,4);
alter table crm_lead add column budget_currency varchar(3);
alter table crm_lead add column decision_maker boolean;
alter table crm_lead add column need varchar(1000);
alter table crm_lead add column decision_by date;
alter table crm_lead add column disqualify_reason varchar(40);
alter table crm_lead add column disqualify_note varchar(1000);
