-- SmartBizFlow CRM schema, version 15: assignment rules that match the lead's custom fields, and
-- user targets with a capacity limit (as round-robin team members have).
-- custom_conditions holds a rule's custom-field conditions as key:OPERATOR:TYPE:value items
-- (value URL-encoded, items comma-separated); null when the rule has none. A null capacity
-- means no limit.

alter table crm_assignment_rule add column target_capacity integer;
alter table crm_assignment_rule add column custom_conditions text;
alter table crm_assignment_rule_set add column fallback_capacity integer;
