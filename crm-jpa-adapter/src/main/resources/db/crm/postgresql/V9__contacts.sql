-- SmartBizFlow CRM schema, version 9: contacts. A contact's single-valued fields live in
-- crm_contact; its e-mails, phones, social handles, tags and custom fields in child tables keyed
-- by (contact_id, seq), each with the tenant so that tenant-scoped indexes need no join.

create table crm_contact (
    id uuid not null,
    tenant_id varchar(64) not null,
    owner_id varchar(128) not null,
    name varchar(200) not null,
    job_title varchar(200),
    account_id uuid,
    reports_to uuid,
    preferred_language varchar(35),
    time_zone varchar(64),
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    erased_at timestamp(6) with time zone,
    constraint crm_contact_pk primary key (id)
);
-- Keyset paging per tenant, alone and by owner; contacts of an account; reports of a manager.
create index crm_contact_tenant_id_ix on crm_contact (tenant_id, id);
create index crm_contact_tenant_owner_ix on crm_contact (tenant_id, owner_id, id);
create index crm_contact_tenant_account_ix on crm_contact (tenant_id, account_id);
create index crm_contact_tenant_reports_ix on crm_contact (tenant_id, reports_to);

create table crm_contact_email (
    contact_id uuid not null,
    seq integer not null,
    tenant_id varchar(64) not null,
    email varchar(254) not null,
    label varchar(40),
    is_primary boolean not null,
    constraint crm_contact_email_pk primary key (contact_id, seq)
);
-- One contact per mailbox and tenant: lead conversion and imports rely on it.
create unique index crm_contact_email_uq on crm_contact_email (tenant_id, email);

create table crm_contact_phone (
    contact_id uuid not null,
    seq integer not null,
    tenant_id varchar(64) not null,
    phone varchar(16) not null,
    label varchar(40),
    is_primary boolean not null,
    constraint crm_contact_phone_pk primary key (contact_id, seq)
);
create index crm_contact_phone_tenant_ix on crm_contact_phone (tenant_id, phone);

create table crm_contact_social (
    contact_id uuid not null,
    seq integer not null,
    tenant_id varchar(64) not null,
    network varchar(40) not null,
    handle varchar(200) not null,
    constraint crm_contact_social_pk primary key (contact_id, seq)
);

create table crm_contact_tag (
    contact_id uuid not null,
    seq integer not null,
    tenant_id varchar(64) not null,
    tag varchar(64) not null,
    constraint crm_contact_tag_pk primary key (contact_id, seq)
);
create index crm_contact_tag_tenant_ix on crm_contact_tag (tenant_id, tag, contact_id);

create table crm_contact_field (
    contact_id uuid not null,
    seq integer not null,
    tenant_id varchar(64) not null,
    field_key varchar(64) not null,
    value_type varchar(16) not null,
    text_value varchar(1000) not null,
    number_value decimal(38,10),
    date_value date,
    boolean_value boolean,
    constraint crm_contact_field_pk primary key (contact_id, seq)
);
create index crm_contact_field_tenant_ix on crm_contact_field (tenant_id, field_key, contact_id);
