-- SmartBizFlow CRM schema, version 11: activities (calls, meetings, tasks, e-mails, notes).
-- One table for every type (type details in nullable columns), so a calendar over all types is one
-- index range scan. Times are instants (UTC); time_zone is the owner's zone for the activity and
-- start_day its local start day, kept so that per-day counts are a plain GROUP BY.
-- Activities last at most 31 days: calendar queries bound start_at below by (from - 31 days).

create table crm_activity (
    id uuid not null,
    tenant_id varchar(64) not null,
    activity_type varchar(16) not null,
    status varchar(16) not null,
    owner_id varchar(128) not null,
    subject varchar(200) not null,
    body clob,
    start_at timestamp(6) with time zone not null,
    end_at timestamp(6) with time zone not null,
    start_day date not null,
    time_zone varchar(64) not null,
    visibility varchar(16) not null,
    call_direction varchar(16),
    meeting_location varchar(500),
    meeting_link varchar(500),
    task_priority varchar(16),
    email_from varchar(254),
    email_to clob,
    email_message_id varchar(500),
    series_id uuid,
    recurrence_rule varchar(200),
    recurrence_exceptions clob,
    outcome varchar(100),
    completed_at timestamp(6) with time zone,
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint crm_activity_pk primary key (id)
);
-- A user's calendar (owner), the tenant's calendar, a series, and overdue tasks: range scans on start.
create index crm_activity_owner_start_ix on crm_activity (tenant_id, owner_id, start_at, id);
create index crm_activity_start_ix on crm_activity (tenant_id, start_at, id);
create index crm_activity_series_ix on crm_activity (tenant_id, series_id, start_at);
create index crm_activity_type_status_ix on crm_activity (tenant_id, activity_type, status, start_at);

-- The records an activity is about, with the activity's start repeated for record calendars.
create table crm_activity_link (
    activity_id uuid not null,
    record_type varchar(16) not null,
    record_id uuid not null,
    tenant_id varchar(64) not null,
    start_at timestamp(6) with time zone not null,
    constraint crm_activity_link_pk primary key (activity_id, record_type, record_id),
    constraint crm_activity_link_activity_fk foreign key (activity_id) references crm_activity (id) on delete cascade
);
-- "What is on this account's calendar next month", and last/next activity per record.
create index crm_activity_link_record_ix on crm_activity_link (tenant_id, record_type, record_id, start_at, activity_id);

create table crm_activity_attendee (
    activity_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    kind varchar(16) not null,
    attendee_key varchar(254) not null,
    name varchar(200),
    email varchar(254),
    constraint crm_activity_attendee_pk primary key (activity_id, line_no),
    constraint crm_activity_attendee_activity_fk foreign key (activity_id) references crm_activity (id) on delete cascade
);
-- The meetings a user attends (user calendars and conflict checks).
create index crm_activity_attendee_key_ix on crm_activity_attendee (tenant_id, kind, attendee_key, activity_id);

create table crm_activity_reminder (
    id uuid not null,
    tenant_id varchar(64) not null,
    activity_id uuid not null,
    line_no integer not null,
    before_seconds bigint not null,
    fire_at timestamp(6) with time zone not null,
    fired_at timestamp(6) with time zone,
    constraint crm_activity_reminder_pk primary key (id),
    constraint crm_activity_reminder_activity_fk foreign key (activity_id) references crm_activity (id) on delete cascade
);
create index crm_activity_reminder_activity_ix on crm_activity_reminder (activity_id);
-- Pending reminders of a tenant, earliest first: what the scheduler polls.
create index crm_activity_reminder_due_ix on crm_activity_reminder (tenant_id, fired_at, fire_at, id);
