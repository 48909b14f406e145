-- SmartBizFlow CRM schema, version 18: each lead's latest score as the configured scorer made it,
-- with the rule-set or model version that made it and the factors that explain it, strongest first.
-- The score belongs to the lead: deleting the lead deletes it, as it deletes the lead's tags.
-- A lead without a score, or with one made by another version, is due to be re-scored.

create table crm_lead_score (
    lead_id uuid not null,
    tenant_id varchar(64) not null,
    score_value double precision not null,
    grade varchar(8) not null,
    scorer_version varchar(64) not null,
    scored_at timestamp(6) with time zone not null,
    constraint crm_lead_score_pk primary key (lead_id)
);
-- Leads due for re-scoring: the tenant's leads and scores read side by side in id order.
create index crm_lead_score_tenant_lead_ix on crm_lead_score (tenant_id, lead_id, scorer_version);

create table crm_lead_score_factor (
    lead_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    name varchar(200) not null,
    observed_value text not null,
    effect double precision not null,
    unit varchar(16) not null,
    constraint crm_lead_score_factor_pk primary key (lead_id, line_no),
    constraint crm_lead_score_factor_score_fk foreign key (lead_id)
        references crm_lead_score (lead_id) on delete cascade
);
