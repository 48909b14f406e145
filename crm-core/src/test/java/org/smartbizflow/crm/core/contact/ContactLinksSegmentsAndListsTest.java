package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.RelationshipType;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.RelateAccounts;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactAccountLinkType;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Field;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;
import org.smartbizflow.crm.contact.ContactEvent;
import org.smartbizflow.crm.contact.ContactGroupEvent;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.ListMembershipReport;
import org.smartbizflow.crm.contact.ListMembershipReport.Outcome;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentCount;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.contact.port.in.AccountContacts;
import org.smartbizflow.crm.contact.port.in.ChangeContactAccountLink;
import org.smartbizflow.crm.contact.port.in.ChangeListMembers;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.LinkContactToAccount;
import org.smartbizflow.crm.contact.port.in.SaveSegment;
import org.smartbizflow.crm.contact.port.in.UpdateContact;
import org.smartbizflow.crm.contact.port.in.UpdateSegment;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.privacy.DataSubject;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Contact-account links, saved segments, static lists and contacts by segment, through the session. */
class ContactLinksSegmentsAndListsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final Actor rep = Actor.user("u-42", Role.SALES_REP);
    private final Actor otherRep = Actor.user("u-7", Role.SALES_REP);
    private final Actor manager = Actor.user("u-1", Role.SALES_MANAGER);

    private CrmSession session(Actor actor) {
        return crm.session(acme, actor);
    }

    private Contacts contacts(Actor actor) {
        return session(actor).contacts();
    }

    /** An account owned by the rep, so that the rep may read it and the other rep may not. */
    private AccountId account(String name) {
        return session(manager).accounts().create(new CreateAccount(AccountProfile.named(name), rep.userId()));
    }

    private ContactId contact(Actor owner, String name, String... tags) {
        return contacts(owner).create(CreateContact.of(ContactProfile.named(name).withTags(tags)));
    }

    private List<AuditEntry> history(String type, Object id) {
        return store.auditLog().history(acme, type, id.toString());
    }

    private List<String> eventTypes() {
        return published.stream().map(e -> e.event().type()).toList();
    }

    @Test
    void linksAContactToAnAccountWithHistoryAndEventsAndRefusesBadDates() {
        AccountId engines = account("Analytical Engines");
        ContactId ada = contact(rep, "Ada");

        UUID link = contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT, engines)
                .as("CFO").between(LocalDate.of(2024, 1, 1), null).asPrimary());

        assertThat(contacts(rep).accountLinks(ada)).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(link);
            assertThat(l.role()).isEqualTo("CFO");
            assertThat(l.primary()).isTrue();
        });
        assertThat(history("Contact", ada)).filteredOn(e -> e.field().equals("accountLink"))
                .singleElement().satisfies(e -> assertThat(e.newValue()).contains("WORKS_AT").contains("CFO"));
        assertThat(eventTypes()).contains(ContactEvent.ContactAccountLinkChanged.class.getSimpleName());

        assertThatThrownBy(() -> contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.BOARD_MEMBER,
                engines).between(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("endsOn");
        assertThatThrownBy(() -> contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT,
                AccountId.of(UUID.randomUUID())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts(otherRep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT,
                engines))).isInstanceOf(AccessDeniedException.class);
        assertThat(contacts(rep).accountLinks(ada)).hasSize(1);
    }

    @Test
    void endingChangingAndUnlinkingKeepOnePrimaryAndTheHistory() {
        AccountId old = account("Old employer");
        AccountId next = account("New employer");
        ContactId ada = contact(rep, "Ada");
        UUID first = contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT, old)
                .between(LocalDate.of(2020, 1, 1), null).asPrimary());

        ContactAccountLink ended = contacts(rep).endLink(first, LocalDate.of(2026, 10, 31));
        UUID second = contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT, next)
                .as("CTO").asPrimary());

        assertThat(ended.endsOn()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(contacts(rep).accountLinks(ada)).extracting(ContactAccountLink::id, ContactAccountLink::primary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, false),
                        org.assertj.core.groups.Tuple.tuple(second, true));
        assertThatThrownBy(() -> contacts(rep).endLink(first, LocalDate.of(2019, 12, 31)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("endsOn");

        ContactAccountLink board = contacts(rep).changeLink(ChangeContactAccountLink.of(
                contacts(rep).accountLinks(ada).get(1)).withType(ContactAccountLinkType.BOARD_MEMBER).as("Chair"));
        assertThat(board.type()).isEqualTo(ContactAccountLinkType.BOARD_MEMBER);
        assertThat(board.role()).isEqualTo("Chair");

        contacts(rep).unlink(second);
        assertThat(contacts(rep).accountLinks(ada)).extracting(ContactAccountLink::id).containsExactly(first);
        assertThatThrownBy(() -> contacts(rep).unlink(second)).isInstanceOf(NotFoundException.class);
        assertThat(history("Contact", ada)).filteredOn(e -> e.field().equals("accountLink")).hasSizeGreaterThan(4)
                .last().satisfies(e -> assertThat(e.newValue()).isNull());
    }

    @Test
    void listsTheVisiblePeopleOfAnAccountByTypeAndDay() {
        AccountId engines = account("Engines");
        ContactId ada = contact(rep, "Ada");
        ContactId bob = contact(rep, "Bob");
        ContactId eve = contact(otherRep, "Eve");
        contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT, engines));
        contacts(rep).link(LinkContactToAccount.of(bob, ContactAccountLinkType.WORKS_AT, engines)
                .between(null, DAY.minusDays(1)));
        contacts(manager).link(LinkContactToAccount.of(eve, ContactAccountLinkType.BOARD_MEMBER, engines));

        assertThat(contacts(manager).contactsOf(AccountContacts.of(engines)).items()).hasSize(3);
        assertThat(contacts(manager).contactsOf(AccountContacts.of(engines).currentOn(DAY)
                .ofTypes(ContactAccountLinkType.WORKS_AT)).items()).extracting(ContactAccountLink::contactId)
                .containsExactly(ada);
        assertThat(contacts(rep).contactsOf(AccountContacts.of(engines)).items())
                .extracting(ContactAccountLink::contactId).containsExactly(ada, bob);
        assertThatThrownBy(() -> contacts(otherRep).contactsOf(AccountContacts.of(engines)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNetworkAroundAnAccountHasItsPeopleAsNodes() {
        AccountId center = account("Center");
        AccountId partner = account("Partner");
        session(manager).accounts().relate(RelateAccounts.of(center, RelationshipType.PARTNER, partner));
        ContactId ada = contact(rep, "Ada");
        ContactId eve = contact(otherRep, "Eve");
        contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT, partner));
        contacts(manager).link(LinkContactToAccount.of(eve, ContactAccountLinkType.WORKS_AT, center));

        AccountNetwork all = contacts(manager).network(center, 2, DAY);
        assertThat(all.accounts().nodes()).hasSize(2);
        assertThat(all.contacts()).extracting(AccountNetwork.ContactNode::id, AccountNetwork.ContactNode::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(eve, 1),
                        org.assertj.core.groups.Tuple.tuple(ada, 2));
        assertThat(contacts(manager).network(center, 1, DAY).contacts()).extracting(AccountNetwork.ContactNode::id)
                .containsExactly(eve);
        AccountNetwork repsView = contacts(rep).network(center, 2, DAY);
        assertThat(repsView.contacts()).extracting(AccountNetwork.ContactNode::id).containsExactly(ada);
        assertThat(repsView.contactLinks()).extracting(ContactAccountLink::contactId).containsExactly(ada);
        assertThatThrownBy(() -> contacts(manager).network(center, 0, DAY)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("depth");
    }

    @Test
    void savedSegmentsAreEvaluatedInTheStoreAndFollowTheData() {
        ContactId ada = contact(rep, "Ada", "vip");
        contact(rep, "Bob");
        ContactId eve = contact(otherRep, "Eve", "vip");
        ContactCriteria vips = ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip");

        SegmentId segment = contacts(rep).saveSegment(new SaveSegment("VIPs", vips));

        assertThat(contacts(manager).segmentMembers(segment, PageRequest.first(10)).items())
                .extracting(ContactView::id).containsExactly(ada, eve);
        assertThat(contacts(rep).segmentMembers(segment, PageRequest.first(10)).items())
                .extracting(ContactView::id).containsExactly(ada);
        assertThat(contacts(rep).segmentSize(segment)).isEqualTo(1);

        ContactView bob = contacts(rep).list(org.smartbizflow.crm.contact.port.in.ListContacts.firstPage(
                org.smartbizflow.crm.contact.ContactFilter.any())).items()
                .stream().filter(c -> c.name().equals("Bob")).findFirst().orElseThrow();
        contacts(rep).update(new UpdateContact(bob.id(), bob.profile().withTags("vip"), bob.version()));
        assertThat(contacts(rep).segmentSize(segment)).isEqualTo(2);

        Segment renamed = contacts(rep).updateSegment(UpdateSegment.rename(segment, "Very important"));
        assertThat(renamed.name()).isEqualTo("Very important");
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> contacts(rep).updateSegment(new UpdateSegment(segment, "Again", null, 0L)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> contacts(otherRep).updateSegment(UpdateSegment.rename(segment, "Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(contacts(otherRep).segment(segment).name()).isEqualTo("Very important");
        assertThat(history("Segment", segment)).extracting(AuditEntry::field).contains("name", "criteria");
        assertThat(eventTypes()).contains("ContactGroupChanged");

        contacts(rep).deleteSegment(segment);
        assertThat(contacts(rep).segments()).isEmpty();
        assertThatThrownBy(() -> contacts(rep).segmentSize(segment)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSegmentThatCannotBeStoredIsRefusedAndNothingIsStored() {
        contacts(rep).saveSegment(new SaveSegment("Taken", ContactCriteria.all()));
        ContactCriteria deep = ContactCriteria.where(Field.TAG, Operator.EQUALS, "x");
        for (int i = 0; i < Segment.MAX_CRITERIA_DEPTH; i++) {
            deep = ContactCriteria.not(deep);
        }
        ContactCriteria tooDeep = deep;

        assertThatThrownBy(() -> contacts(rep).saveSegment(new SaveSegment("Deep", tooDeep)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("criteria");
        assertThatThrownBy(() -> contacts(rep).saveSegment(new SaveSegment(" taken ", ContactCriteria.all())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> contacts(rep).saveSegment(new SaveSegment(" ", ContactCriteria.all())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> contacts(rep).saveSegment(new SaveSegment("No criteria", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("criteria");
        assertThat(contacts(rep).segments()).extracting(Segment::name).containsExactly("Taken");
    }

    @Test
    void staticListsReportEveryContactAndLoseErasedOnes() {
        ContactId ada = contact(rep, "Ada");
        ContactId bob = contact(rep, "Bob");
        ContactId eve = contact(otherRep, "Eve");
        ContactId unknown = ContactId.of(UUID.randomUUID());
        ContactListId guests = contacts(rep).createList("Guests");

        ListMembershipReport added = contacts(rep).addToList(new ChangeListMembers(guests,
                List.of(ada, bob, ada, eve, unknown)));

        assertThat(added.items()).extracting(ListMembershipReport.Item::outcome).containsExactly(Outcome.ADDED,
                Outcome.ADDED, Outcome.ALREADY_MEMBER, Outcome.NOT_VISIBLE, Outcome.UNKNOWN_CONTACT);
        assertThat(added.changed()).isEqualTo(2);
        assertThat(contacts(rep).listSize(guests)).isEqualTo(2);
        assertThat(contacts(rep).listMembers(guests, PageRequest.first(1)).hasNext()).isTrue();
        assertThat(history("ContactList", guests)).filteredOn(e -> e.field().equals("member")).hasSize(2);
        assertThat(eventTypes()).contains("ListMembersChanged");
        assertThatThrownBy(() -> contacts(otherRep).addToList(ChangeListMembers.of(guests, eve)))
                .isInstanceOf(AccessDeniedException.class);

        ListMembershipReport removed = contacts(rep).removeFromList(ChangeListMembers.of(guests, bob, bob));
        assertThat(removed.items()).extracting(ListMembershipReport.Item::outcome)
                .containsExactly(Outcome.REMOVED, Outcome.NOT_A_MEMBER);

        session(manager).privacy().erase(DataSubject.contact(ada));
        assertThat(contacts(rep).listSize(guests)).isZero();
        assertThat(contacts(manager).addToList(ChangeListMembers.of(guests, ada)).items())
                .extracting(ListMembershipReport.Item::outcome).containsExactly(Outcome.ERASED);
        assertThatThrownBy(() -> contacts(rep).createList("GUESTS")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
        assertThat(contacts(rep).renameList(guests, "Guests 2026").name()).isEqualTo("Guests 2026");
        assertThat(contacts(otherRep).contactList(guests).name()).isEqualTo("Guests 2026");
        contacts(rep).deleteList(guests);
        assertThat(contacts(rep).lists()).isEmpty();
    }

    @Test
    void erasureRemovesTheContactsAccountLinks() {
        AccountId engines = account("Engines");
        ContactId ada = contact(rep, "Ada");
        contacts(rep).link(LinkContactToAccount.of(ada, ContactAccountLinkType.WORKS_AT, engines).as("CFO"));

        session(manager).privacy().erase(DataSubject.contact(ada));

        assertThat(contacts(manager).accountLinks(ada)).isEmpty();
        assertThat(contacts(manager).contactsOf(AccountContacts.of(engines)).items()).isEmpty();
    }

    @Test
    void contactsBySegmentCountsSavedSegmentsAndListsForTheCaller() {
        ContactId ada = contact(rep, "Ada", "vip");
        ContactId eve = contact(otherRep, "Eve", "vip");
        contact(rep, "Bob");
        contacts(rep).saveSegment(new SaveSegment("VIPs", ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip")));
        contacts(rep).saveSegment(new SaveSegment("Everyone", ContactCriteria.all()));
        ContactListId list = contacts(manager).createList("Hand-picked");
        contacts(manager).addToList(ChangeListMembers.of(list, ada, eve));

        assertThat(contacts(manager).contactsBySegment())
                .extracting(SegmentCount::kind, SegmentCount::name, SegmentCount::contacts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SegmentCount.Kind.SEGMENT, "Everyone", 3L),
                        org.assertj.core.groups.Tuple.tuple(SegmentCount.Kind.SEGMENT, "VIPs", 2L),
                        org.assertj.core.groups.Tuple.tuple(SegmentCount.Kind.LIST, "Hand-picked", 2L));
        assertThat(contacts(rep).contactsBySegment()).extracting(SegmentCount::contacts).containsExactly(2L, 1L, 1L);
        assertThat(eventTypes()).contains(ContactGroupEvent.ContactGroupChanged.class.getSimpleName(),
                ContactGroupEvent.ListMembersChanged.class.getSimpleName());
    }
}
