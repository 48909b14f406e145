package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Field;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.out.ContactListRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/** What every {@link ContactListRepository} must do, whatever the storage. */
public abstract class ContactListRepositoryContract {

    private static final Instant CREATED = Instant.parse("2027-01-02T03:04:05.123456Z");
    private static final ContactCriteria EVERYONE = ContactCriteria.all();

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

    private ContactListRepository lists() {
        return store.contactLists();
    }

    private ContactList list(String name) {
        ContactList list = new ContactList(ContactListId.of(LeadFixtures.nextId()), tenant, name, UserId.of("u-1"),
                CREATED);
        tx(() -> {
            lists().insert(list);
            return null;
        });
        return list;
    }

    private Contact contact(int n) {
        Contact contact = ContactFixtures.contact(tenant, n);
        tx(() -> {
            store.contacts().insert(contact);
            return null;
        });
        return contact;
    }

    private boolean add(ContactList list, ContactId contact) {
        return tx(() -> lists().addMember(tenant, list.id(), contact, CREATED));
    }

    @Test
    void storesRenamesAndDeletesListsWithUniqueNames() {
        ContactList guests = list("Guests");
        ContactList alpha = list("alpha");

        assertThat(tx(() -> lists().find(tenant, guests.id()))).contains(guests);
        assertThat(tx(() -> lists().find(LeadFixtures.freshTenant(), guests.id()))).isEmpty();
        assertThat(tx(() -> lists().findByName(tenant, "GUESTS"))).contains(guests);
        assertThat(tx(() -> lists().all(tenant))).containsExactly(alpha, guests);
        assertThatThrownBy(() -> list("guests")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> tx(() -> {
            lists().update(alpha.renamed("Guests"));
            return null;
        })).isInstanceOf(ValidationException.class);

        ContactList renamed = guests.renamed("Guests 2027");
        tx(() -> {
            lists().update(renamed);
            return null;
        });
        assertThat(tx(() -> lists().find(tenant, guests.id()))).contains(renamed);

        Contact ada = contact(1);
        add(renamed, ada.id());
        assertThat(tx(() -> lists().delete(tenant, renamed.id()))).isTrue();
        assertThat(tx(() -> lists().delete(tenant, renamed.id()))).isFalse();
        assertThat(tx(() -> lists().find(tenant, renamed.id()))).isEmpty();
        assertThatThrownBy(() -> tx(() -> lists().count(tenant, renamed.id(), EVERYONE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void addsAndRemovesMembersOnceEach() {
        ContactList guests = list("Guests");
        Contact ada = contact(1);

        assertThat(add(guests, ada.id())).isTrue();
        assertThat(add(guests, ada.id())).isFalse();
        assertThat(tx(() -> lists().count(tenant, guests.id(), EVERYONE))).isEqualTo(1);
        assertThat(tx(() -> lists().removeMember(tenant, guests.id(), ada.id()))).isTrue();
        assertThat(tx(() -> lists().removeMember(tenant, guests.id(), ada.id()))).isFalse();
        assertThat(tx(() -> lists().count(tenant, guests.id(), EVERYONE))).isZero();
    }

    @Test
    void pagesMembersInContactOrderRestrictedByCriteria() {
        ContactList guests = list("Guests");
        ContactList other = list("Other");
        List<ContactView> members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Contact contact = contact(10 + i);
            members.add(contact.view());
            add(guests, contact.id());
        }
        Contact outsider = contact(99);
        add(other, outsider.id());

        List<ContactView> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        Page<ContactView> page;
        do {
            PageRequest wanted = request;
            page = tx(() -> lists().members(tenant, guests.id(), EVERYONE, wanted));
            seen.addAll(page.items());
            if (page.hasNext()) {
                request = request.next(page.next());
            }
        } while (page.hasNext());
        assertThat(seen).containsExactlyElementsOf(members);

        ContactCriteria twelve = ContactCriteria.where(Field.NAME, Operator.EQUALS, "ada lovelace 12");
        assertThat(tx(() -> lists().members(tenant, guests.id(), twelve, PageRequest.first(10))).items())
                .containsExactly(members.get(2));
        assertThat(tx(() -> lists().count(tenant, guests.id(), twelve))).isEqualTo(1);
        assertThat(tx(() -> lists().count(tenant, other.id(), EVERYONE))).isEqualTo(1);
    }

    @Test
    void contactsLeaveEveryListWhenForgottenOrDeletedAndErasedOnesAreNeverMembers() {
        ContactList a = list("A");
        ContactList b = list("B");
        Contact ada = contact(1);
        Contact bob = contact(2);
        Contact cyd = contact(3);
        for (ContactList list : List.of(a, b)) {
            add(list, ada.id());
            add(list, bob.id());
            add(list, cyd.id());
        }

        assertThat(tx(() -> lists().removeFromAll(tenant, ada.id()))).isEqualTo(2);
        tx(() -> {
            store.contacts().delete(tenant, bob.id(), 0);
            return null;
        });
        Contact erased = Contact.restore(cyd.view());
        erased.erase(UserId.of("u-1"), CREATED);
        tx(() -> {
            store.contacts().update(erased);
            return null;
        });

        assertThat(tx(() -> lists().count(tenant, a.id(), EVERYONE))).isZero();
        assertThat(tx(() -> lists().members(tenant, b.id(), EVERYONE, PageRequest.first(10))).items()).isEmpty();
        assertThat(add(a, ada.id())).isTrue();
        assertThat(tx(() -> lists().members(tenant, a.id(), EVERYONE, PageRequest.first(10))).items())
                .extracting(ContactView::id).containsExactly(ada.id());
    }
}
