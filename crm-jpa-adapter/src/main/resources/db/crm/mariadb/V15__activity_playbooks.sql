-- SmartBizFlow CRM schema, version 16: each tenant's activity playbook as data (templates and
-- follow-up rules). A row in crm_activity_playbook marks a tenant that keeps a playbook of its own;
-- tenants without one use the playbook the host builds the CRM with.
-- Reminder lead times are ISO-8601 durations, comma-separated, in order.

create table crm_activity_playbook (
    tenant_id varchar(64) not null,
    created_at datetime(6) not null,
    constraint crm_activity_playbook_pk primary key (tenant_id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_activity_template (
    tenant_id varchar(64) not null,
    template_key varchar(100) not null,
    activity_type varchar(16) not null,
    subject varchar(200) not null,
    body longtext,
    duration_seconds bigint not null,
    reminders varchar(200),
    version bigint not null,
    updated_at datetime(6) not null,
    constraint crm_activity_template_pk primary key (tenant_id, template_key)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

-- A rule names a template (template_key) or carries its own activity spec (activity_* columns).
-- outcome_code is the outcome stripped and in lower case: a completion finds its one rule through
-- the unique key, which also keeps two rules from matching the same completion.
create table crm_activity_follow_up (
    id uuid not null,
    tenant_id varchar(64) not null,
    when_type varchar(16) not null,
    outcome varchar(100) not null,
    outcome_code varchar(100) not null,
    template_key varchar(100),
    activity_key varchar(100),
    activity_type varchar(16),
    activity_subject varchar(200),
    activity_body longtext,
    activity_duration_seconds bigint,
    activity_reminders varchar(200),
    business_days integer not null,
    version bigint not null,
    updated_at datetime(6) not null,
    constraint crm_activity_follow_up_pk primary key (id),
    constraint crm_activity_follow_up_match_uk unique (tenant_id, when_type, outcome_code)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- Which rules name a template (a template in use is not deleted).
create index crm_activity_follow_up_template_ix on crm_activity_follow_up (tenant_id, template_key);
