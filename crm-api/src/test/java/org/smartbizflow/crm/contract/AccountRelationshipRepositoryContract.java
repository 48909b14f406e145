package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.RelationshipType;
import org.smartbizflow.crm.account.port.out.AccountRelationshipRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.TenantId;

/** What every {@link AccountRelationshipRepository} must do, whatever the storage. */
public abstract class AccountRelationshipRepositoryContract {

    private static final LocalDate DAY = LocalDate.of(2027, 6, 1);

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private AccountRelationshipRepository links() {
        return store.accountRelationships();
    }

    private AccountId account(String name) {
        Account account = AccountFixtures.bareAccount(tenant, name);
        store.transactions().inTransaction(() -> store.accounts().insert(account));
        return account.id();
    }

    private AccountRelationship link(AccountId from, RelationshipType type, AccountId to, LocalDate start,
                                     LocalDate end) {
        AccountRelationship link = new AccountRelationship(LeadFixtures.nextId(), tenant, from, to, type,
                "preferred partner", start, end, Instant.parse("2027-01-02T03:04:05.123456Z"));
        store.transactions().inTransaction(() -> links().insert(link));
        return link;
    }

    @Test
    void storesFindsAndEndsRelationships() {
        AccountId a = account("A");
        AccountId b = account("B");
        AccountRelationship link = link(a, RelationshipType.RESELLER, b, LocalDate.of(2026, 1, 1), null);

        assertThat(tx(() -> links().find(tenant, link.id()))).contains(link);
        assertThat(tx(() -> links().find(LeadFixtures.freshTenant(), link.id()))).isEmpty();
        assertThat(tx(() -> links().of(tenant, b))).containsExactly(link);
        AccountRelationship ended = link.endingOn(DAY);
        store.transactions().inTransaction(() -> links().update(ended));
        assertThat(tx(() -> links().find(tenant, link.id()))).contains(ended);
    }

    @Test
    void graphWalksBothDirectionsToTheDepthOverActiveLinksOnly() {
        AccountId center = account("Center");
        AccountId partner = account("Partner");
        AccountId reseller = account("Reseller");
        AccountId far = account("Far");
        AccountId farther = account("Farther");
        AccountId former = account("Former");
        AccountId future = account("Future");
        link(center, RelationshipType.PARTNER, partner, null, null);
        link(reseller, RelationshipType.RESELLER, center, LocalDate.of(2020, 1, 1), null);
        link(partner, RelationshipType.COMPETITOR, far, null, null);
        link(far, RelationshipType.SUBSIDIARY, farther, null, null);
        link(center, RelationshipType.PARTNER, former, null, DAY.minusDays(1));
        link(future, RelationshipType.PARTNER, center, DAY.plusDays(1), null);
        AccountRelationship cross = link(reseller, RelationshipType.COMPETITOR, partner, null, null);

        RelationshipGraph two = tx(() -> links().graph(tenant, center, 2, DAY));

        assertThat(two.nodes()).extracting(RelationshipGraph.Node::id, RelationshipGraph.Node::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(center, 0),
                        org.assertj.core.groups.Tuple.tuple(partner, 1),
                        org.assertj.core.groups.Tuple.tuple(reseller, 1),
                        org.assertj.core.groups.Tuple.tuple(far, 2));
        assertThat(two.nodes().get(1).legalName()).isEqualTo("Partner");
        assertThat(two.links()).hasSize(4).contains(cross);
        assertThat(tx(() -> links().graph(tenant, center, 3, DAY)).nodes()).extracting(RelationshipGraph.Node::id)
                .contains(farther).doesNotContain(former, future);
        assertThat(tx(() -> links().graph(tenant, center, 1, DAY.plusDays(1))).nodes())
                .extracting(RelationshipGraph.Node::id).contains(future);
    }
}
