package org.smartbizflow.crm.benchmarks.opportunities;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.benchmarks.support.BenchPostgres;
import org.smartbizflow.crm.benchmarks.support.Medians;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.PipelineSummary;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.port.in.SummarizePipeline;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.CorporateCurrency;
import org.smartbizflow.crm.shared.port.out.DatedExchangeRates;
import org.smartbizflow.crm.shared.port.out.IdGenerator;

/**
 * {@code pipeline-summary}: the summary of a year's pipeline (by stage, forecast category and
 * owner; total and probability-weighted; converted from EUR, USD and GBP into EUR at dated
 * rates) over SIZE opportunities on PostgreSQL, through the library's public API, against a
 * hand-written JDBC GROUP BY over the same table computing the same figures, in the same run.
 * Every figure of the two is checked to be identical.
 */
public final class PipelineSummaryBenchmark {

    private static final int OWNERS = 200;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Currency EUR = Currency.getInstance("EUR");

    private PipelineSummaryBenchmark() {
    }

    public static void run(List<String> args, PrintStream out) {
        int rows = args.isEmpty() ? 1_000_000 : Integer.parseInt(args.get(0));
        out.printf("pipeline-summary: %,d opportunities, summary of a year by stage, category and owner%n", rows);
        DatedExchangeRates rates = rates();
        try (BenchPostgres pg = BenchPostgres.start(out);
             HikariDataSource pool = pg.pooled();
             JpaCrmPersistence persistence = JpaCrmPersistence.bootstrap(pool, DatabaseVendor.POSTGRESQL)) {
            Crm crm = Crm.builder().persistence(persistence)
                    .clock(Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                    .exchangeRates(rates).corporateCurrency(CorporateCurrency.fixed(EUR)).build();
            CrmSession session = crm.session(TenantId.of("bench"), Actor.user("mgr", Role.SALES_MANAGER));
            PipelineView pipeline = session.pipelines().defaultPipeline();
            long loadStart = System.nanoTime();
            load(pg, pipeline, rows);
            pg.execute("analyze crm_opportunity");
            out.printf("  loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
            SummarizePipeline query = new SummarizePipeline(pipeline.id(), YEAR, OpportunityFilter.any());

            PipelineSummary ours = session.opportunities().summary(query);
            Figures reference = reference(pg, pipeline, rates);
            check(ours, reference);
            out.printf("  total %s, weighted %s, %,d deals; identical to the reference%n", ours.total().total(),
                    ours.total().weighted(), ours.total().count());
            for (int i = 0; i < 2; i++) {
                session.opportunities().summary(query);
                reference(pg, pipeline, rates);
            }
            double[] oursMs = new double[5];
            double[] referenceMs = new double[5];
            for (int r = 0; r < oursMs.length; r++) {
                long start = System.nanoTime();
                PipelineSummary again = session.opportunities().summary(query);
                oursMs[r] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                Figures hand = reference(pg, pipeline, rates);
                referenceMs[r] = (System.nanoTime() - start) / 1e6;
                check(again, hand);
                out.printf("  repeat %d: library %.1f ms, hand-written SQL %.1f ms%n", r + 1, oursMs[r], referenceMs[r]);
            }
            double ourMedian = Medians.of(oursMs);
            double referenceMedian = Medians.of(referenceMs);
            out.println(String.format(java.util.Locale.ROOT, "pipeline-summary: %.1f ms; reference %.1f ms; ratio %.2f",
                    ourMedian, referenceMedian, referenceMedian / ourMedian));
        }
    }

    /** Monthly USD and GBP rates into EUR for the year before and the year of the data. */
    private static DatedExchangeRates rates() {
        DatedExchangeRates rates = new DatedExchangeRates();
        for (int m = 0; m < 24; m++) {
            LocalDate first = LocalDate.of(2025, 1, 1).plusMonths(m);
            rates.add("USD", "EUR", first, BigDecimal.valueOf(9000 + 37L * m, 4).toPlainString());
            rates.add("GBP", "EUR", first, BigDecimal.valueOf(115_000 + 211L * m, 5).toPlainString());
        }
        return rates;
    }

    /** The figures of the summary, as the hand-written reference computes them. */
    private record Figures(Map<String, Money[]> byStage, Map<String, Money[]> byCategory, Map<String, Money[]> byOwner,
                           Map<String, Long> counts, Money total, Money weighted) {
    }

    /**
     * Two plain GROUP BY statements (stage and category; owner) over the same rows. As the
     * library promises, amounts are summed exactly per figure, currency and rate date first, each
     * such sum is converted once at its dated rate and rounded half-even at the cent, and the
     * converted sums are added.
     */
    private static Figures reference(BenchPostgres pg, PipelineView pipeline, DatedExchangeRates rates) {
        Map<String, Map<RateKey, BigDecimal[]>> byStage = new HashMap<>();
        Map<String, Map<RateKey, BigDecimal[]>> byCategory = new HashMap<>();
        Map<String, Map<RateKey, BigDecimal[]>> byOwner = new HashMap<>();
        Map<String, Map<RateKey, BigDecimal[]>> total = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        String where = " from crm_opportunity where tenant_id = 'bench' and pipeline_id = ?"
                + " and expected_close_date >= ? and expected_close_date <= ?";
        try (Connection c = pg.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select stage_id, forecast_category, currency, closed_on,"
                    + " count(*), sum(amount), sum(amount * probability)" + where
                    + " group by stage_id, forecast_category, currency, closed_on")) {
                bind(s, pipeline);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        RateKey rateKey = new RateKey(rs.getString(3), rs.getDate(4));
                        BigDecimal[] sums = {rs.getBigDecimal(6), rs.getBigDecimal(7)};
                        String stage = rs.getString(1);
                        long n = rs.getLong(5);
                        addTo(byStage, stage, rateKey, sums);
                        addTo(byCategory, rs.getString(2), rateKey, sums);
                        addTo(total, "total", rateKey, sums);
                        counts.merge("stage:" + stage, n, Long::sum);
                        counts.merge("category:" + rs.getString(2), n, Long::sum);
                        counts.merge("total", n, Long::sum);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select owner_id, currency, closed_on, count(*), sum(amount),"
                    + " sum(amount * probability)" + where + " group by owner_id, currency, closed_on")) {
                bind(s, pipeline);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        addTo(byOwner, rs.getString(1), new RateKey(rs.getString(2), rs.getDate(3)),
                                new BigDecimal[] {rs.getBigDecimal(5), rs.getBigDecimal(6)});
                        counts.merge("owner:" + rs.getString(1), rs.getLong(4), Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Money[] all = money(total, rates).getOrDefault("total", new Money[] {Money.zero(EUR), Money.zero(EUR)});
        return new Figures(money(byStage, rates), money(byCategory, rates), money(byOwner, rates), counts,
                all[0], all[1]);
    }

    private static void bind(PreparedStatement s, PipelineView pipeline) throws SQLException {
        s.setObject(1, pipeline.id().value());
        s.setDate(2, Date.valueOf(YEAR.start()));
        s.setDate(3, Date.valueOf(YEAR.end()));
    }

    /** A currency and the close date whose rate converts it (null for open deals). */
    private record RateKey(String currency, Date closedOn) {
    }

    private static void addTo(Map<String, Map<RateKey, BigDecimal[]>> sums, String key, RateKey rateKey,
                              BigDecimal[] value) {
        if (value[0] == null) {
            return; // deals without an amount count, but add nothing
        }
        BigDecimal[] sum = sums.computeIfAbsent(key, k -> new HashMap<>())
                .computeIfAbsent(rateKey, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(value[0]);
        sum[1] = sum[1].add(value[1]);
    }

    /** Converts each exact per-currency-and-date sum once, rounding half-even at the cent, and adds them. */
    private static Map<String, Money[]> money(Map<String, Map<RateKey, BigDecimal[]>> sums, DatedExchangeRates rates) {
        Map<String, Money[]> result = new HashMap<>();
        sums.forEach((key, byRate) -> {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            for (Map.Entry<RateKey, BigDecimal[]> entry : byRate.entrySet()) {
                RateKey rateKey = entry.getKey();
                LocalDate on = rateKey.closedOn() == null ? TODAY : rateKey.closedOn().toLocalDate();
                BigDecimal rate = rates.rate(Currency.getInstance(rateKey.currency()), EUR, on).orElseThrow();
                total = total.add(entry.getValue()[0].multiply(rate).setScale(2, java.math.RoundingMode.HALF_EVEN));
                weighted = weighted.add(entry.getValue()[1].multiply(rate).movePointLeft(2)
                        .setScale(2, java.math.RoundingMode.HALF_EVEN));
            }
            result.put(key, new Money[] {Money.of(total, EUR), Money.of(weighted, EUR)});
        });
        return result;
    }

    /** Refuses to report a time for figures that differ from the reference's. */
    private static void check(PipelineSummary ours, Figures reference) {
        List<String> differences = new ArrayList<>();
        compare(differences, "stage", ours.byStage(), reference.byStage(), reference.counts());
        compare(differences, "category", ours.byCategory(), reference.byCategory(), reference.counts());
        compare(differences, "owner", ours.byOwner(), reference.byOwner(), reference.counts());
        if (!ours.total().total().equals(reference.total()) || !ours.total().weighted().equals(reference.weighted())
                || ours.total().count() != reference.counts().getOrDefault("total", 0L)) {
            differences.add("total " + ours.total() + " vs " + reference.total() + "/" + reference.weighted());
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("library and reference disagree: " + differences);
        }
    }

    private static void compare(List<String> differences, String kind, List<PipelineSummary.Row> rows,
                                Map<String, Money[]> reference, Map<String, Long> counts) {
        if (rows.size() != reference.size()) {
            differences.add(kind + ": " + rows.size() + " rows vs " + reference.size());
        }
        for (PipelineSummary.Row row : rows) {
            Money[] expected = reference.get(row.key());
            if (expected == null || !expected[0].equals(row.total()) || !expected[1].equals(row.weighted())
                    || counts.getOrDefault(kind + ":" + row.key(), -1L) != row.count()) {
                differences.add(kind + " " + row.key() + ": " + row.total() + "/" + row.weighted() + " vs "
                        + (expected == null ? "none" : expected[0] + "/" + expected[1]));
            }
        }
    }

    /** Loads the table with plain JDBC batches (setup, not measured). */
    private static void load(BenchPostgres pg, PipelineView pipeline, int rows) {
        IdGenerator ids = IdGenerator.timeOrdered(Clock.systemUTC());
        Instant created = Instant.parse("2025-10-01T00:00:00Z");
        List<Stage> stages = pipeline.stages();
        String sql = "insert into crm_opportunity (id, tenant_id, pipeline_id, stage_id, stage_type, name, owner_id,"
                + " team, territory, amount, currency, expected_close_date, probability, probability_source,"
                + " forecast_category, closed_on, version, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        String[] currencies = {"EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "USD", "USD", "GBP"};
        try (Connection c = pg.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                Stage stage = stages.get(Math.floorMod(i * 7 + i / 13, stages.size()));
                LocalDate close = LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(i * 31L, 365));
                boolean closed = stage.type().isClosed();
                insert.setObject(1, ids.next());
                insert.setString(2, "bench");
                insert.setObject(3, pipeline.id().value());
                insert.setObject(4, stage.id().value());
                insert.setString(5, stage.type().name());
                insert.setString(6, "Deal " + i);
                insert.setString(7, "rep-" + Math.floorMod(i * 17, OWNERS));
                insert.setString(8, "team-" + Math.floorMod(i, 10));
                insert.setString(9, "territory-" + Math.floorMod(i, 7));
                insert.setBigDecimal(10, BigDecimal.valueOf(100_000L + Math.floorMod(i * 7919L, 50_000_000L), 2));
                insert.setString(11, currencies[Math.floorMod(i * 3, currencies.length)]);
                insert.setDate(12, Date.valueOf(close));
                insert.setBigDecimal(13, stage.type() == org.smartbizflow.crm.opportunity.StageType.OPEN
                        && i % 5 == 0 ? BigDecimal.valueOf(Math.floorMod(i, 1000), 1) : stage.defaultProbability().value());
                insert.setString(14, i % 5 == 0 && !closed ? "OVERRIDE" : "STAGE");
                insert.setString(15, !closed && i % 11 == 0 ? "OMITTED" : stage.category().name());
                insert.setDate(16, closed ? Date.valueOf(close) : null);
                insert.setLong(17, 0);
                insert.setTimestamp(18, Timestamp.from(created));
                insert.setTimestamp(19, Timestamp.from(created));
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
