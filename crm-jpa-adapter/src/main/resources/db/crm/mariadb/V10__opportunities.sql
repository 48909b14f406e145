-- SmartBizFlow CRM schema, version 10: pipelines with their stages, opportunities with contact
-- roles, competitors and custom fields, and the stage history of every deal.
-- datetime(6) columns hold UTC; identifiers compare exactly (binary collation).
-- A deal keeps its stage type, forecast category and probability in its own row, so the
-- board and summary are GROUP BY queries over crm_opportunity alone.

create table crm_pipeline (
    id uuid not null,
    tenant_id varchar(64) not null,
    name varchar(100) not null,
    -- 1 for the tenant's default pipeline, null otherwise: the unique index allows one default
    default_marker smallint,
    version bigint not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint crm_pipeline_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_pipeline_tenant_ix on crm_pipeline (tenant_id, id);
create unique index crm_pipeline_default_ux on crm_pipeline (tenant_id, default_marker);

create table crm_pipeline_stage (
    pipeline_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    stage_id uuid not null,
    name varchar(100) not null,
    default_probability decimal(7,4) not null,
    forecast_category varchar(16) not null,
    stage_type varchar(8) not null,
    required_fields varchar(400) not null,
    constraint crm_pipeline_stage_pk primary key (pipeline_id, line_no),
    constraint crm_pipeline_stage_pipeline_fk foreign key (pipeline_id) references crm_pipeline (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_opportunity (
    id uuid not null,
    tenant_id varchar(64) not null,
    pipeline_id uuid not null,
    stage_id uuid not null,
    stage_type varchar(8) not null,
    name varchar(200) not null,
    account_id uuid,
    primary_contact_id uuid,
    owner_id varchar(128) not null,
    team varchar(64),
    territory varchar(64),
    amount decimal(19,4),
    currency varchar(3),
    expected_close_date date not null,
    probability decimal(7,4) not null,
    probability_source varchar(16) not null,
    forecast_category varchar(16) not null,
    next_step varchar(500),
    lost_reason varchar(500),
    closed_on date,
    version bigint not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint crm_opportunity_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- Keyset paging per tenant; a pipeline's board; an owner's deals; a close period.
create index crm_opportunity_tenant_id_ix on crm_opportunity (tenant_id, id);
create index crm_opportunity_stage_ix on crm_opportunity (tenant_id, pipeline_id, stage_id, id);
create index crm_opportunity_owner_ix on crm_opportunity (tenant_id, owner_id, id);
create index crm_opportunity_close_ix on crm_opportunity (tenant_id, expected_close_date);

create table crm_opportunity_contact_role (
    opportunity_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    contact_id uuid not null,
    role_name varchar(100) not null,
    constraint crm_opportunity_contact_role_pk primary key (opportunity_id, line_no),
    constraint crm_opportunity_contact_role_fk foreign key (opportunity_id) references crm_opportunity (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
create index crm_opportunity_contact_role_contact_ix on crm_opportunity_contact_role (tenant_id, contact_id);

create table crm_opportunity_competitor (
    opportunity_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    name varchar(100) not null,
    constraint crm_opportunity_competitor_pk primary key (opportunity_id, line_no),
    constraint crm_opportunity_competitor_fk foreign key (opportunity_id) references crm_opportunity (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_opportunity_custom_field (
    opportunity_id uuid not null,
    field_key varchar(64) not null,
    tenant_id varchar(64) not null,
    field_type varchar(8) not null,
    field_value varchar(1000) not null,
    constraint crm_opportunity_custom_field_pk primary key (opportunity_id, field_key),
    constraint crm_opportunity_custom_field_fk foreign key (opportunity_id) references crm_opportunity (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_opportunity_history (
    id uuid not null,
    tenant_id varchar(64) not null,
    opportunity_id uuid not null,
    pipeline_id uuid not null,
    stage_id uuid not null,
    stage_type varchar(8) not null,
    amount decimal(19,4),
    currency varchar(3),
    expected_close_date date not null,
    probability decimal(7,4) not null,
    changed_by varchar(128) not null,
    changed_at datetime(6) not null,
    constraint crm_opportunity_history_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- One deal's history in order; a pipeline's history for velocity, slippage and conversion.
create index crm_opportunity_history_deal_ix on crm_opportunity_history (tenant_id, opportunity_id, changed_at, id);
create index crm_opportunity_history_pipeline_ix on crm_opportunity_history (tenant_id, pipeline_id, opportunity_id, changed_at);
