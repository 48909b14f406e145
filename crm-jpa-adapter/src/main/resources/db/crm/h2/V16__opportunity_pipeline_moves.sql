-- SmartBizFlow CRM schema, version 17: deals moving between pipelines.
-- A deal can move to another pipeline. Its history entry for the move is filed under the new
-- pipeline and remembers the pipeline it left, so the old pipeline's velocity still counts the
-- time spent in the stage left. Null on every entry that did not change the pipeline.
alter table crm_opportunity_history add column previous_pipeline_id uuid;
-- Moves out of a pipeline, for its transition matrix.
create index crm_opportunity_history_left_ix on crm_opportunity_history (tenant_id, previous_pipeline_id);
