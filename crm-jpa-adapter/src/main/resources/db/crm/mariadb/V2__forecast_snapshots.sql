-- SmartBizFlow CRM schema, version 2: forecast snapshots.
-- A snapshot keeps its roll-ups in one row and the deals it was computed from, as they stood,
-- one row each (not a serialised blob), so two snapshots can be compared deal by deal in SQL.
-- Amounts are exact decimals (every ISO currency's decimals) with their currency code beside them.
-- Identifiers and tenant keys compare exactly (binary collation), as in version 1.

create table crm_forecast_snapshot (
    id uuid not null,
    tenant_id varchar(64) not null,
    as_of date not null,
    period_start date not null,
    period_end date not null,
    scope varchar(16) not null,
    scope_key varchar(200) not null,
    closed_amount decimal(19,4) not null,
    closed_currency varchar(3) not null,
    commit_amount decimal(19,4) not null,
    commit_currency varchar(3) not null,
    best_case_amount decimal(19,4) not null,
    best_case_currency varchar(3) not null,
    weighted_amount decimal(19,4) not null,
    weighted_currency varchar(3) not null,
    p10_amount decimal(19,4) not null,
    p10_currency varchar(3) not null,
    p50_amount decimal(19,4) not null,
    p50_currency varchar(3) not null,
    p90_amount decimal(19,4) not null,
    p90_currency varchar(3) not null,
    constraint crm_forecast_snapshot_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- The latest snapshot of a period and scope taken on or before a day.
create index crm_forecast_snapshot_latest_ix on crm_forecast_snapshot (tenant_id, period_start, period_end, scope, scope_key, as_of, id);
-- Every snapshot of a period, oldest first.
create index crm_forecast_snapshot_period_ix on crm_forecast_snapshot (tenant_id, period_start, period_end, as_of, id);

create table crm_forecast_snapshot_deal (
    snapshot_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    deal_id varchar(200) not null,
    amount decimal(19,4) not null,
    currency varchar(3) not null,
    win_probability double not null,
    expected_close date not null,
    category varchar(16) not null,
    owner_id varchar(128) not null,
    team varchar(200),
    territory varchar(200),
    pipeline varchar(200),
    stage varchar(200),
    constraint crm_forecast_snapshot_deal_pk primary key (snapshot_id, line_no),
    constraint crm_forecast_snapshot_deal_snapshot_fk foreign key (snapshot_id)
        references crm_forecast_snapshot (id) on delete cascade
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- A deal's history across snapshots, and two snapshots matched deal by deal.
create index crm_forecast_snapshot_deal_deal_ix on crm_forecast_snapshot_deal (tenant_id, deal_id, snapshot_id);
