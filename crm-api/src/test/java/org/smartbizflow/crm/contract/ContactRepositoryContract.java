package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactChange;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DuplicateContactException;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * What every {@link ContactRepository} must do, whatever the storage. Subclass it per adapter;
 * every test works in tenants of its own, so one store may serve all tests.
 */
public abstract class ContactRepositoryContract {

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

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private ContactRepository contacts() {
        return store.contacts();
    }

    private Optional<Contact> find(TenantId tenantId, ContactId id) {
        return tx(() -> contacts().find(tenantId, id));
    }

    private void insert(Contact contact) {
        txRun(() -> contacts().insert(contact));
    }

    private ContactView update(ContactId id, java.util.function.Consumer<Contact> change) {
        txRun(() -> {
            Contact contact = contacts().find(tenant, id).orElseThrow();
            change.accept(contact);
            contacts().update(contact);
        });
        return find(tenant, id).orElseThrow().view();
    }

    @Test
    void storesAndLoadsEveryField() {
        Contact manager = ContactFixtures.bareContact(tenant, "Charles Babbage");
        insert(manager);
        Contact contact = ContactFixtures.contact(tenant, 1);
        contact.reportTo(manager.id(), List.of(), UserId.of("u-1"), LeadFixtures.BASE_TIME);
        insert(contact);

        ContactView loaded = find(tenant, contact.id()).orElseThrow().view();

        assertThat(loaded).isEqualTo(contact.view());
        assertThat(loaded.profile().emails()).containsExactlyElementsOf(contact.profile().emails());
        assertThat(loaded.profile().phones()).containsExactlyElementsOf(contact.profile().phones());
        assertThat(loaded.profile().customFields()).isEqualTo(contact.profile().customFields());
        assertThat(loaded.reportsTo()).isEqualTo(manager.id());
        assertThat(loaded.version()).isZero();
        assertThat(loaded.createdAt()).isEqualTo(LeadFixtures.BASE_TIME);
    }

    @Test
    void storesAndLoadsAContactWithOnlyAName() {
        Contact contact = ContactFixtures.bareContact(tenant, "Grace Hopper");
        insert(contact);

        ContactView loaded = find(tenant, contact.id()).orElseThrow().view();

        assertThat(loaded).isEqualTo(contact.view());
        assertThat(loaded.profile().emails()).isEmpty();
        assertThat(loaded.profile().accountId()).isNull();
        assertThat(loaded.profile().preferredLanguage()).isNull();
        assertThat(loaded.profile().timeZone()).isNull();
    }

    @Test
    void findsNothingForAnUnknownIdOrAnotherTenant() {
        Contact contact = ContactFixtures.contact(tenant, 2);
        insert(contact);

        assertThat(find(tenant, ContactFixtures.nextContactId())).isEmpty();
        assertThat(find(LeadFixtures.freshTenant(), contact.id())).isEmpty();
    }

