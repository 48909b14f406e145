package org.smartbizflow.crm.core.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.ImportProgress;
import org.smartbizflow.crm.shared.port.in.RowRejection;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * What an import has done with its rows so far: every data row ends in exactly one of stored,
 * updated, skipped or rejected, and this is where each is counted. Used by the writing thread
 * only.
 */
public final class ImportTally {

    private long rowsRead;
    private long stored;
    private long updated;
    private final List<Long> skipped = new ArrayList<>();
    private final List<RowRejection> rejected = new ArrayList<>();

    /** What became of one row. */
    public enum RowKind { STORED, UPDATED, SKIPPED, REJECTED }

    /**
     * Counts one row that a committed transaction wrote, skipped or rejected.
     *
     * @param rejection why the row was rejected; ignored for the other kinds
     */
    public void count(long line, RowKind kind, Violation rejection) {
        switch (kind) {
            case STORED -> stored++;
            case UPDATED -> updated++;
            case SKIPPED -> skipped.add(line);
            case REJECTED -> rejected.add(new RowRejection(line, List.of(rejection)));
            default -> throw new IllegalStateException(kind.name());
        }
    }

    public void read(long rows) {
        rowsRead += rows;
    }

    public void stored(long rows) {
        stored += rows;
    }

    public void updated(long rows) {
        updated += rows;
    }

    public void skipped(long line) {
        skipped.add(line);
    }

    public void rejected(RowRejection rejection) {
        rejected.add(rejection);
    }

    public void rejected(List<RowRejection> rejections) {
        rejected.addAll(rejections);
    }

    /** Rejects the row starting on {@code line} for one reason. */
    public void rejected(long line, String field, String reason) {
        rejected.add(new RowRejection(line, List.of(new Violation(field, reason))));
    }

    /**
     * Writes a chunk in one transaction: {@code lookUp} prepares what the chunk's rows need
     * (once, inside the transaction), {@code apply} writes each row and says what it came to,
     * {@code afterRow} runs after each row (see {@link CrmPersistence#flushAndClear()}), and
     * {@code count} counts each outcome once the transaction has committed. When the transaction
     * fails, each row is written again in a transaction of its own, with a look-up of its own, so
     * a failing row is rejected alone and the others are kept.
     *
     * @param line the line a row starts on
     */
    public <C, S, O> void writeChunk(TransactionRunner transactions, List<C> chunk, ToLongFunction<C> line,
                                     Function<List<C>, S> lookUp, BiFunction<C, S, O> apply, Runnable afterRow,
                                     Consumer<O> count) {
        List<O> outcomes = new ArrayList<>(chunk.size());
        try {
            transactions.inTransaction(() -> {
                S state = lookUp.apply(chunk);
                for (C row : chunk) {
                    outcomes.add(apply.apply(row, state));
                    afterRow.run();
                }
            });
        } catch (RuntimeException chunkFailure) {
            for (C row : chunk) {
                List<O> alone = new ArrayList<>(1);
                if (writeAlone(transactions, line.applyAsLong(row),
                        () -> alone.add(apply.apply(row, lookUp.apply(List.of(row)))))) {
                    count.accept(alone.get(0));
                }
            }
            return;
        }
        outcomes.forEach(count);
    }

    /**
     * Writes one row in a transaction of its own, after the chunk it was part of failed:
     * a failure rejects this row only, with the violations of a validation failure or the
     * error's own words.
     *
     * @return whether the row was written (the caller counts it as stored or updated)
     */
    public boolean writeAlone(TransactionRunner transactions, long line, Runnable work) {
        try {
            transactions.inTransaction(work);
            return true;
        } catch (ValidationException e) {
            rejected.add(new RowRejection(line, e.violations()));
        } catch (RuntimeException e) {
            rejected.add(new RowRejection(line, List.of(new Violation("row",
                    "could not be stored: " + e.getClass().getSimpleName() + ": " + e.getMessage()))));
        }
        return false;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long stored() {
        return stored;
    }

    public long updated() {
        return updated;
    }

    /** The lines of skipped rows, in the order they were decided. */
    public List<Long> skipped() {
        return skipped;
    }

    /** The rejections in line order (rows are decided chunk by chunk, not strictly in order). */
    public List<RowRejection> rejectedByLine() {
        rejected.sort(Comparator.comparingLong(RowRejection::line));
        return rejected;
    }

    public ImportProgress progress() {
        return new ImportProgress(rowsRead, stored, updated, skipped.size(), rejected.size());
    }

    /** The counts in words, for an error that stops the import part-way. */
    public String soFar() {
        return rowsRead + " rows (" + stored + " stored, " + updated + " updated)";
    }
}
