package org.smartbizflow.crm.core.inmemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * Transactions for the in-memory stores with the guarantees a database gives: a failing unit
 * of work leaves nothing behind (each write registers its undo), no reader sees uncommitted
 * writes (transactions hold a write lock, reads outside one take the read lock), nested calls
 * join the outer transaction, and after-commit actions run only after the outermost commit.
 * Transactions are serialised, which is the simplest correct isolation for an in-process store.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private static final class Tx {
        int depth;
        final Deque<Runnable> undo = new ArrayDeque<>();
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Tx tx = current.get();
        if (tx != null) {
            tx.depth++;
            try {
                return work.get();
            } finally {
                tx.depth--;
            }
        }
        tx = new Tx();
        tx.depth = 1;
        lock.writeLock().lock();
        current.set(tx);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollback(tx);
            throw e;
        } finally {
            current.remove();
            lock.writeLock().unlock();
        }
        for (Runnable action : tx.afterCommit) {
            action.run();
        }
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Tx tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            // the same action registered again runs once
            if (tx.afterCommit.stream().noneMatch(registered -> registered == action)) {
                tx.afterCommit.add(action);
            }
        }
    }

    /** Called by the stores after each write: how to take it back if the transaction fails. */
    void onRollback(Runnable undo) {
        Tx tx = current.get();
        if (tx != null) {
            tx.undo.push(undo);
        }
    }

    /** Runs a write: inside the caller's transaction, or in one of its own. */
    <T> T write(Supplier<T> work) {
        return inTransaction(work);
    }

    /** Runs a read that sees only committed data (or the caller's own transaction). */
    <T> T read(Supplier<T> work) {
        if (current.get() != null || lock.isWriteLockedByCurrentThread()) {
            return work.get();
        }
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static void rollback(Tx tx) {
        while (!tx.undo.isEmpty()) {
            tx.undo.pop().run();
        }
    }
}
