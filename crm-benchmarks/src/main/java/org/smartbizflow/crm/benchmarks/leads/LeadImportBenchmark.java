package org.smartbizflow.crm.benchmarks.leads;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.benchmarks.support.BenchPostgres;
import org.smartbizflow.crm.benchmarks.support.Medians;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.out.IdGenerator;

/**
 * {@code lead-import}: a generated CSV imported into PostgreSQL through the library (CSV
 * parsing, validation, normalisation, JPA batched writes, one event and one audit entry per
 * chunk), against the same rows read with the same CSV parser and written with plain JDBC
 * batches (reWriteBatchedInserts=true) into the same table. Rows per second, medians of
 * repeats; run with {@code -Xmx256m} to check the memory bound.
 */
public final class LeadImportBenchmark {

    private static final int CHUNK = 5000;
    private static final int JDBC_BATCH = 1000;

    private LeadImportBenchmark() {
    }

    public static void run(List<String> args, PrintStream out) {
        int rows = args.isEmpty() ? 1_000_000 : Integer.parseInt(args.get(0));
        int repeats = args.size() > 1 ? Integer.parseInt(args.get(1)) : 3;
        out.printf("lead-import: %,d rows, %d repeats, max heap %d MiB%n", rows, repeats,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path csv = LeadData.writeCsv(rows);
        try (BenchPostgres pg = BenchPostgres.start(out)) {
            double[] ours = new double[repeats];
            double[] reference = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                // alternate which side goes first, so neither always meets a freshly emptied table
                if (r % 2 == 0) {
                    truncate(pg);
                    ours[r] = library(pg, csv, rows);
                    truncate(pg);
                    reference[r] = plainJdbc(pg, csv, rows);
                } else {
                    truncate(pg);
                    reference[r] = plainJdbc(pg, csv, rows);
                    truncate(pg);
                    ours[r] = library(pg, csv, rows);
                }
                out.printf("  run %d: library %.0f rows/s, plain JDBC %.0f rows/s%n", r + 1, ours[r], reference[r]);
            }
            out.println(Medians.resultLine("lead-import", Medians.of(ours), Medians.of(reference), "rows/s", true));
        } finally {
            try {
                Files.deleteIfExists(csv);
            } catch (IOException e) {
                // a temporary file; deleteOnExit is the fallback
            }
        }
    }

    private static void truncate(BenchPostgres pg) {
        pg.execute("truncate table crm_lead, crm_outbox_event, crm_audit_entry");
        pg.execute("checkpoint");
    }

    private static double library(BenchPostgres pg, Path csv, int rows) {
        try (HikariDataSource pool = pg.pooled();
             JpaCrmPersistence persistence = JpaCrmPersistence.bootstrap(pool, DatabaseVendor.POSTGRESQL,
                     Map.of("hibernate.jdbc.batch_size", String.valueOf(JDBC_BATCH)))) {
            Crm crm = Crm.builder().persistence(persistence).build();
            long start = System.nanoTime();
            ImportReport report = crm.session(TenantId.of("bench"), Actor.system()).leads()
                    .importCsv(csv, ImportOptions.defaults().duplicates(DuplicatePolicy.CREATE).chunkSize(CHUNK));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.stored() != rows || !report.isClean()) {
                throw new IllegalStateException("library stored " + report.stored() + " of " + rows + ": "
                        + report.rejected().stream().limit(3).toList());
            }
            return rows / seconds;
        }
    }

    private static double plainJdbc(BenchPostgres pg, Path csv, int rows) {
        IdGenerator ids = IdGenerator.timeOrdered(Clock.systemUTC());
        String sql = "insert into crm_lead (id, tenant_id, owner_id, name, company, email, phone, source, status, "
                + "version, created_at, updated_at, created_day, name_key, company_key) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        long start = System.nanoTime();
        long written = 0;
        try (Connection c = pg.dataSource().getConnection();
             Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CsvParser parser = new CsvMapper().getFactory().createParser(reader)) {
            c.setAutoCommit(false);
            parser.setSchema(CsvSchema.emptySchema());
            readRecord(parser); // header
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                List<String> cells;
                int inBatch = 0;
                while ((cells = readRecord(parser)) != null) {
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setObject(1, ids.next());
                    insert.setString(2, "bench");
                    insert.setString(3, cells.get(5));
                    insert.setString(4, cells.get(0));
                    insert.setString(5, emptyToNull(cells.get(1)));
                    insert.setString(6, emptyToNull(cells.get(2)));
                    insert.setString(7, emptyToNull(cells.get(3)));
                    insert.setString(8, cells.get(4));
                    insert.setString(9, "NEW");
                    insert.setLong(10, 0);
                    insert.setTimestamp(11, now);
                    insert.setTimestamp(12, now);
                    // the same derived columns the library stores: UTC creation day and lower-cased sort keys
                    insert.setObject(13, now.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
                    insert.setString(14, cells.get(0).toLowerCase(Locale.ROOT));
                    String company = emptyToNull(cells.get(1));
                    insert.setString(15, company == null ? null : company.toLowerCase(Locale.ROOT));
                    insert.addBatch();
                    written++;
                    if (++inBatch == JDBC_BATCH) {
                        insert.executeBatch();
                        inBatch = 0;
                    }
                    if (written % CHUNK == 0) {
                        c.commit();
                    }
                }
                if (inBatch > 0) {
                    insert.executeBatch();
                }
                c.commit();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from crm_lead")) {
                rs.next();
                if (rs.getLong(1) != rows) {
                    throw new IllegalStateException("plain JDBC stored " + rs.getLong(1) + " of " + rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written / ((System.nanoTime() - start) / 1e9);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> readRecord(CsvParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        List<String> cells = new ArrayList<>(6);
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            cells.add(parser.getText());
        }
        return cells;
    }
}
