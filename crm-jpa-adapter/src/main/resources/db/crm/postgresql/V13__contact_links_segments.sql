-- Contacts' typed links to accounts (works at, former, board member) with dates and a role.
-- Deleting a contact deletes its links.
create table crm_contact_account_link (
    id uuid not null,
    tenant_id varchar(64) not null,
    contact_id uuid not null,
    account_id uuid not null,
    link_type varchar(32) not null,
    link_role varchar(200),
    starts_on date,
    ends_on date,
    primary_link boolean not null,
    created_at timestamp(6) with time zone not null,
    constraint crm_contact_account_link_pk primary key (id),
    constraint crm_contact_account_link_contact_fk foreign key (contact_id)
        references crm_contact (id) on delete cascade
);
create index crm_contact_account_link_contact_ix on crm_contact_account_link (tenant_id, contact_id);
create index crm_contact_account_link_account_ix on crm_contact_account_link (tenant_id, account_id, id);

-- Saved dynamic segments; the name key (lower case) is unique per tenant.
create table crm_contact_segment (
    id uuid not null,
    tenant_id varchar(64) not null,
    name varchar(100) not null,
    name_key varchar(100) not null,
    owner_id varchar(128) not null,
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint crm_contact_segment_pk primary key (id)
);
create unique index crm_contact_segment_name_ux on crm_contact_segment (tenant_id, name_key);

-- A segment's criteria tree, one row per condition or group in pre-order (seq 0 is the root).
create table crm_contact_segment_node (
    segment_id uuid not null,
    seq integer not null,
    tenant_id varchar(64) not null,
    parent_seq integer,
    node_kind varchar(8) not null,
    field_name varchar(16),
    field_key varchar(64),
    operator varchar(16),
    node_value varchar(1000),
    constraint crm_contact_segment_node_pk primary key (segment_id, seq),
    constraint crm_contact_segment_node_segment_fk foreign key (segment_id)
        references crm_contact_segment (id) on delete cascade
);

-- Static lists and their members; deleting a list or a contact deletes the memberships.
create table crm_contact_list (
    id uuid not null,
    tenant_id varchar(64) not null,
    name varchar(100) not null,
    name_key varchar(100) not null,
    owner_id varchar(128) not null,
    created_at timestamp(6) with time zone not null,
    constraint crm_contact_list_pk primary key (id)
);
create unique index crm_contact_list_name_ux on crm_contact_list (tenant_id, name_key);

create table crm_contact_list_member (
    list_id uuid not null,
    contact_id uuid not null,
    tenant_id varchar(64) not null,
    added_at timestamp(6) with time zone not null,
    constraint crm_contact_list_member_pk primary key (list_id, contact_id),
    constraint crm_contact_list_member_list_fk foreign key (list_id)
        references crm_contact_list (id) on delete cascade,
    constraint crm_contact_list_member_contact_fk foreign key (contact_id)
        references crm_contact (id) on delete cascade
);
create index crm_contact_list_member_contact_ix on crm_contact_list_member (tenant_id, contact_id);
