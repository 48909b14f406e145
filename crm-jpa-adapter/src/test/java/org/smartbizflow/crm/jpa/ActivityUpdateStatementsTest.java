package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartbizflow.crm.contract.ActivityFixtures.T0;
import static org.smartbizflow.crm.contract.ActivityFixtures.activity;
import static org.smartbizflow.crm.contract.ActivityFixtures.meeting;
import static org.smartbizflow.crm.contract.ActivityFixtures.reminder;
import static org.smartbizflow.crm.contract.ActivityFixtures.with;
import static org.smartbizflow.crm.jpa.JdbcProxies.invoke;
import static org.smartbizflow.crm.jpa.JdbcProxies.wrap;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityEdit;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An activity loaded and updated in one transaction writes only the child rows that changed:
 * completing or cancelling a series occurrence must not cost statements per link and attendee.
 */
class ActivityUpdateStatementsTest {

    private static final UserId ADA = UserId.of("ada");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String LINK = "crm_activity_link";
    private static final String ATTENDEE = "crm_activity_attendee";
    private static final String REMINDER = "crm_activity_reminder";
    private static final String ACTIVITY = "crm_activity";

    private final List<String> executed = new ArrayList<>();
    private JpaCrmPersistence store;
    private TenantId tenant;
    private RecordLink account;
    private RecordLink opportunity;
    private ActivityView meeting;

