package org.smartbizflow.crm.lead.nurture.port.out;

/**
 * Where nurture steps create follow-up tasks. The activities context implements it once it
 * exists; until then a host plugs in its own task list, or keeps the in-memory one. Called
 * inside the transaction that records the step's outcome, so a task store in the same
 * database creates the task exactly when the outcome is stored.
 */
public interface FollowUpTasks {

    void create(FollowUpTask task);
}
