-- SmartBizFlow CRM schema, version 6: lead attribution, score, milestone times, conversion,
-- sort keys, and the child tables for custom fields and tags.
alter table crm_lead add column campaign_id varchar(64);
alter table crm_lead add column campaign_name varchar(200);
alter table crm_lead add column utm_source varchar(200);
alter table crm_lead add column utm_medium varchar(200);
alter table crm_lead add column utm_campaign varchar(200);
alter table crm_lead add column utm_term varchar(200);
alter table crm_lead add column utm_content varchar(200);
alter table crm_lead add column score integer;
alter table crm_lead add column qualified_at datetime(6) null;
alter table crm_lead add column converted_at datetime(6) null;
-- Whole seconds from capture to each milestone, so medians are one ordered scan of a number.
alter table crm_lead add column qualify_seconds bigint;
alter table crm_lead add column convert_seconds bigint;
-- The UTC day of capture, so period analytics group by a plain column on every database.
alter table crm_lead add column created_day date;
-- Lower-cased name and company compared by code point (the tables' binary collation): the same order as the
-- in-memory store whatever the database's default collation.
alter table crm_lead add column name_key varchar(200);
alter table crm_lead add column company_key varchar(200);
alter table crm_lead add column converted_account_id uuid;
alter table crm_lead add column converted_contact_id uuid;
alter table crm_lead add column converted_opportunity_id uuid;
update crm_lead set created_day = cast(created_at as date), name_key = lower(name),
    company_key = lower(company);
alter table crm_lead modify column created_day date not null;
alter table crm_lead modify column name_key varchar(200) not null;

-- Keyset pages of every sort read (tenant, sort value, id) from an index.
create index crm_lead_tenant_created_id_ix on crm_lead (tenant_id, created_at, id);
create index crm_lead_tenant_updated_ix on crm_lead (tenant_id, updated_at, id);
create index crm_lead_tenant_name_key_ix on crm_lead (tenant_id, name_key, id);
create index crm_lead_tenant_company_key_ix on crm_lead (tenant_id, company_key, id);
create index crm_lead_tenant_score_ix on crm_lead (tenant_id, score, id);
create index crm_lead_tenant_campaign_ix on crm_lead (tenant_id, campaign_id);
create index crm_lead_tenant_day_ix on crm_lead (tenant_id, created_day);

-- Custom fields: the canonical text of every value (what is read back) and a typed copy to filter on.
create table crm_lead_custom_field (
    lead_id uuid not null,
    field_key varchar(64) not null,
    tenant_id varchar(64) not null,
    value_type varchar(8) not null,
    text_value varchar(1000) not null,
    number_value numeric(38,12),
    date_value date,
    bool_value boolean,
    constraint crm_lead_custom_field_pk primary key (lead_id, field_key)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_lead_custom_number_ix on crm_lead_custom_field (tenant_id, field_key, number_value);
create index crm_lead_custom_date_ix on crm_lead_custom_field (tenant_id, field_key, date_value);

create table crm_lead_tag (
    lead_id uuid not null,
    tag varchar(64) not null,
    tenant_id varchar(64) not null,
    constraint crm_lead_tag_pk primary key (lead_id, tag)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_lead_tag_tenant_tag_ix on crm_lead_tag (tenant_id, tag, lead_id);
