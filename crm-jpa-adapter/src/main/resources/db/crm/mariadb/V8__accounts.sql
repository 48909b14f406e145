-- SmartBizFlow CRM schema, version 8: accounts with their profile collections, hierarchy,
-- relationships, territories and compliance. Every table carries the tenant.

create table crm_account (
    id uuid not null,
    tenant_id varchar(64) not null,
    owner_id varchar(128) not null,
    team varchar(64),
    legal_name varchar(200) not null,
    normalised_name varchar(200) not null,
    industry varchar(100),
    size_band varchar(16),
    revenue_amount decimal(19,4),
    revenue_currency varchar(3),
    parent_id uuid,
    version bigint not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint crm_account_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- Keyset paging per tenant, look-ups by matching name, owner filters, and the hierarchy walk.
create index crm_account_tenant_id_ix on crm_account (tenant_id, id);
create index crm_account_tenant_name_ix on crm_account (tenant_id, normalised_name);
create index crm_account_tenant_owner_ix on crm_account (tenant_id, owner_id, id);
create index crm_account_tenant_parent_ix on crm_account (tenant_id, parent_id);

create table crm_account_domain (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    domain_name varchar(253) not null,
    constraint crm_account_domain_pk primary key (account_id, sort_order)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_account_domain_lookup_ix on crm_account_domain (tenant_id, domain_name);

create table crm_account_address (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    kind varchar(16) not null,
    street varchar(500),
    postal_code varchar(32),
    city varchar(200),
    region varchar(200),
    country varchar(2) not null,
    constraint crm_account_address_pk primary key (account_id, sort_order)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_account_tax_id (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    scheme varchar(16) not null,
    tax_value varchar(64) not null,
    constraint crm_account_tax_id_pk primary key (account_id, sort_order)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_account_custom_field (
    account_id uuid not null,
    field_key varchar(64) not null,
    tenant_id varchar(64) not null,
    value_type varchar(16) not null,
    field_value varchar(1000) not null,
    constraint crm_account_custom_field_pk primary key (account_id, field_key)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_account_tag (
    account_id uuid not null,
    tenant_id varchar(64) not null,
    tag varchar(64) not null,
    constraint crm_account_tag_pk primary key (account_id, tag)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_account_tag_lookup_ix on crm_account_tag (tenant_id, tag, account_id);
