package org.smartbizflow.crm.core.inmemory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTask;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTasks;

/**
 * Follow-up tasks kept in memory: the default until the activities context stores them, and
 * a test kit for hosts. A task created in a transaction that rolls back is taken back.
 */
public final class InMemoryFollowUpTasks implements FollowUpTasks {

    private final List<FollowUpTask> tasks = new CopyOnWriteArrayList<>();
    private final InMemoryTransactionRunner transactions;

    /** Tasks that follow the transactions of this runner. */
    public InMemoryFollowUpTasks(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** Tasks outside any transaction. */
    public InMemoryFollowUpTasks() {
        this(null);
    }

    @Override
    public void create(FollowUpTask task) {
        tasks.add(task);
        if (transactions != null) {
            transactions.onRollback(() -> tasks.remove(task));
        }
    }

    /** The tasks created so far, in order. */
    public List<FollowUpTask> tasks() {
        return List.copyOf(tasks);
    }
}
