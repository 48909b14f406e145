package org.smartbizflow.crm.core.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Keyset paging holds for every sort whatever the data: many equal sort values, missing
 * companies and scores, and leads inserted between pages. A walk never repeats a lead, never
 * goes back in the sort order, and never misses a lead that was there when it started.
 */
class SortedPagingProperties {

    private static final TenantId TENANT = TenantId.of("t");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<LeadView> leads() {
        Arbitrary<String> name = Arbitraries.of("ada", "Ada", "bob", "ćeš", "Zed", "a b", "ab");
        Arbitrary<String> company = Arbitraries.of("Acme", "acme", "Beta", "").injectNull(0.3);
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 3).injectNull(0.3);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 4);
        return Combinators.combine(name, company, score, minutes, minutes)
                .as((n, c, s, created, updated) -> new LeadView(LeadId.of(UUID.randomUUID()), TENANT, UserId.of("o"), n,
                        c == null || c.isEmpty() ? null : c, null, null, LeadSource.MANUAL, LeadStatus.NEW, 0,
                        T0.plusSeconds(60L * created), T0.plusSeconds(60L * (created + updated)), null, null, null, null,
                        null, s, null, null, null));
    }

    @Property(tries = 150)
    void everySortWalksEveryInitialLeadOnceInOrder(@ForAll("batch") List<LeadView> initial,
                                                   @ForAll("batch") List<LeadView> insertedLater,
                                                   @ForAll LeadSort.Key key, @ForAll boolean ascending,
                                                   @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        LeadSort sort = new LeadSort(key, ascending);
        initial.forEach(v -> store.transactions().inTransaction(() -> store.leads().insert(Lead.restore(v))));
        List<LeadView> read = new ArrayList<>();
        List<LeadView> pending = new ArrayList<>(insertedLater);
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            PageRequest current = request;
            Page<LeadView> page = store.transactions().inTransaction(() -> store.leads().search(TENANT,
                    LeadFilter.any(), sort, current));
            read.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            if (!pending.isEmpty()) {
                LeadView next = pending.remove(0);
                store.transactions().inTransaction(() -> store.leads().insert(Lead.restore(next)));
            }
            request = request.next(page.next());
        }

        assertThat(read).extracting(LeadView::id).doesNotHaveDuplicates()
                .containsAll(initial.stream().map(LeadView::id).toList());
        for (int i = 1; i < read.size(); i++) {
            assertThat(sort.comparator().compare(read.get(i - 1), read.get(i))).as("order at " + i).isNegative();
        }
    }

    @Provide
    Arbitrary<List<LeadView>> batch() {
        return leads().list().ofMaxSize(25);
    }
}
