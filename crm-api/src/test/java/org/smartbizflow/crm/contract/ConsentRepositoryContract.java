package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConsentCount;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.contact.port.out.ConsentRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** What every {@link ConsentRepository} must do, whatever the storage. */
public abstract class ConsentRepositoryContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;
    private final UserId actor = UserId.of("u-1");

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private ConsentRepository consents() {
        return store.consents();
    }

    private ContactId newContact(String email) {
        Contact contact = ContactFixtures.withEmail(tenant, "Person " + email, email);
        txRun(() -> store.contacts().insert(contact));
        return contact.id();
    }

    private void save(CommunicationPreferences prefs) {
        txRun(() -> {
            consents().save(prefs);
            consents().append(prefs.pullRecords());
        });
    }

    private CommunicationPreferences load(ContactId id) {
        return tx(() -> consents().find(tenant, id)).orElseThrow();
    }

    @Test
    void storesPreferencesWithEveryChannelAndQuietHoursAndAdvancesTheVersion() {
        ContactId id = newContact("a@consent.example");
        Instant now = ContactFixtures.later(1);
        CommunicationPreferences prefs = CommunicationPreferences.none(tenant, id);
        prefs.record(Channel.EMAIL, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT, "call", LeadFixtures.nextId(), actor,
                now);
        prefs.requestConfirmation(Channel.SMS, LawfulBasis.CONSENT, "web-form", "ab".repeat(32),
                now.plus(Duration.ofDays(2)), LeadFixtures.nextId(), actor, now);
        prefs.quietHours(QuietHours.between("21:00", "08:00"));

        save(prefs);
        CommunicationPreferences loaded = load(id);

        assertThat(loaded.version()).isZero();
        assertThat(loaded.stored()).isTrue();
        assertThat(loaded.consents()).containsExactlyElementsOf(prefs.consents());
        assertThat(loaded.quietHours()).isEqualTo(QuietHours.between("21:00", "08:00"));

        loaded.record(Channel.SMS, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT, "reply STOP", LeadFixtures.nextId(),
                actor, now.plusSeconds(5));
        save(loaded);
        CommunicationPreferences again = load(id);
        assertThat(again.version()).isEqualTo(1);
        assertThat(again.status(Channel.SMS)).isEqualTo(ConsentStatus.OPTED_OUT);
        assertThat(again.consent(Channel.SMS).orElseThrow().tokenHash()).isNull();

        again.quietHours(null);
        save(again);
        assertThat(load(id).version()).isEqualTo(2);
        assertThat(load(id).quietHours()).isNull();
    }

    @Test
    void aStaleOrDoubleFirstSaveIsAConflict() {
        ContactId id = newContact("b@consent.example");
        CommunicationPreferences first = CommunicationPreferences.none(tenant, id);
        CommunicationPreferences second = CommunicationPreferences.none(tenant, id);
        first.record(Channel.EMAIL, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT, "a", LeadFixtures.nextId(), actor,
                ContactFixtures.later(1));
        second.record(Channel.EMAIL, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT, "b", LeadFixtures.nextId(), actor,
                ContactFixtures.later(1));
        save(first);

        assertThatThrownBy(() -> save(second)).isInstanceOf(ConcurrencyConflictException.class);

        CommunicationPreferences stale = load(id);
        CommunicationPreferences fresh = load(id);
        fresh.record(Channel.POST, ConsentStatus.OPTED_IN, LawfulBasis.CONTRACT, "contract", LeadFixtures.nextId(),
                actor, ContactFixtures.later(2));
        save(fresh);
        stale.record(Channel.PHONE, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT, "call", LeadFixtures.nextId(), actor,
                ContactFixtures.later(3));
        assertThatThrownBy(() -> save(stale)).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(load(id).status(Channel.PHONE)).isEqualTo(ConsentStatus.UNKNOWN);
        assertThat(load(id).status(Channel.EMAIL)).isEqualTo(ConsentStatus.OPTED_IN);
    }

    @Test
    void findsPreferencesByPendingTokenHashOnlyInTheirTenant() {
        ContactId id = newContact("c@consent.example");
        CommunicationPreferences prefs = CommunicationPreferences.none(tenant, id);
        String hash = "cd".repeat(32);
        prefs.requestConfirmation(Channel.EMAIL, LawfulBasis.CONSENT, "form", hash,
                ContactFixtures.later(100), LeadFixtures.nextId(), actor, ContactFixtures.later(1));
        save(prefs);

        assertThat(tx(() -> consents().findByTokenHash(tenant, hash))).map(CommunicationPreferences::contactId)
                .contains(id);
        assertThat(tx(() -> consents().findByTokenHash(LeadFixtures.freshTenant(), hash))).isEmpty();
        assertThat(tx(() -> consents().findByTokenHash(tenant, "ef".repeat(32)))).isEmpty();
    }

    @Test
    void keepsConsentRecordsInOrderAndAnonymisesTheirSources() {
        ContactId id = newContact("d@consent.example");
        CommunicationPreferences prefs = CommunicationPreferences.none(tenant, id);
        ConsentRecord in = prefs.record(Channel.EMAIL, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT,
                "form at 203.0.113.7", LeadFixtures.nextId(), actor, ContactFixtures.later(1));
        save(prefs);
        CommunicationPreferences loaded = load(id);
        ConsentRecord out = loaded.record(Channel.EMAIL, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT,
                "unsubscribe link", LeadFixtures.nextId(), actor, ContactFixtures.later(2));
        save(loaded);

        assertThat(tx(() -> consents().history(tenant, id))).containsExactly(in, out);
        assertThat(tx(() -> consents().history(LeadFixtures.freshTenant(), id))).isEmpty();

        int changed = tx(() -> consents().anonymise(tenant, id, "(erased)"));

        assertThat(changed).isEqualTo(2);
        List<ConsentRecord> history = tx(() -> consents().history(tenant, id));
        assertThat(history).extracting(ConsentRecord::source).containsOnly("(erased)");
        assertThat(history).extracting(ConsentRecord::status)
                .containsExactly(ConsentStatus.OPTED_IN, ConsentStatus.OPTED_OUT);
        assertThat(load(id).consent(Channel.EMAIL).orElseThrow().source()).isEqualTo("(erased)");
    }

    @Test
    void countsContactsPerChannelAndStatusLeavingOutErasedContacts() {
        ContactId a = newContact("e1@consent.example");
        ContactId b = newContact("e2@consent.example");
        ContactId c = newContact("e3@consent.example");
        for (ContactId id : List.of(a, b, c)) {
            CommunicationPreferences prefs = CommunicationPreferences.none(tenant, id);
            prefs.record(Channel.EMAIL, id.equals(c) ? ConsentStatus.OPTED_OUT : ConsentStatus.OPTED_IN,
                    LawfulBasis.CONSENT, "import", LeadFixtures.nextId(), actor, ContactFixtures.later(1));
            if (id.equals(a)) {
                prefs.record(Channel.SMS, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT, "import",
                        LeadFixtures.nextId(), actor, ContactFixtures.later(1));
            }
            save(prefs);
        }
        txRun(() -> {
            Contact erased = store.contacts().find(tenant, b).orElseThrow();
            erased.erase(actor, ContactFixtures.later(3));
            store.contacts().update(erased);
        });

        assertThat(tx(() -> consents().countByChannelAndStatus(tenant))).containsExactlyInAnyOrder(
                new ConsentCount(Channel.EMAIL, ConsentStatus.OPTED_IN, 1),
                new ConsentCount(Channel.EMAIL, ConsentStatus.OPTED_OUT, 1),
                new ConsentCount(Channel.SMS, ConsentStatus.OPTED_IN, 1));
        assertThat(tx(() -> consents().countByChannelAndStatus(LeadFixtures.freshTenant()))).isEmpty();
    }
}
