package org.smartbizflow.crm.benchmarks.leads;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.benchmarks.support.BenchPostgres;
import org.smartbizflow.crm.benchmarks.support.Medians;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.port.out.IdGenerator;

/**
 * {@code lead-search}: the first page (50 rows) of a three-filter lead search (status,
 * source, owner) over a table of SIZE leads on PostgreSQL with the shipped indexes, through
 * the library's public API. The reference is the budget of 50 ms per first page; the
 * plan of the equivalent SQL is printed.
 */
public final class LeadSearchBenchmark {

    private static final double BUDGET_MS = 50.0;
    private static final int QUERIES = 200;

    private LeadSearchBenchmark() {
    }

    public static void run(List<String> args, PrintStream out) {
        int rows = args.isEmpty() ? 1_000_000 : Integer.parseInt(args.get(0));
        out.printf("lead-search: %,d leads, first page of 50, %d queries per repeat%n", rows, QUERIES);
        try (BenchPostgres pg = BenchPostgres.start(out)) {
            load(pg, rows);
            pg.execute("analyze crm_lead");
            try (HikariDataSource pool = pg.pooled();
                 JpaCrmPersistence persistence = JpaCrmPersistence.bootstrap(pool, DatabaseVendor.POSTGRESQL)) {
                Leads leads = Crm.builder().persistence(persistence).build()
                        .session(TenantId.of("bench"), Actor.user("mgr", Role.SALES_MANAGER)).leads();
                // warm-up: connections, JIT, plan caches
                for (int i = 0; i < 100; i++) {
                    firstPage(leads, i);
                }
                double[] repeats = new double[5];
                int found = 0;
                for (int r = 0; r < repeats.length; r++) {
                    double[] millis = new double[QUERIES];
                    for (int q = 0; q < QUERIES; q++) {
                        long start = System.nanoTime();
                        found += firstPage(leads, q).items().size();
                        millis[q] = (System.nanoTime() - start) / 1e6;
                    }
                    repeats[r] = Medians.of(millis);
                    out.printf("  repeat %d: median %.2f ms per first page%n", r + 1, repeats[r]);
                }
                if (found == 0) {
                    throw new IllegalStateException("the searches found nothing; the benchmark data is wrong");
                }
                printPlan(pg, out);
                out.println(Medians.resultLine("lead-search", Medians.of(repeats), BUDGET_MS, "ms", false));
            }
        }
    }

    private static Page<LeadView> firstPage(Leads leads, int q) {
        LeadFilter filter = LeadFilter.any()
                .withStatuses(LeadData.STATUSES[q % LeadData.STATUSES.length])
                .withSources(LeadSource.values()[q % 4], LeadSource.values()[(q % 4) + 4])
                .withOwners(UserId.of("rep-" + (q * 7) % LeadData.OWNERS));
        return leads.list(new ListLeads(filter, PageRequest.first(50)));
    }

    private static void printPlan(BenchPostgres pg, PrintStream out) {
        String sql = "explain (analyze, buffers) select * from crm_lead where tenant_id = 'bench' "
                + "and status in ('WORKING') and source in ('WEB_FORM','EVENT') and owner_id in ('rep-7') "
                + "order by id limit 51";
        out.println("  plan of the equivalent SQL:");
        try (Connection c = pg.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.println("    " + rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the table with plain JDBC batches (setup, not measured). */
    private static void load(BenchPostgres pg, int rows) {
        IdGenerator ids = IdGenerator.timeOrdered(Clock.systemUTC());
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        String sql = "insert into crm_lead (id, tenant_id, owner_id, name, company, email, phone, source, status, "
                + "version, created_at, updated_at, created_day, name_key, company_key) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = pg.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                Timestamp created = Timestamp.from(base.plus(i, ChronoUnit.SECONDS));
                insert.setObject(1, ids.next());
                insert.setString(2, "bench");
                insert.setString(3, LeadData.owner(i));
                insert.setString(4, LeadData.name(i));
                insert.setString(5, LeadData.company(i));
                insert.setString(6, LeadData.email(i));
                insert.setString(7, LeadData.phone(i));
                insert.setString(8, LeadData.source(i).name());
                insert.setString(9, LeadData.status(i).name());
                insert.setLong(10, 0);
                insert.setTimestamp(11, created);
                insert.setTimestamp(12, created);
                insert.setObject(13, created.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
                insert.setString(14, LeadData.name(i).toLowerCase(Locale.ROOT));
                String company = LeadData.company(i);
                insert.setString(15, company == null ? null : company.toLowerCase(Locale.ROOT));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
                if (i % 50_000 == 49_999) {
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
