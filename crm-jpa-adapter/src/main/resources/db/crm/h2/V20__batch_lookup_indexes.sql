-- SmartBizFlow CRM schema, version 20: batch look-ups by record id. A bulk re-score reads the
-- activities filed under, and the nurture enrolments of, a few hundred leads per query with an
-- IN-list of ids. H2 looks up an IN-list only on an index's first column, so these indexes
-- lead with the id; the queries check the tenant on the rows they return.
create index crm_activity_link_record_id_ix on crm_activity_link (record_id, record_type);
create index crm_nurture_enrolment_lead_id_ix on crm_nurture_enrolment (lead_id);
