-- SmartBizFlow CRM schema, version 7: lead assignment rules and nurture sequences.
-- A tenant's rule set is one versioned row with its teams' members and its rules as ordered child
-- rows; round-robin pointers have rows of their own, locked while a lead is routed, so moving a
-- pointer never changes the rule set's version.

create table crm_assignment_rule_set (
    tenant_id varchar(64) not null,
    fallback_kind varchar(8),
    fallback_target varchar(128),
    version bigint not null,
    updated_at timestamp(6) with time zone not null,
    constraint crm_assignment_rule_set_pk primary key (tenant_id)
);

create table crm_assignment_member (
    tenant_id varchar(64) not null,
    line_no integer not null,
    team_key varchar(64) not null,
    user_id varchar(128) not null,
    max_open_leads integer not null,
    constraint crm_assignment_member_pk primary key (tenant_id, line_no),
    constraint crm_assignment_member_set_fk foreign key (tenant_id)
        references crm_assignment_rule_set (tenant_id) on delete cascade
);

create table crm_assignment_rule (
    tenant_id varchar(64) not null,
    line_no integer not null,
    name varchar(100) not null,
    sources varchar(1000),
    countries varchar(1000),
    territories varchar(4000),
    min_employees integer,
    max_employees integer,
    target_kind varchar(8) not null,
    target varchar(128) not null,
    constraint crm_assignment_rule_pk primary key (tenant_id, line_no),
    constraint crm_assignment_rule_set_fk foreign key (tenant_id)
        references crm_assignment_rule_set (tenant_id) on delete cascade
);

create table crm_assignment_pointer (
    tenant_id varchar(64) not null,
    team_key varchar(64) not null,
    next_member integer not null,
    constraint crm_assignment_pointer_pk primary key (tenant_id, team_key)
);

-- What routing knows about a lead beyond the lead record: country, territory, head count.
create table crm_lead_profile (
    lead_id uuid not null,
    tenant_id varchar(64) not null,
    country varchar(2),
    territory varchar(64),
    employees integer,
    constraint crm_lead_profile_pk primary key (lead_id)
);

create table crm_nurture_sequence (
    id uuid not null,
    tenant_id varchar(64) not null,
    name varchar(200) not null,
    time_zone varchar(64) not null,
    opens_at time not null,
    closes_at time not null,
    workdays varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    constraint crm_nurture_sequence_pk primary key (id)
);

create table crm_nurture_step (
    sequence_id uuid not null,
    line_no integer not null,
    step_key varchar(40) not null,
    kind varchar(16) not null,
    subject varchar(200),
    body varchar(10000),
    amount integer,
    wait_unit varchar(16),
    engagement varchar(16),
    email_step varchar(40),
    if_engaged varchar(40),
    otherwise_step varchar(40),
    constraint crm_nurture_step_pk primary key (sequence_id, line_no),
    constraint crm_nurture_step_sequence_fk foreign key (sequence_id)
        references crm_nurture_sequence (id) on delete cascade
);

create table crm_nurture_enrolment (
    id uuid not null,
    tenant_id varchar(64) not null,
    sequence_id uuid not null,
    lead_id uuid not null,
    status varchar(16) not null,
    step_index integer not null,
    run_no bigint not null,
    due_at timestamp(6) with time zone,
    enrolled_at timestamp(6) with time zone not null,
    ended_at timestamp(6) with time zone,
    end_reason varchar(200),
    version bigint not null,
    constraint crm_nurture_enrolment_pk primary key (id)
);
-- The due-step query of the schedulers: active enrolments of a tenant by due time.
create index crm_nurture_enrolment_due_ix on crm_nurture_enrolment (tenant_id, status, due_at, id);
-- A lead's enrolments (ended when the lead is converted, merged, disqualified or deleted).
create index crm_nurture_enrolment_lead_ix on crm_nurture_enrolment (tenant_id, lead_id, status);

-- One row per step run; the primary key is what makes a second claim of the same run fail.
create table crm_nurture_step_run (
    enrolment_id uuid not null,
    run_no bigint not null,
    tenant_id varchar(64) not null,
    step_index integer not null,
    step_key varchar(40) not null,
    outcome varchar(16) not null,
    detail varchar(500),
    message_id uuid,
    claimed_at timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    constraint crm_nurture_step_run_pk primary key (enrolment_id, run_no)
);
create index crm_nurture_step_run_message_ix on crm_nurture_step_run (tenant_id, message_id);

create table crm_nurture_engagement (
    id uuid not null,
    tenant_id varchar(64) not null,
    enrolment_id uuid not null,
    message_id uuid not null,
    step_key varchar(40) not null,
    kind varchar(16) not null,
    occurred_at timestamp(6) with time zone not null,
    constraint crm_nurture_engagement_pk primary key (id)
);
create index crm_nurture_engagement_enrolment_ix on crm_nurture_engagement (tenant_id, enrolment_id, occurred_at);
