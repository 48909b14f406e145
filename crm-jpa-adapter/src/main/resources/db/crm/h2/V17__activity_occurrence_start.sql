-- SmartBizFlow CRM schema, version 18: where the series' rule put each occurrence (RFC 5545
-- RECURRENCE-ID), so an occurrence that was moved is exported as an override of its series.
-- Occurrences stored before this version are taken as never moved.
alter table crm_activity add column original_start timestamp(6) with time zone;
update crm_activity set original_start = start_at where series_id is not null;
