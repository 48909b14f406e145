package org.smartbizflow.crm.core.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.ImportProgress;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * The read-ahead pipeline of every CSV import: a reader thread parses records and turns each
 * into a candidate or a rejection, one chunk ahead of the calling thread, which hands each
 * chunk's candidates to the writer (one transaction per chunk is the writer's business) and
 * reports progress after every chunk. At most two chunks wait in memory. Everything that
 * touches storage, access rules or the host's transactions stays on the calling thread.
 *
 * @param <C> a parsed row that still has to be written
 */
public final class ChunkedImport<C> {

    /** Turns one record into a candidate or a rejection; runs on the reader thread. */
    @FunctionalInterface
    public interface RowParser<C> {
        void parse(long line, List<String> cells, List<C> candidates, List<RowRejection> rejections);
    }

    /** Writes the candidates of one chunk and counts each in the tally; runs on the calling thread. */
    @FunctionalInterface
    public interface ChunkWriter<C> {
        void write(List<C> candidates);
    }

    /** What the reading stage hands the writing stage: up to one chunk of rows, in file order. */
    private record Batch<C>(List<C> candidates, List<RowRejection> rejections, long rows, boolean last,
                            RuntimeException failure) {
    }

    private final String threadName;
    private final int chunkSize;
    private final ImportTally tally;
    private final Consumer<ImportProgress> onProgress;

    /**
     * @param threadName name of the reader thread, for thread dumps
     * @param chunkSize  rows per chunk
     * @param tally      where rows are counted
     * @param onProgress called after every chunk
     */
    public ChunkedImport(String threadName, int chunkSize, ImportTally tally, Consumer<ImportProgress> onProgress) {
        this.threadName = threadName;
        this.chunkSize = chunkSize;
        this.tally = tally;
        this.onProgress = onProgress;
    }

    /**
     * Reads every remaining record (after the header) and writes it chunk by chunk. A malformed
     * record stops the reading and is rejected on the line where it was noticed.
     *
     * @throws IllegalStateException when the reading fails unexpectedly or the thread is interrupted
     */
    public void run(CsvRecords records, RowParser<C> parser, ChunkWriter<C> writer) {
        BlockingQueue<Batch<C>> queue = new ArrayBlockingQueue<>(1);
        Thread reader = new Thread(() -> read(records, parser, queue), threadName);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch<C> batch = queue.take();
                if (batch.failure() != null) {
                    throw new IllegalStateException("reading the CSV failed after " + tally.soFar() + ": "
                            + batch.failure().getMessage(), batch.failure());
                }
                tally.read(batch.rows());
                tally.rejected(batch.rejections());
                if (!batch.candidates().isEmpty()) {
                    writer.write(batch.candidates());
                }
                onProgress.accept(tally.progress());
                if (batch.last()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted after " + tally.soFar(), e);
        } finally {
            reader.interrupt();
        }
    }

    private void read(CsvRecords records, RowParser<C> parser, BlockingQueue<Batch<C>> queue) {
        try {
            boolean last = false;
            while (!last) {
                List<C> candidates = new ArrayList<>(chunkSize);
                List<RowRejection> rejections = new ArrayList<>();
                long rows = 0;
                while (rows < chunkSize) {
                    List<String> record;
                    try {
                        record = records.next();
                    } catch (IOException e) {
                        rows++;
                        rejections.add(new RowRejection(records.currentLine(), List.of(new Violation(
                                "file", "malformed CSV, reading stopped here: " + CsvRecords.describe(e)))));
                        last = true;
                        break;
                    }
                    if (record == null) {
                        last = true;
                        break;
                    }
                    rows++;
                    parser.parse(records.line(), record, candidates, rejections);
                }
                queue.put(new Batch<>(candidates, rejections, rows, last, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writing stage gave up; nothing left to hand over
        } catch (RuntimeException e) {
            queue.offer(new Batch<>(List.of(), List.of(), 0, true, e));
        }
    }
}
