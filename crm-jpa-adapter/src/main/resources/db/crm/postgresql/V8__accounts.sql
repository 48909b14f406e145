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
    revenue_amount numeric(19,4),
    revenue_currency varchar(3),
    parent_id uuid,
    territory_id uuid,
    kyc_status varchar(16) not null,
    kyc_reviewed_on date,
    kyc_review_due date,
    screened_at timestamp(6) with time zone,
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint crm_account_pk primary key (id)
);
-- Keyset paging per tenant, look-ups by matching name, owner filters, and the hierarchy walk.
create index crm_account_tenant_id_ix on crm_account (tenant_id, id);
create index crm_account_tenant_name_ix on crm_account (tenant_id, normalised_name);
create index crm_account_tenant_owner_ix on crm_account (tenant_id, owner_id, id);
create index crm_account_tenant_parent_ix on crm_account (tenant_id, parent_id);
create index crm_account_tenant_territory_ix on crm_account (tenant_id, territory_id);
create index crm_account_tenant_review_ix on crm_account (tenant_id, kyc_review_due, id);

create table crm_account_domain (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    domain_name varchar(253) not null,
    constraint crm_account_domain_pk primary key (account_id, sort_order)
);
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
);

create table crm_account_tax_id (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    scheme varchar(16) not null,
    tax_value varchar(64) not null,
    constraint crm_account_tax_id_pk primary key (account_id, sort_order)
);

create table crm_account_custom_field (
    account_id uuid not null,
    field_key varchar(64) not null,
    tenant_id varchar(64) not null,
    value_type varchar(16) not null,
    field_value varchar(1000) not null,
    constraint crm_account_custom_field_pk primary key (account_id, field_key)
);

create table crm_account_tag (
    account_id uuid not null,
    tenant_id varchar(64) not null,
    tag varchar(64) not null,
    constraint crm_account_tag_pk primary key (account_id, tag)
);
create index crm_account_tag_lookup_ix on crm_account_tag (tenant_id, tag, account_id);

create table crm_account_document (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    document_type varchar(64) not null,
    document_ref varchar(500) not null,
    issued_on date,
    expires_on date,
    constraint crm_account_document_pk primary key (account_id, sort_order)
);

create table crm_account_screening_flag (
    account_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    flag_kind varchar(32) not null,
    list_name varchar(100) not null,
    matched_name varchar(200) not null,
    flag_ref varchar(200),
    constraint crm_account_screening_flag_pk primary key (account_id, sort_order)
);

-- Typed links between accounts; the graph walk follows both directions.
create table crm_account_relationship (
    id uuid not null,
    tenant_id varchar(64) not null,
    from_account uuid not null,
    to_account uuid not null,
    relationship_type varchar(16) not null,
    relationship_role varchar(200),
    starts_on date,
    ends_on date,
    created_at timestamp(6) with time zone not null,
    constraint crm_account_relationship_pk primary key (id)
);
create index crm_account_relationship_from_ix on crm_account_relationship (tenant_id, from_account);
create index crm_account_relationship_to_ix on crm_account_relationship (tenant_id, to_account);

-- The territory tree with each territory's assignment rule (conditions in their own table).
create table crm_territory (
    id uuid not null,
    tenant_id varchar(64) not null,
    territory_key varchar(64) not null,
    name varchar(200) not null,
    parent_id uuid,
    priority integer not null,
    rule_expression varchar(500),
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint crm_territory_pk primary key (id),
    constraint crm_territory_key_uq unique (tenant_id, territory_key)
);

create table crm_territory_condition (
    territory_id uuid not null,
    sort_order integer not null,
    tenant_id varchar(64) not null,
    field_name varchar(80) not null,
    operator varchar(16) not null,
    condition_value varchar(500),
    constraint crm_territory_condition_pk primary key (territory_id, sort_order)
);
