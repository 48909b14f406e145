-- SmartBizFlow CRM schema, version 12: the sales context (catalogue and price books, deal line
-- items, quotes with their revisions and numbers, proposals, contracts).
-- Amounts are exact decimals with their currency code beside them; quantities and rates keep 4
-- decimals. Child rows (price entries, lines, revisions, document versions) are one row each,
-- ordered by line_no, and repeat the tenant so every query is scoped by it without a join.
-- Identifiers and tenant keys compare exactly (binary collation); datetime(6) columns hold UTC.

create table crm_product (
    id uuid not null,
    tenant_id varchar(64) not null,
    sku varchar(64) not null,
    name varchar(200) not null,
    description varchar(2000),
    active boolean not null,
    version bigint not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint crm_product_pk primary key (id),
    constraint crm_product_sku_uk unique (tenant_id, sku)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_price_book (
    id uuid not null,
    tenant_id varchar(64) not null,
    name varchar(200) not null,
    -- 'S' for the tenant's standard book, null otherwise: the unique key allows one standard book
    standard_marker varchar(1),
    version bigint not null,
    updated_at datetime(6) not null,
    constraint crm_price_book_pk primary key (id),
    constraint crm_price_book_name_uk unique (tenant_id, name),
    constraint crm_price_book_standard_uk unique (tenant_id, standard_marker)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_price_entry (
    price_book_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    product_id uuid not null,
    list_price decimal(19,4) not null,
    currency varchar(3) not null,
    valid_from date not null,
    valid_to date,
    constraint crm_price_entry_pk primary key (price_book_id, line_no),
    constraint crm_price_entry_book_fk foreign key (price_book_id) references crm_price_book (id) on delete cascade
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- The prices of a product across books.
create index crm_price_entry_product_ix on crm_price_entry (tenant_id, product_id);

create table crm_line_items (
    opportunity_id uuid not null,
    tenant_id varchar(64) not null,
    currency varchar(3) not null,
    version bigint not null,
    updated_at datetime(6) not null,
    constraint crm_line_items_pk primary key (opportunity_id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

-- revision is 0 for a deal's lines, the quote revision for a quote's lines
create table crm_line_item (
    opportunity_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    revision integer not null,
    id uuid not null,
    product_id uuid,
    description varchar(500) not null,
    quantity decimal(19,4) not null,
    unit_price decimal(19,4) not null,
    currency varchar(3) not null,
    discount_kind varchar(8) not null,
    discount_value decimal(19,4) not null,
    tax_rate decimal(9,4) not null,
    constraint crm_line_item_pk primary key (opportunity_id, line_no),
    constraint crm_line_item_items_fk foreign key (opportunity_id) references crm_line_items (opportunity_id) on delete cascade
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

-- The last quote number given per tenant; the row is locked by the transaction that takes a
-- number until it commits, so numbers are gap-free and never given twice.
create table crm_quote_number (
    tenant_id varchar(64) not null,
    last_number bigint not null,
    constraint crm_quote_number_pk primary key (tenant_id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_quote (
    id uuid not null,
    tenant_id varchar(64) not null,
    opportunity_id uuid not null,
    quote_number bigint not null,
    revision integer not null,
    status varchar(16) not null,
    currency varchar(3) not null,
    valid_until date not null,
    owner_id varchar(128) not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    sent_at datetime(6),
    decided_at datetime(6),
    -- the deal, only while the quote is ACCEPTED: the unique key allows one accepted quote per deal
    accepted_opportunity_id uuid,
    version bigint not null,
    constraint crm_quote_pk primary key (id),
    constraint crm_quote_number_uk unique (tenant_id, quote_number),
    constraint crm_quote_accepted_uk unique (tenant_id, accepted_opportunity_id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- A deal's quotes.
create index crm_quote_opportunity_ix on crm_quote (tenant_id, opportunity_id, quote_number);
-- Sent quotes past their validity, for expiry.
create index crm_quote_expiry_ix on crm_quote (tenant_id, status, valid_until);

create table crm_quote_line (
    quote_id uuid not null,
    line_no integer not null,
    tenant_id varchar(64) not null,
    revision integer not null,
    id uuid not null,
    product_id uuid,
    description varchar(500) not null,
    quantity decimal(19,4) not null,
    unit_price decimal(19,4) not null,
    currency varchar(3) not null,
    discount_kind varchar(8) not null,
    discount_value decimal(19,4) not null,
    tax_rate decimal(9,4) not null,
    constraint crm_quote_line_pk primary key (quote_id, line_no),
    constraint crm_quote_line_quote_fk foreign key (quote_id) references crm_quote (id) on delete cascade
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_quote_revision (
    quote_id uuid not null,
    line_no integer not null,
    revision integer not null,
    valid_until date not null,
    status varchar(16) not null,
    sent_at datetime(6),
    constraint crm_quote_revision_pk primary key (quote_id, line_no),
    constraint crm_quote_revision_quote_fk foreign key (quote_id) references crm_quote (id) on delete cascade
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_proposal (
    id uuid not null,
    tenant_id varchar(64) not null,
    opportunity_id uuid not null,
    title varchar(200) not null,
    status varchar(16) not null,
    owner_id varchar(128) not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    version bigint not null,
    constraint crm_proposal_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- A deal's proposals, oldest first.
create index crm_proposal_opportunity_ix on crm_proposal (tenant_id, opportunity_id, created_at);

create table crm_proposal_version (
    proposal_id uuid not null,
    line_no integer not null,
    version_number integer not null,
    document_uri varchar(1000) not null,
    file_name varchar(255) not null,
    note varchar(1000),
    author_id varchar(128) not null,
    added_at datetime(6) not null,
    constraint crm_proposal_version_pk primary key (proposal_id, line_no),
    constraint crm_proposal_version_proposal_fk foreign key (proposal_id) references crm_proposal (id) on delete cascade
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;

create table crm_contract (
    id uuid not null,
    tenant_id varchar(64) not null,
    opportunity_id uuid not null,
    quote_id uuid,
    title varchar(200) not null,
    value_amount decimal(19,4) not null,
    value_currency varchar(3) not null,
    start_date date not null,
    end_date date not null,
    auto_renew boolean not null,
    notice_days integer not null,
    -- end_date minus notice_days, stored so the renewal work list is one index range scan
    renewal_due_on date not null,
    status varchar(16) not null,
    renewal_of uuid,
    owner_id varchar(128) not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    version bigint not null,
    constraint crm_contract_pk primary key (id)
) engine=InnoDB default character set utf8mb4 collate utf8mb4_bin;
-- Contracts due for renewal, soonest first.
create index crm_contract_renewal_ix on crm_contract (tenant_id, status, renewal_due_on);
-- A deal's contracts.
create index crm_contract_opportunity_ix on crm_contract (tenant_id, opportunity_id, start_date);
