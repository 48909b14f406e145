-- SmartBizFlow CRM schema, version 5: what qualification found (BANT) and why a lead was disqualified.
alter table crm_lead
    add column budget_amount decimal(19,4) null,
    add column budget_currency varchar(3) null,
    add column decision_maker boolean null,
    add column need varchar(1000) null,
    add column decision_by date null,
    add column disqualify_reason varchar(40) null,
    add column disqualify_note varchar(1000) null;
