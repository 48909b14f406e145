package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.RelationshipType;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactAccountLinkType;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactLinkFilter;
import org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/** What every {@link ContactAccountLinkRepository} must do, whatever the storage. */
public abstract class ContactAccountLinkRepositoryContract {

    private static final LocalDate DAY = LocalDate.of(2027, 6, 1);
    private static final Instant CREATED = Instant.parse("2027-01-02T03:04:05.123456Z");

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

    private ContactAccountLinkRepository links() {
        return store.contactAccountLinks();
    }

    private AccountId account(String name) {
        Account account = AccountFixtures.bareAccount(tenant, name);
        tx(() -> {
            store.accounts().insert(account);
            return null;
        });
        return account.id();
    }

    private Contact contact(String name) {
        Contact contact = ContactFixtures.bareContact(tenant, name);
        tx(() -> {
            store.contacts().insert(contact);
            return null;
        });
        return contact;
    }

    private ContactAccountLink link(ContactId contact, ContactAccountLinkType type, AccountId account,
                                    LocalDate start, LocalDate end) {
        ContactAccountLink link = new ContactAccountLink(LeadFixtures.nextId(), tenant, contact, account, type,
                "Chief Financial Officer", start, end, false, CREATED);
        tx(() -> {
            links().insert(link);
            return null;
        });
        return link;
    }

