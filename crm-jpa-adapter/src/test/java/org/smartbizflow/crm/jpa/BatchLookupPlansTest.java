package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartbizflow.crm.jpa.JdbcProxies.invoke;
import static org.smartbizflow.crm.jpa.JdbcProxies.wrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contract.AccountFixtures;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The batch reads of a bulk re-score look their IN-lists of ids up by index on H2, which uses
 * an IN-list only on an index's first column: without that, each query tested every row of the
 * tenant against the list (a re-score of 20,000 leads with 60,000 activities ran at 600 leads/s
 * instead of 1,200 to 1,400), and an account import slowed down with every account stored. The
 * queries Hibernate runs are recorded and explained.
 */
class BatchLookupPlansTest {

    @Test
    void activitiesFiledUnderAndEnrolmentsOfManyRecordsAreLookedUpByTheirIdIndexes() throws SQLException {
        DataSource database = migratedH2();
        TenantId tenant = LeadFixtures.freshTenant();
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        List<String> prepared = statementsOf(database, store -> {
            store.activities().filedUnder(tenant, LinkedRecordType.LEAD, ids, null, 10);
            store.nurture().engagementsOfLeads(tenant, ids.stream().map(LeadId::of).toList());
        });

        assertThat(plan(database, only(prepared, "crm_activity_link"))).contains("CRM_ACTIVITY_LINK_RECORD_ID_IX");
        assertThat(plan(database, only(prepared, "crm_nurture_enrolment")))
                .contains("CRM_NURTURE_ENROLMENT_LEAD_ID_IX");
    }

    @Test
    void accountsNamedByAnImportChunkAreLookedUpByTheirDomainAndNameIndexes() throws SQLException {
        DataSource database = migratedH2();

        List<String> prepared = statementsOf(database, store -> store.accounts().findByDomainsOrNormalisedNames(
                LeadFixtures.freshTenant(), List.of(DomainName.of("a.example"), DomainName.of("b.example")),
                List.of("engines", "lira")));

        assertThat(plan(database, only(prepared, "crm_account_domain"))).contains("CRM_ACCOUNT_DOMAIN_NAME_IX");
        assertThat(plan(database, only(prepared, "normalised_name in")))
                .contains("CRM_ACCOUNT_NORMALISED_NAME_IX");
    }

    /**
     * A page of accounts, contacts, opportunities or leads in id order is read in order from the
     * (tenant_id, id) index. Ordered by the id alone, H2 sorted all of the tenant's rows after the
     * cursor for every page: an export of 100,000 accounts spent half its time doing that, and
     * most of the rest testing rows against the IN-list of the page's ids that loaded their child
     * rows, which now go by the page's id range.
     */
    @Test
    void pagesInIdOrderAreReadInOrderFromTheTenantIndex() throws SQLException {
        DataSource database = migratedH2();
        TenantId tenant = LeadFixtures.freshTenant();
        statementsOf(database, store -> {
            store.accounts().insert(AccountFixtures.account(tenant, "Engines"));
            store.accounts().insert(AccountFixtures.account(tenant, "Lira"));
        });

        List<String> prepared = statementsOf(database, store -> {
            Page<AccountView> first = store.accounts().search(tenant, AccountFilter.any(), PageRequest.first(1));
            assertThat(first.items()).hasSize(1);
            store.accounts().search(tenant, AccountFilter.any(),
                    PageRequest.first(1).next(first.nextCursor().orElseThrow()));
            store.contacts().search(tenant, ContactFilter.any(), PageRequest.first(50));
            store.opportunities().search(tenant, OpportunityFilter.any(), PageRequest.first(50));
            store.leads().search(tenant, LeadFilter.any(), LeadSort.byId(), PageRequest.first(50));
            store.leads().scoredOtherwise(tenant, "v1", null, null, 50);
        });

        List<String> accountReads = prepared.stream().filter(sql -> sql.contains("from crm_account ")).toList();
        assertThat(accountReads).as("the page and its child collections").hasSizeGreaterThan(5)
                .noneMatch(sql -> sql.contains(" in ("));
        for (String table : List.of("crm_account", "crm_contact", "crm_opportunity", "crm_lead")) {
            List<String> pages = prepared.stream().filter(sql -> sql.contains("from " + table + " ")
                    && sql.contains("order by")).toList();
            assertThat(pages).as("page queries of " + table).isNotEmpty();
            for (String page : pages) {
                assertThat(plan(database, page)).as(page).contains(table.toUpperCase(Locale.ROOT) + "_TENANT_ID_IX")
                        .contains("index sorted");
            }
        }
    }

    /** The SQL of every statement the work prepared, run in one transaction of a store of its own. */
    private static List<String> statementsOf(DataSource database, Consumer<JpaCrmPersistence> work) {
        List<String> prepared = new CopyOnWriteArrayList<>();
        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(recording(database, prepared), DatabaseVendor.H2)) {
            store.transactions().inTransaction(() -> work.accept(store));
        }
        return prepared;
    }

    private static DataSource migratedH2() {
        DataSource database = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(database, DatabaseVendor.H2);
        return database;
    }

    private static String only(List<String> statements, String table) {
        List<String> matching = statements.stream().filter(sql -> sql.contains(table) && sql.contains(" in ("))
                .toList();
        assertThat(matching).as("statements reading " + table).hasSize(1);
        return matching.get(0);
    }

    /** H2's plan for the statement, with every parameter bound to a text that also reads as a UUID. */
    private static String plan(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setString(i, UUID.randomUUID().toString());
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    /** A data source that records the SQL of every prepared statement. */
    private static DataSource recording(DataSource target, List<String> prepared) {
        return wrap(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection) {
                return wrap(Connection.class, connection, (p, m, a) -> {
                    if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql) {
                        prepared.add(sql);
                    }
                    return invoke(connection, m, a);
                });
            }
            return result;
        });
    }
}
