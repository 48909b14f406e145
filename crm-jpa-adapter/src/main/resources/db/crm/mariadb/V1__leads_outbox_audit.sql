-- SmartBizFlow CRM schema, version 1: leads, the transactional outbox and the audit log.
-- Ids are UUIDs made by the application (time-ordered), never by the database.
-- Identifiers and tenant keys compare exactly (binary collation): tenant "Acme" is not tenant "acme".
-- datetime(6) columns hold UTC: the adapter runs Hibernate with hibernate.jdbc.time_zone=UTC.

create table crm_lead (
    id uuid not null,
    tenant_id varchar(64) not null,
    owner_id varchar(128) not null,
    name varchar(200) not null,
    company varchar(200),
    email varchar(254),
    phone varchar(16),
    source varchar(32) not null,
    status varchar(32) not null,
    version bigint not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint crm_lead_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- Keyset paging per tenant, alone and with the usual filters.
create index crm_lead_tenant_id_ix on crm_lead (tenant_id, id);
create index crm_lead_tenant_status_ix on crm_lead (tenant_id, status, id);
create index crm_lead_tenant_owner_ix on crm_lead (tenant_id, owner_id, id);
create index crm_lead_tenant_email_ix on crm_lead (tenant_id, email);
create index crm_lead_tenant_created_ix on crm_lead (tenant_id, created_at);

create table crm_outbox_event (
    event_id uuid not null,
    tenant_id varchar(64) not null,
    event_type varchar(200) not null,
    aggregate_id varchar(64) not null,
    payload longtext not null,
    occurred_at datetime(6) not null,
    published_at datetime(6),
    constraint crm_outbox_event_pk primary key (event_id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- The relay reads unpublished events (published_at is null) oldest first.
create index crm_outbox_event_pending_ix on crm_outbox_event (published_at, occurred_at, event_id);

create table crm_audit_entry (
    id uuid not null,
    tenant_id varchar(64) not null,
    record_type varchar(64) not null,
    record_id varchar(64) not null,
    field_name varchar(100) not null,
    old_value longtext,
    new_value longtext,
    actor_id varchar(128) not null,
    changed_at datetime(6) not null,
    constraint crm_audit_entry_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_audit_entry_record_ix on crm_audit_entry (tenant_id, record_type, record_id, changed_at, id);