    @Test
    void storesFindsChangesAndDeletesLinksWithinTheTenant() {
        AccountId acme = account("Acme");
        Contact ada = contact("Ada");
        ContactAccountLink link = link(ada.id(), ContactAccountLinkType.WORKS_AT, acme, LocalDate.of(2024, 1, 1),
                null);

        assertThat(tx(() -> links().find(tenant, link.id()))).contains(link);
        assertThat(tx(() -> links().find(LeadFixtures.freshTenant(), link.id()))).isEmpty();
        assertThat(tx(() -> links().ofContact(tenant, ada.id()))).containsExactly(link);

        ContactAccountLink ended = link.endingOn(DAY).withPrimary(true);
        tx(() -> {
            links().update(ended);
            return null;
        });
        assertThat(tx(() -> links().find(tenant, link.id()))).contains(ended);
        assertThatThrownBy(() -> tx(() -> {
            links().insert(link);
            return null;
        })).isInstanceOf(ValidationException.class);

        assertThat(tx(() -> links().delete(tenant, link.id()))).isTrue();
        assertThat(tx(() -> links().delete(tenant, link.id()))).isFalse();
        assertThat(tx(() -> links().find(tenant, link.id()))).isEmpty();
        assertThatThrownBy(() -> tx(() -> {
            links().update(ended);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAContactOrForgettingItRemovesItsLinks() {
        AccountId acme = account("Acme");
        AccountId board = account("Board");
        Contact ada = contact("Ada");
        Contact bob = contact("Bob");
        link(ada.id(), ContactAccountLinkType.WORKS_AT, acme, null, null);
        link(ada.id(), ContactAccountLinkType.BOARD_MEMBER, board, null, null);
        ContactAccountLink bobs = link(bob.id(), ContactAccountLinkType.WORKS_AT, acme, null, null);

        assertThat(tx(() -> links().deleteOfContact(tenant, ada.id()))).isEqualTo(2);
        assertThat(tx(() -> links().ofContact(tenant, ada.id()))).isEmpty();

        tx(() -> {
            store.contacts().delete(tenant, bob.id(), 0);
            return null;
        });
        assertThat(tx(() -> links().find(tenant, bobs.id()))).isEmpty();
        assertThat(tx(() -> links().ofAccount(tenant, acme, ContactLinkFilter.any(), PageRequest.first(10)).items()))
                .isEmpty();
    }

    @Test
    void listsAnAccountsLinksByTypeDayAndOwnerInKeysetPages() {
        AccountId acme = account("Acme");
        AccountId other = account("Other");
        List<ContactAccountLink> current = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            current.add(link(contact("Current " + i).id(), ContactAccountLinkType.WORKS_AT, acme,
                    LocalDate.of(2020, 1, 1), null));
        }
        ContactAccountLink past = link(contact("Past").id(), ContactAccountLinkType.WORKS_AT, acme, null,
                DAY.minusDays(1));
        ContactAccountLink former = link(contact("Former").id(), ContactAccountLinkType.FORMER, acme, null, null);
        ContactAccountLink board = link(contact("Board").id(), ContactAccountLinkType.BOARD_MEMBER, acme, DAY, DAY);
        link(contact("Elsewhere").id(), ContactAccountLinkType.WORKS_AT, other, null, null);

        List<ContactAccountLink> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        Page<ContactAccountLink> page;
        do {
            PageRequest wanted = request;
            page = tx(() -> links().ofAccount(tenant, acme, ContactLinkFilter.any(), wanted));
            assertThat(page.items().size()).isLessThanOrEqualTo(3);
            all.addAll(page.items());
            if (page.hasNext()) {
                request = request.next(page.next());
            }
        } while (page.hasNext());
        List<ContactAccountLink> expected = new ArrayList<>(current);
        expected.addAll(List.of(past, former, board));
        assertThat(all).containsExactlyElementsOf(expected);

        assertThat(tx(() -> links().ofAccount(tenant, acme,
                ContactLinkFilter.any().ofTypes(ContactAccountLinkType.WORKS_AT).currentOn(DAY),
                PageRequest.first(100)).items())).containsExactlyElementsOf(current);
        assertThat(tx(() -> links().ofAccount(tenant, acme,
                ContactLinkFilter.any().ofTypes(ContactAccountLinkType.FORMER, ContactAccountLinkType.BOARD_MEMBER),
                PageRequest.first(100)).items())).containsExactly(former, board);
        assertThat(tx(() -> links().ofAccount(tenant, acme, ContactLinkFilter.any().currentOn(DAY.plusDays(1)),
                PageRequest.first(100)).items())).containsExactlyElementsOf(
                        List.of(current.get(0), current.get(1), current.get(2), current.get(3), current.get(4),
                                former));
        // bare contacts belong to owner-2
        assertThat(tx(() -> links().ofAccount(tenant, acme,
                ContactLinkFilter.any().ownedBy(Set.of(UserId.of("someone-else"))), PageRequest.first(100))
                .items())).isEmpty();
        assertThat(tx(() -> links().ofAccount(tenant, acme,
                ContactLinkFilter.any().ownedBy(Set.of(UserId.of("owner-2"))), PageRequest.first(100))
                .items())).hasSize(8);
    }

    @Test
    void networkAddsThePeopleOfTheAccountsReachedOneHopBeyondThem() {
        AccountId center = account("Center");
        AccountId partner = account("Partner");
        AccountId far = account("Far");
        tx(() -> {
            store.accountRelationships().insert(new AccountRelationship(LeadFixtures.nextId(), tenant, center,
                    partner, RelationshipType.PARTNER, null, null, null, CREATED));
            store.accountRelationships().insert(new AccountRelationship(LeadFixtures.nextId(), tenant, partner, far,
                    RelationshipType.PARTNER, null, null, null, CREATED));
            return null;
        });
        Contact cfo = contact("Cfo");
        Contact both = contact("Both");
        Contact farPerson = contact("Far person");
        Contact gone = contact("Gone");
        ContactAccountLink cfoLink = link(cfo.id(), ContactAccountLinkType.WORKS_AT, center, null, null);
        ContactAccountLink bothCenter = link(both.id(), ContactAccountLinkType.BOARD_MEMBER, center, null, null);
        ContactAccountLink bothPartner = link(both.id(), ContactAccountLinkType.WORKS_AT, partner, null, null);
        link(farPerson.id(), ContactAccountLinkType.WORKS_AT, far, null, null);
        link(gone.id(), ContactAccountLinkType.WORKS_AT, center, null, DAY.minusDays(1));

        RelationshipGraph two = tx(() -> store.accountRelationships().graph(tenant, center, 2, DAY));
        AccountNetwork network = tx(() -> links().network(tenant, two, DAY));

        assertThat(network.accounts()).isEqualTo(two);
        assertThat(network.contacts()).extracting(AccountNetwork.ContactNode::id, AccountNetwork.ContactNode::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(cfo.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(both.id(), 1));
        assertThat(network.contacts().get(0).name()).isEqualTo("Cfo");
        assertThat(network.contacts().get(0).ownerId()).isEqualTo(UserId.of("owner-2"));
        assertThat(network.contactLinks()).containsExactlyInAnyOrder(cfoLink, bothCenter, bothPartner);

        RelationshipGraph three = tx(() -> store.accountRelationships().graph(tenant, center, 3, DAY));
        assertThat(tx(() -> links().network(tenant, three, DAY)).contacts())
                .extracting(AccountNetwork.ContactNode::id).contains(farPerson.id()).doesNotContain(gone.id());
        assertThat(tx(() -> links().network(tenant, three, DAY.minusDays(1))).contacts())
                .extracting(AccountNetwork.ContactNode::id).contains(gone.id());
    }
}