    @Test
    void updateStoresTheNewStateAndAdvancesTheVersion() {
        Contact contact = ContactFixtures.contact(tenant, 3);
        insert(contact);
        ContactProfile edited = ContactFixtures.fullProfile(33).withJobTitle("Countess").withTags("board");

        ContactView first = update(contact.id(), c -> c.updateProfile(edited, UserId.of("u-2"),
                ContactFixtures.later(5)));
        ContactView second = update(contact.id(), c -> c.assignTo(UserId.of("owner-9"), UserId.of("u-2"),
                ContactFixtures.later(6)));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.profile()).isEqualTo(edited);
        assertThat(first.updatedAt()).isEqualTo(ContactFixtures.later(5));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.ownerId()).isEqualTo(UserId.of("owner-9"));
        assertThat(second.profile()).isEqualTo(edited);
    }

    @Test
    void aStaleUpdateIsAConflictAndWritesNothing() {
        Contact contact = ContactFixtures.contact(tenant, 4);
        insert(contact);
        Contact stale = find(tenant, contact.id()).orElseThrow();
        update(contact.id(), c -> c.updateProfile(c.profile().withJobTitle("First"), UserId.of("u-1"),
                ContactFixtures.later(1)));

        stale.updateProfile(stale.profile().withJobTitle("Second"), UserId.of("u-1"), ContactFixtures.later(2));
        assertThatThrownBy(() -> txRun(() -> contacts().update(stale)))
                .isInstanceOf(ConcurrencyConflictException.class);

        assertThat(find(tenant, contact.id()).orElseThrow().profile().jobTitle()).isEqualTo("First");
    }

    @Test
    void updatingAnUnknownContactIsNotFound() {
        Contact never = ContactFixtures.contact(tenant, 5);
        assertThatThrownBy(() -> txRun(() -> contacts().update(never))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findsByAnyOfItsAddressesNormalised() {
        Contact contact = ContactFixtures.contact(tenant, 6);
        insert(contact);

        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("ADA6@Engines.Example "))))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(contact.id()));
        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("ada6@home.example"))))
                .hasValueSatisfying(found -> assertThat(found).isEqualTo(contact.view()));
        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("nobody@engines.example")))).isEmpty();
        assertThat(tx(() -> contacts().findByEmail(LeadFixtures.freshTenant(), EmailAddress.of("ada6@home.example"))))
                .isEmpty();
    }

    @Test
    void findsManyContactsByAnyOfTheirAddressesInOneLookUp() {
        Contact ada = ContactFixtures.contact(tenant, 12);
        Contact grace = ContactFixtures.withEmail(tenant, "Grace", "grace12@navy.example");
        Contact other = ContactFixtures.withEmail(tenant, "Nobody Asked", "other12@x.example");
        insert(ada);
        insert(grace);
        insert(other);
        insert(ContactFixtures.withEmail(LeadFixtures.freshTenant(), "Grace", "grace12@navy.example"));

        // both of Ada's addresses, one of them not normalised: Ada comes back once
        List<ContactView> found = tx(() -> contacts().findByEmails(tenant, List.of(
                EmailAddress.of("ADA12@Engines.Example"), EmailAddress.of("ada12@home.example"),
                EmailAddress.of("grace12@navy.example"), EmailAddress.of("nobody@x.example"))));

        assertThat(found).extracting(ContactView::id).containsExactlyInAnyOrder(ada.id(), grace.id());
        assertThat(found).filteredOn(c -> c.id().equals(ada.id())).singleElement().isEqualTo(ada.view());
        assertThat(tx(() -> contacts().findByEmails(tenant, List.of()))).isEmpty();
        assertThat(tx(() -> contacts().findByEmails(LeadFixtures.freshTenant(),
                List.of(EmailAddress.of("ada12@home.example"))))).isEmpty();
    }

    @Test
    void findsManyContactsBeyondOneQuerySlice() {
        List<ContactId> stored = new ArrayList<>();
        List<EmailAddress> wanted = new ArrayList<>();
        txRun(() -> {
            for (int i = 0; i < 1_200; i++) {
                Contact contact = ContactFixtures.withEmail(tenant, "Bulk " + i, "bulk" + i + "@x.example");
                contacts().insert(contact);
                if (i % 2 == 0) {
                    stored.add(contact.id());
                    wanted.add(EmailAddress.of("bulk" + i + "@x.example"));
                }
            }
        });
        for (int i = 0; i < 300; i++) {
            wanted.add(EmailAddress.of("missing" + i + "@x.example"));
        }

        assertThat(tx(() -> contacts().findByEmails(tenant, wanted))).extracting(ContactView::id)
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void refusesASecondContactWithAnAddressAlreadyHeld() {
        Contact first = ContactFixtures.contact(tenant, 7);
        insert(first);
        Contact second = ContactFixtures.withEmail(tenant, "Impostor", "ada7@home.example");

        assertThatThrownBy(() -> insert(second))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.email()).isEqualTo(EmailAddress.of("ada7@home.example"));
                    assertThat(e.existing()).isEqualTo(first.id());
                });

        assertThat(find(tenant, second.id())).isEmpty();
        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("ada7@home.example"))))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(first.id()));
    }

    @Test
    void anUpdateMayNotTakeAnotherContactsAddressButMayKeepItsOwn() {
        Contact ada = ContactFixtures.withEmail(tenant, "Ada", "ada@x.example");
        Contact grace = ContactFixtures.withEmail(tenant, "Grace", "grace@x.example");
        insert(ada);
        insert(grace);

        assertThatThrownBy(() -> update(grace.id(), c -> c.updateProfile(
                c.profile().withEmails(EmailAddress.of("grace@x.example"), EmailAddress.of("ada@x.example")),
                UserId.of("u-1"), ContactFixtures.later(1))))
                .isInstanceOf(DuplicateContactException.class);
        assertThat(find(tenant, grace.id()).orElseThrow().profile().emails()).hasSize(1);

        // Ada gives the address up; then Grace may take it, and keeps her own.
        update(ada.id(), c -> c.updateProfile(c.profile().withEmails(EmailAddress.of("ada@y.example")),
                UserId.of("u-1"), ContactFixtures.later(2)));
        ContactView after = update(grace.id(), c -> c.updateProfile(
                c.profile().withEmails(EmailAddress.of("ada@x.example"), EmailAddress.of("grace@x.example")),
                UserId.of("u-1"), ContactFixtures.later(3)));
        assertThat(after.profile().emailAddresses())
                .containsExactly(EmailAddress.of("ada@x.example"), EmailAddress.of("grace@x.example"));
        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("ada@x.example"))).orElseThrow().id())
                .isEqualTo(grace.id());
    }

    @Test
    void swappingThePrimaryAddressKeepsBoth() {
        Contact contact = ContactFixtures.contact(tenant, 8);
        insert(contact);
        ContactProfile swapped = contact.profile().withEmails(EmailAddress.of("ada8@home.example"),
                EmailAddress.of("ada8@engines.example"));

        ContactView after = update(contact.id(), c -> c.updateProfile(swapped, UserId.of("u-1"),
                ContactFixtures.later(1)));

        assertThat(after.profile().primaryEmail()).contains(EmailAddress.of("ada8@home.example"));
        assertThat(after.profile().emails()).hasSize(2);
    }

    @Test
    void theSameAddressMayBelongToContactsOfDifferentTenants() {
        TenantId other = LeadFixtures.freshTenant();
        insert(ContactFixtures.withEmail(tenant, "Ada", "shared@x.example"));
        insert(ContactFixtures.withEmail(other, "Ada", "shared@x.example"));

        assertThat(tx(() -> contacts().findByEmail(other, EmailAddress.of("shared@x.example")))).isPresent();
    }

    @Test
    void aRolledBackInsertLeavesNeitherTheContactNorItsAddress() {
        Contact contact = ContactFixtures.withEmail(tenant, "Ada", "rollback@x.example");

        assertThatThrownBy(() -> txRun(() -> {
            contacts().insert(contact);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(find(tenant, contact.id())).isEmpty();
        insert(ContactFixtures.withEmail(tenant, "Ada again", "rollback@x.example"));
    }

    @Test
    void deleteRemovesTheContactAndFreesItsAddresses() {
        Contact contact = ContactFixtures.withEmail(tenant, "Ada", "gone@x.example");
        insert(contact);

        assertThatThrownBy(() -> txRun(() -> contacts().delete(tenant, contact.id(), 7)))
                .isInstanceOf(ConcurrencyConflictException.class);
        txRun(() -> contacts().delete(tenant, contact.id(), 0));

        assertThat(find(tenant, contact.id())).isEmpty();
        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("gone@x.example")))).isEmpty();
        insert(ContactFixtures.withEmail(tenant, "Ada again", "gone@x.example"));
    }

    @Test
    void searchPagesInIdOrderWithoutRepeatsAndFilters() {
        AccountId engines = AccountId.of(LeadFixtures.nextId());
        List<ContactId> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ContactProfile profile = ContactProfile.named((i % 2 == 0 ? "Even " : "Odd ") + i)
                    .withEmails(EmailAddress.of("c" + i + "@search.example"))
                    .withAccount(i % 3 == 0 ? engines : null)
                    .withTags(i % 5 == 0 ? new String[] {"vip"} : new String[] {"cold", "later"});
            Contact contact = Contact.create(ContactFixtures.nextContactId(), tenant,
                    UserId.of(i % 4 == 0 ? "owner-a" : "owner-b"), profile, UserId.of("u-1"), LeadFixtures.BASE_TIME);
            insert(contact);
            all.add(contact.id());
        }
        insert(ContactFixtures.contact(LeadFixtures.freshTenant(), 99));

        List<ContactId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(5);
        while (true) {
            PageRequest current = request;
            Page<ContactView> page = tx(() -> contacts().search(tenant, ContactFilter.any(), current));
            page.items().forEach(c -> seen.add(c.id()));
            if (!page.hasNext()) {
                break;
            }
            request = request.next(page.next());
        }
        assertThat(seen).containsExactlyElementsOf(all);
        assertThat(new HashSet<>(seen)).hasSize(23);

        assertThat(ids(ContactFilter.any().withOwners(UserId.of("owner-a")))).hasSize(6);
        assertThat(ids(ContactFilter.any().withAccounts(engines))).hasSize(8);
        assertThat(ids(ContactFilter.any().withTags("VIP"))).hasSize(5);
        assertThat(ids(ContactFilter.any().withTags("vip", "later"))).hasSize(23);
        assertThat(ids(ContactFilter.any().withText("even"))).hasSize(12);
        assertThat(ids(ContactFilter.any().withText("C1"))).hasSize(11);
        assertThat(ids(ContactFilter.any().withText("odd").withOwners(UserId.of("owner-b")).withTags("cold")))
                .allSatisfy(id -> assertThat(all).contains(id));
        assertThat(tx(() -> contacts().count(tenant, ContactFilter.any().withAccounts(engines)))).isEqualTo(8);
        assertThat(tx(() -> contacts().count(tenant, ContactFilter.any().withText("100% _x")))).isZero();
    }

    @Test
    void erasedContactsAreLeftOutUnlessAskedFor() {
        Contact kept = ContactFixtures.contact(tenant, 10);
        Contact erased = ContactFixtures.contact(tenant, 11);
        insert(kept);
        insert(erased);
        update(erased.id(), c -> {
            ContactChange change = c.erase(UserId.of("dpo"), ContactFixtures.later(9));
            assertThat(change).isInstanceOf(ContactChange.Applied.class);
        });

        assertThat(ids(ContactFilter.any())).containsExactly(kept.id());
        assertThat(ids(ContactFilter.any().includingErased())).containsExactly(kept.id(), erased.id());
        ContactView anonymous = find(tenant, erased.id()).orElseThrow().view();
        assertThat(anonymous.erasedAt()).isEqualTo(ContactFixtures.later(9));
        assertThat(anonymous.name()).isEqualTo(Contact.ERASED_NAME);
        assertThat(anonymous.profile().emails()).isEmpty();
        assertThat(anonymous.profile().accountId()).isEqualTo(erased.profile().accountId());
        assertThat(tx(() -> contacts().findByEmail(tenant, EmailAddress.of("ada11@engines.example")))).isEmpty();
    }

    private List<ContactId> ids(ContactFilter filter) {
        return tx(() -> contacts().search(tenant, filter, PageRequest.first(100))).items().stream()
                .map(ContactView::id).toList();
    }
}
