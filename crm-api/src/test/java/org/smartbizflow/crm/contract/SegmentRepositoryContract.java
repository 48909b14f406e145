package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Field;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.contact.port.out.SegmentRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/** What every {@link SegmentRepository} must do, whatever the storage. */
public abstract class SegmentRepositoryContract {

    private static final Instant CREATED = Instant.parse("2027-01-02T03:04:05.123456Z");

    /** Every kind of node and every field, nested: what a store must give back whole. */
    static final ContactCriteria RICH = ContactCriteria.all(
            ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip"),
            ContactCriteria.anyOf(
                    ContactCriteria.where(Field.EMAIL, Operator.CONTAINS, "@engines.example"),
                    ContactCriteria.custom("seats", Operator.GREATER_THAN, "10"),
                    ContactCriteria.not(ContactCriteria.where(Field.JOB_TITLE, Operator.IS_SET, null)),
                    ContactCriteria.anyOf()),
            ContactCriteria.where(Field.CREATED_AT, Operator.GREATER_THAN, "2026-01-01T00:00:00Z"),
            ContactCriteria.not(ContactCriteria.all(
                    ContactCriteria.where(Field.ACCOUNT, Operator.EQUALS, "01900000-0000-7000-8000-000000000001"),
                    ContactCriteria.where(Field.NAME, Operator.STARTS_WITH, "100% \"quoted\" _x_"))));

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

    private SegmentRepository segments() {
        return store.segments();
    }

    private Segment segment(String name, ContactCriteria criteria) {
        Segment segment = Segment.create(SegmentId.of(LeadFixtures.nextId()), tenant, name, criteria,
                UserId.of("u-1"), CREATED);
        tx(() -> {
            segments().insert(segment);
            return null;
        });
        return segment;
    }

    @Test
    void storesNestedCriteriaAndGivesThemBackWhole() {
        Segment rich = segment("Rich", RICH);
        Segment empty = segment("Everyone", ContactCriteria.all());

        assertThat(tx(() -> segments().find(tenant, rich.id()))).contains(rich);
        assertThat(tx(() -> segments().find(tenant, empty.id()))).contains(empty);
        assertThat(tx(() -> segments().find(LeadFixtures.freshTenant(), rich.id()))).isEmpty();
        assertThat(tx(() -> segments().findByName(tenant, "  RICH "))).contains(rich);
        assertThat(tx(() -> segments().all(tenant))).containsExactly(empty, rich);
    }

    @Test
    void namesAreUniquePerTenantIgnoringCase() {
        segment("Trade show", ContactCriteria.all());

        assertThatThrownBy(() -> segment("TRADE SHOW", ContactCriteria.all()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name");
        TenantId other = LeadFixtures.freshTenant();
        Segment elsewhere = Segment.create(SegmentId.of(LeadFixtures.nextId()), other, "Trade show",
                ContactCriteria.all(), UserId.of("u-1"), CREATED);
        tx(() -> {
            segments().insert(elsewhere);
            return null;
        });
        assertThat(tx(() -> segments().all(tenant))).hasSize(1);
    }

    @Test
    void updatesNameAndCriteriaAtTheExpectedVersionOnly() {
        Segment segment = segment("Vips", ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip"));
        Segment taken = segment("Taken", ContactCriteria.all());
        Segment changed = segment.changed("Rich vips", RICH, CREATED.plusSeconds(60));

        tx(() -> {
            segments().update(changed);
            return null;
        });

        Segment stored = tx(() -> segments().find(tenant, segment.id())).orElseThrow();
        assertThat(stored).isEqualTo(changed.nextVersion());
        assertThat(stored.version()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> {
            segments().update(changed.changed("Again", ContactCriteria.all(), CREATED));
            return null;
        })).isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> tx(() -> {
            segments().update(stored.changed(taken.name(), RICH, CREATED));
            return null;
        })).isInstanceOf(ValidationException.class);
        assertThat(tx(() -> segments().find(tenant, segment.id()))).contains(stored);
        Segment unknown = Segment.create(SegmentId.of(LeadFixtures.nextId()), tenant, "Unknown",
                ContactCriteria.all(), UserId.of("u-1"), CREATED);
        assertThatThrownBy(() -> tx(() -> {
            segments().update(unknown);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletesASegmentWithItsCriteria() {
        Segment segment = segment("Gone soon", RICH);

        assertThat(tx(() -> segments().delete(tenant, segment.id()))).isTrue();
        assertThat(tx(() -> segments().delete(tenant, segment.id()))).isFalse();
        assertThat(tx(() -> segments().find(tenant, segment.id()))).isEmpty();
        segment("Gone soon", RICH);
        assertThat(tx(() -> segments().all(tenant))).extracting(Segment::name).containsExactly("Gone soon");
    }
}
