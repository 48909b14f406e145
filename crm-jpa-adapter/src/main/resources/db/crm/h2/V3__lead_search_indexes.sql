-- SmartBizFlow CRM schema, version 3: indexes for searches by owner and status, and by phone.
-- Keyset pages of a search by owner and status read (tenant, owner, status) in id order from
-- this index and stop after one page, instead of walking all of the owner's leads.
create index crm_lead_tenant_owner_status_ix on crm_lead (tenant_id, owner_id, status, id);

-- Duplicate checks look leads up by phone.
create index crm_lead_tenant_phone_ix on crm_lead (tenant_id, phone);
