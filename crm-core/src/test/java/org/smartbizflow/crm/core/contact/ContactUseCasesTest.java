package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactChange;
import org.smartbizflow.crm.contact.ContactEvent;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DuplicateContactException;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.AssignContact;
import org.smartbizflow.crm.contact.port.in.ChangeReportsTo;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.ListContacts;
import org.smartbizflow.crm.contact.port.in.UpdateContact;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

class ContactUseCasesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final Actor rep = Actor.user("u-42", Role.SALES_REP);
    private final Actor otherRep = Actor.user("u-7", Role.SALES_REP);

    private Contacts contacts(Actor actor) {
        return crm.session(acme, actor).contacts();
    }

    private static ContactProfile ada() {
        return ContactProfile.named("Ada Lovelace")
                .withEmails(EmailAddress.of("ada@engines.example"), EmailAddress.of("ada@home.example"))
                .withPhones(PhoneNumber.parse("+44 20 7946 0000"))
                .withJobTitle("Analyst")
                .withAccount(AccountId.parse("01900000-0000-7000-8000-000000000001"))
                .withSocialHandles(List.of(SocialHandle.of("LinkedIn", "ada-lovelace")))
                .withPreferredLanguage(Locale.UK)
                .withTimeZone(ZoneId.of("Europe/London"))
                .withCustomFields(CustomFields.none().with("seats", CustomValue.number("12")))
                .withTags("vip");
    }

    @Test
    void createStoresTheContactForTheActingUserAuditsAndPublishes() {
        ContactId id = contacts(rep).create(CreateContact.of(ada()));

        ContactView contact = contacts(rep).get(id);
        assertThat(contact.profile()).isEqualTo(ada());
        assertThat(contact.ownerId()).isEqualTo(UserId.of("u-42"));
        assertThat(contact.createdAt()).isEqualTo(clock.instant());
        assertThat(contact.profile().socialHandles()).containsExactly(SocialHandle.of("linkedin", "ada-lovelace"));
        assertThat(published).extracting(e -> e.event().type()).containsExactly("ContactCreated");
        List<AuditEntry> history = store.auditLog().history(acme, "Contact", id.toString());
        assertThat(history).extracting(AuditEntry::field)
                .contains("name", "emails", "phones", "jobTitle", "accountId", "tags", "custom.seats", "owner");
    }

    @Test
    void findByEmailIsNormalisedAndASecondContactForTheSameMailboxIsRefused() {
        ContactId id = contacts(rep).create(CreateContact.of(ada()));

        assertThat(contacts(rep).findByEmail(EmailAddress.of(" ADA@home.example"))).map(ContactView::id).contains(id);
        assertThatThrownBy(() -> contacts(rep).create(CreateContact.of(
                ContactProfile.named("Someone").withEmails(EmailAddress.of("Ada@Engines.Example")))))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> assertThat(e.existing()).isEqualTo(id));
        assertThat(contacts(rep).count(ListContacts.firstPage(ContactFilter.any()))).isEqualTo(1);
    }

    @Test
    void updateChangesTheProfileChecksTheVersionAndAuditsEachField() {
        ContactId id = contacts(rep).create(CreateContact.of(ada()));

        ContactChange change = contacts(rep).update(new UpdateContact(id, ada().withJobTitle("Countess"), 0L));

        assertThat(change).isInstanceOfSatisfying(ContactChange.Applied.class,
                applied -> assertThat(applied.changes()).singleElement()
                        .satisfies(c -> assertThat(c.field()).isEqualTo("jobTitle")));
        assertThat(contacts(rep).get(id).profile().jobTitle()).isEqualTo("Countess");
        assertThat(contacts(rep).get(id).version()).isEqualTo(1);
        assertThatThrownBy(() -> contacts(rep).update(new UpdateContact(id, ada(), 0L)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(store.auditLog().history(acme, "Contact", id.toString())).last()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("Countess"));
    }

    @Test
    void anInvalidProfileNamesTheField() {
        assertThatThrownBy(() -> ada().withEmails(List.of(
                org.smartbizflow.crm.contact.ContactEmail.primary(EmailAddress.of("a@x.example")),
                org.smartbizflow.crm.contact.ContactEmail.primary(EmailAddress.of("b@x.example")))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("emails");
                            assertThat(v.problem()).contains("exactly one");
                        }));
        assertThatThrownBy(() -> contacts(rep).create(new CreateContact(null, null, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void reportingLinesRefuseLoopsAndListManagersNearestFirst() {
        Contacts c = contacts(rep);
        ContactId ceo = c.create(CreateContact.of(ContactProfile.named("CEO")));
        ContactId vp = c.create(CreateContact.of(ContactProfile.named("VP")).reportingTo(ceo));
        ContactId lead = c.create(CreateContact.of(ContactProfile.named("Lead")).reportingTo(vp));

        assertThat(c.managers(lead)).containsExactly(vp, ceo);
        assertThat(c.reportTo(new ChangeReportsTo(ceo, lead))).isInstanceOf(ContactChange.Refused.class);
        assertThat(c.reportTo(new ChangeReportsTo(vp, vp))).isInstanceOf(ContactChange.Refused.class);
        assertThat(c.get(ceo).reportsTo()).isNull();
        assertThat(c.reportTo(new ChangeReportsTo(lead, ceo))).isInstanceOf(ContactChange.Applied.class);
        assertThat(c.managers(lead)).containsExactly(ceo);
        assertThatThrownBy(() -> c.reportTo(new ChangeReportsTo(lead, ContactId.parse(
                "01900000-0000-7000-8000-00000000dead")))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheOwnerOrAManagerSeesAndChangesAContact() {
        ContactId id = contacts(rep).create(CreateContact.of(ada()));

        assertThatThrownBy(() -> contacts(otherRep).get(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(contacts(otherRep).list(ListContacts.firstPage(ContactFilter.any())).items()).isEmpty();
        assertThatThrownBy(() -> contacts(otherRep).assign(new AssignContact(id, UserId.of("u-7"))))
                .isInstanceOf(AccessDeniedException.class);

        contacts(rep).assign(new AssignContact(id, UserId.of("u-7")));
        assertThat(contacts(otherRep).get(id).ownerId()).isEqualTo(UserId.of("u-7"));
    }

    @Test
    void contactEventsRoundTripThroughTheOutbox() {
        ContactId id = contacts(rep).create(CreateContact.of(ada()));
        contacts(rep).update(new UpdateContact(id, ada().withTags("vip", "board"), null));
        contacts(rep).assign(new AssignContact(id, UserId.of("u-9")));

        assertThat(published).extracting(e -> e.event().type()).containsExactly(
                "ContactCreated", "ContactProfileChanged", "ContactAssigned");
        ContactEvent.ContactProfileChanged changed = (ContactEvent.ContactProfileChanged) published.get(1).event();
        assertThat(changed.contactId()).isEqualTo(id);
        assertThat(changed.changes()).singleElement().satisfies(c -> assertThat(c.newValue()).isEqualTo("board, vip"));
    }
}