    @BeforeEach
    void storeAMeetingWithLinksAttendeesAndAReminder() {
        DataSource database = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(database, DatabaseVendor.H2);
        store = JpaCrmPersistence.bootstrap(recording(database, executed), DatabaseVendor.H2);
        tenant = LeadFixtures.freshTenant();
        account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        opportunity = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(account, opportunity),
                List.of(Attendee.user(UserId.of("grace")), Attendee.external("Outsider",
                        EmailAddress.of("out@side.example"))), List.of(reminder(Duration.ofMinutes(10), T0)),
                ActivityVisibility.SHARED);
        store.transactions().inTransaction(() -> {
            store.activities().insert(activity(meeting));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void completingTouchesNoLinkAttendeeOrReminderRow() {
        List<String> statements = update(a -> a.complete("done", ADA, T0.plus(HOUR)));

        assertThat(count(statements, null, LINK)).as("link statements").isZero();
        assertThat(count(statements, null, ATTENDEE)).as("attendee statements").isZero();
        assertThat(count(statements, null, REMINDER)).as("reminder statements").isZero();
        assertThat(count(statements, "update", ACTIVITY)).as("activity row updates").isEqualTo(1);
        assertThat(stored().links()).containsExactlyInAnyOrder(account, opportunity);
        assertThat(stored().attendees()).isEqualTo(meeting.attendees());
    }

    @Test
    void cancellingEveryOccurrenceOfASeriesCostsNoChildStatements() {
        List<ActivityView> occurrences = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            occurrences.add(with(meeting(tenant, ADA, T0.plus(Duration.ofDays(7L * i)), HOUR),
                    Set.of(account, opportunity), meeting.attendees(), List.of(), ActivityVisibility.SHARED));
        }
        store.transactions().inTransaction(() -> {
            store.activities().insertAll(occurrences.stream().map(a -> activity(a)).toList());
            return null;
        });

        List<String> statements = store.transactions().inTransaction(() -> {
            List<Activity> loaded = occurrences.stream()
                    .map(o -> store.activities().find(tenant, o.id()).orElseThrow()).toList();
            executed.clear();
            for (Activity occurrence : loaded) {
                occurrence.cancel(ADA, T0);
                store.activities().update(occurrence);
            }
            return List.copyOf(executed);
        });

        assertThat(count(statements, null, LINK) + count(statements, null, ATTENDEE)).isZero();
        assertThat(count(statements, "update", ACTIVITY)).isEqualTo(20);
    }

    @Test
    void reschedulingMovesTheLinkRowsWithOneUpdate() {
        Instant moved = T0.plus(Duration.ofDays(3));
        List<String> statements = update(a -> a.reschedule(moved, moved.plus(HOUR), null, ADA, T0));

        assertThat(count(statements, "update", LINK)).as("link updates").isEqualTo(1);
        assertThat(count(statements, null, LINK)).as("link statements").isEqualTo(1);
        assertThat(count(statements, null, ATTENDEE)).as("attendee statements").isZero();
        assertThat(count(statements, "update", REMINDER)).as("re-armed reminder").isEqualTo(1);
        assertThat(store.transactions().inTransaction(() -> store.activities().search(tenant,
                ActivityFilter.any().about(account).during(moved, moved.plus(HOUR)), PageRequest.first(5))).items())
                .extracting(ActivityView::id).containsExactly(meeting.id());
        assertThat(store.transactions().inTransaction(() -> store.activities().search(tenant,
                ActivityFilter.any().about(opportunity).during(T0, T0.plus(HOUR)), PageRequest.first(5))).items())
                .isEmpty();
    }

    @Test
    void anAttendeeEditRewritesOnlyTheAttendees() {
        Attendee newcomer = Attendee.external("Newcomer", EmailAddress.of("new@side.example"));
        List<String> statements = update(a -> a.edit(ActivityEdit.none().invite(newcomer), ADA, T0));

        assertThat(count(statements, null, LINK)).as("link statements").isZero();
        assertThat(count(statements, "select", ATTENDEE)).as("attendee reads").isZero();
        assertThat(count(statements, "delete", ATTENDEE)).isEqualTo(2);
        assertThat(count(statements, "insert", ATTENDEE)).isEqualTo(3);
        assertThat(stored().attendees()).last().isEqualTo(newcomer);
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void aLinksOnlyEditWritesTheNewLinkAndAdvancesTheVersion() {
        RecordLink lead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        List<String> statements = update(a -> a.edit(ActivityEdit.none().unlink(account).link(lead), ADA, T0));

        assertThat(count(statements, null, ATTENDEE)).as("attendee statements").isZero();
        assertThat(count(statements, "select", LINK)).as("link reads").isZero();
        assertThat(count(statements, "delete", LINK)).isEqualTo(1);
        assertThat(count(statements, "insert", LINK)).isEqualTo(1);
        assertThat(stored().links()).containsExactlyInAnyOrder(opportunity, lead);
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void anActivityNotReadInTheTransactionIsComparedWithItsStoredRows() {
        Activity loaded = store.transactions().inTransaction(() ->
                store.activities().find(tenant, meeting.id()).orElseThrow());
        loaded.edit(ActivityEdit.none().uninvite(Attendee.user(UserId.of("grace"))), ADA, T0);
        List<String> statements = store.transactions().inTransaction(() -> {
            executed.clear();
            store.activities().update(loaded);
            return List.copyOf(executed);
        });

        assertThat(count(statements, "select", LINK)).isEqualTo(1);
        assertThat(count(statements, "select", ATTENDEE)).isEqualTo(1);
        assertThat(count(statements, null, LINK)).as("links unchanged").isEqualTo(1);
        assertThat(stored().attendees()).containsExactly(meeting.attendees().get(1));
    }

    private List<String> update(Consumer<Activity> change) {
        return store.transactions().inTransaction(() -> {
            Activity activity = store.activities().find(tenant, meeting.id()).orElseThrow();
            change.accept(activity);
            executed.clear();
            store.activities().update(activity);
            return List.copyOf(executed);
        });
    }

    private ActivityView stored() {
        return store.transactions().inTransaction(() -> store.activities().find(tenant, meeting.id()))
                .orElseThrow().view();
    }

    /** Statements of the verb (any when null) on exactly the table. */
    private static long count(List<String> statements, String verb, String table) {
        return statements.stream()
                .filter(sql -> verb == null || sql.startsWith(verb))
                .filter(sql -> table.equals(tableOf(sql)))
                .count();
    }

    /** The first crm table the statement names. */
    private static String tableOf(String sql) {
        int at = sql.indexOf("crm_activity");
        if (at < 0) {
            return "";
        }
        int end = at;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return sql.substring(at, end);
    }

    /** A data source that records the SQL of every statement run, once per row of a batch. */
    private static DataSource recording(DataSource target, List<String> executed) {
        return (DataSource) Proxy.newProxyInstance(ActivityUpdateStatementsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        return wrap(Connection.class, connection, (p, m, a) -> {
                            Object inner = invoke(connection, m, a);
                            if (inner instanceof PreparedStatement prepared && a != null && a[0] instanceof String sql) {
                                String normalised = sql.strip().toLowerCase(Locale.ROOT);
                                return wrap(PreparedStatement.class, prepared, (p2, m2, a2) -> {
                                    if (List.of("execute", "executeQuery", "executeUpdate", "addBatch")
                                            .contains(m2.getName()) && (a2 == null || a2.length == 0)) {
                                        executed.add(normalised);
                                    }
                                    return invoke(prepared, m2, a2);
                                });
                            }
                            return inner;
                        });
                    }
                    return result;
                });
    }
}
