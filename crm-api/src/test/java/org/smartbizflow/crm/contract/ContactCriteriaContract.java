package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Field;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Segment criteria evaluated by the store select exactly the contacts the in-memory reference
 * ({@link ContactCriteria#matches}) selects, for every field, operator and grouping, and values
 * never change the query's shape.
 */
public abstract class ContactCriteriaContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;
    private final List<ContactView> stored = new ArrayList<>();
    private final AccountId engines = AccountId.of(LeadFixtures.nextId());

    @BeforeEach
    void fill() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
        stored.clear();
        String[] names = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov",
            "Donald Knuth", "Frances Allen", "Tony Hoare", "Margaret Hamilton", "Niklaus Wirth", "100% _Percent"};
        for (int i = 0; i < names.length; i++) {
            ContactProfile profile = ContactProfile.named(names[i])
                    .withJobTitle(i % 3 == 0 ? null : i % 3 == 1 ? "Engineer" : "Chief Scientist")
                    .withAccount(i % 2 == 0 ? engines : null)
                    .withPreferredLanguage(i % 4 == 0 ? Locale.UK : null)
                    .withTimeZone(i % 5 == 0 ? ZoneId.of("Europe/Berlin") : null)
                    .withTags(i % 2 == 0 ? new String[] {"vip", "t" + (i % 3)} : new String[] {"t" + (i % 3)})
                    .withCustomFields(custom(i));
            if (i % 4 != 3) {
                profile = profile.withEmails(EmailAddress.of("p" + i + "@crit.example"),
                        EmailAddress.of("p" + i + "@home" + (i % 2) + ".example"));
            }
            Contact contact = Contact.create(ContactFixtures.nextContactId(), tenant,
                    UserId.of(i % 3 == 0 ? "owner-a" : "owner-b"), profile, UserId.of("u"),
                    LeadFixtures.micros(LeadFixtures.BASE_TIME.plusSeconds(i * 3600L)));
            store.transactions().inTransaction(() -> store.contacts().insert(contact));
            stored.add(contact.view());
        }
        Contact erased = Contact.create(ContactFixtures.nextContactId(), tenant, UserId.of("owner-a"),
                ContactProfile.named("Erased Person").withTags("vip"), UserId.of("u"), LeadFixtures.BASE_TIME);
        erased.erase(UserId.of("u"), LeadFixtures.BASE_TIME);
        store.transactions().inTransaction(() -> store.contacts().insert(erased));
        stored.add(erased.view());
    }

    private static CustomFields custom(int i) {
        CustomFields fields = CustomFields.none()
                .with("seats", CustomValue.number(new BigDecimal(i * 5).add(new BigDecimal("0.5"))))
                .with("segment", CustomValue.text(i % 2 == 0 ? "Enterprise" : "SMB"));
        if (i % 3 == 0) {
            fields = fields.with("renewal", CustomValue.date(LocalDate.parse("2027-01-01").plusMonths(i)));
        }
        return fields;
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private List<ContactId> expected(ContactCriteria criteria) {
        return stored.stream().filter(criteria::matches).map(ContactView::id).toList();
    }

    private List<ContactId> actual(ContactCriteria criteria) {
        List<ContactId> ids = new ArrayList<>();
        PageRequest request = PageRequest.first(4);
        while (true) {
            PageRequest current = request;
            Page<ContactView> page = tx(() -> store.contacts().search(tenant, criteria, current));
            page.items().forEach(c -> ids.add(c.id()));
            if (!page.hasNext()) {
                return ids;
            }
            request = request.next(page.next());
        }
    }

    private void agrees(ContactCriteria criteria) {
        List<ContactId> expected = expected(criteria);
        assertThat(actual(criteria)).as(criteria.toString()).containsExactlyElementsOf(expected);
        assertThat(tx(() -> store.contacts().count(tenant, criteria))).as("count of " + criteria)
                .isEqualTo(expected.size());
    }

    @Test
    void everyFieldAndOperatorAgreesWithTheReference() {
        List<ContactCriteria> all = new ArrayList<>();
        for (Field field : List.of(Field.NAME, Field.JOB_TITLE, Field.OWNER, Field.LANGUAGE, Field.TIME_ZONE,
                Field.EMAIL, Field.TAG)) {
            String sample = switch (field) {
                case NAME -> "ada lovelace";
                case JOB_TITLE -> "ENGINEER";
                case OWNER -> "owner-a";
                case LANGUAGE -> "en-GB";
                case TIME_ZONE -> "Europe/Berlin";
                case EMAIL -> "p2@crit.example";
                default -> "vip";
            };
            for (Operator operator : List.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS,
                    Operator.STARTS_WITH)) {
                all.add(ContactCriteria.where(field, operator, sample));
                all.add(ContactCriteria.where(field, operator, sample.substring(0, 2)));
            }
            all.add(ContactCriteria.where(field, Operator.IS_SET, null));
            all.add(ContactCriteria.where(field, Operator.IS_NOT_SET, null));
        }
        all.add(ContactCriteria.where(Field.EMAIL, Operator.CONTAINS, "@home1"));
        all.add(ContactCriteria.where(Field.ACCOUNT, Operator.EQUALS, engines.toString()));
        all.add(ContactCriteria.where(Field.ACCOUNT, Operator.NOT_EQUALS, engines.toString()));
        all.add(ContactCriteria.where(Field.ACCOUNT, Operator.IS_NOT_SET, null));
        all.add(ContactCriteria.where(Field.CREATED_AT, Operator.GREATER_THAN,
                LeadFixtures.BASE_TIME.plusSeconds(4 * 3600L).toString()));
        all.add(ContactCriteria.where(Field.CREATED_AT, Operator.LESS_THAN,
                LeadFixtures.BASE_TIME.plusSeconds(4 * 3600L).toString()));
        all.add(ContactCriteria.custom("seats", Operator.GREATER_THAN, "20"));
        all.add(ContactCriteria.custom("seats", Operator.LESS_THAN, "20.5"));
        all.add(ContactCriteria.custom("seats", Operator.EQUALS, "10.5"));
        all.add(ContactCriteria.custom("segment", Operator.EQUALS, "enterprise"));
        all.add(ContactCriteria.custom("segment", Operator.NOT_EQUALS, "enterprise"));
        all.add(ContactCriteria.custom("renewal", Operator.GREATER_THAN, "2027-04-01"));
        all.add(ContactCriteria.custom("renewal", Operator.IS_NOT_SET, null));
        all.add(ContactCriteria.custom("segment", Operator.GREATER_THAN, "2027-04-01"));
        all.add(ContactCriteria.custom("renewal", Operator.LESS_THAN, "not a date"));
        for (ContactCriteria criteria : all) {
            agrees(criteria);
        }
    }

    @Test
    void groupsNestAndNegateAsTheReferenceDoes() {
        ContactCriteria vip = ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip");
        ContactCriteria engineer = ContactCriteria.where(Field.JOB_TITLE, Operator.EQUALS, "engineer");
        ContactCriteria bigSeats = ContactCriteria.custom("seats", Operator.GREATER_THAN, "25");
        ContactCriteria ownerA = ContactCriteria.where(Field.OWNER, Operator.EQUALS, "owner-a");

        agrees(ContactCriteria.all(vip, engineer));
        agrees(ContactCriteria.anyOf(vip, engineer));
        agrees(ContactCriteria.not(engineer));
        agrees(ContactCriteria.not(ContactCriteria.where(Field.EMAIL, Operator.CONTAINS, "home0")));
        agrees(ContactCriteria.anyOf(ContactCriteria.all(vip, ContactCriteria.not(ownerA)), bigSeats));
        agrees(ContactCriteria.not(ContactCriteria.anyOf(vip, ContactCriteria.all(engineer, bigSeats))));
        agrees(ContactCriteria.all());
        agrees(ContactCriteria.anyOf());
        agrees(ContactCriteria.not(ContactCriteria.anyOf()));
    }

    @Test
    void valuesAreDataNeverQueryText() {
        for (String hostile : List.of("x') or 1=1 --", "' or '1'='1", "%", "_", "100%", "!", "\\", "c.id",
                ") or (1 = 1")) {
            agrees(ContactCriteria.where(Field.NAME, Operator.CONTAINS, hostile));
            agrees(ContactCriteria.where(Field.NAME, Operator.EQUALS, hostile));
            agrees(ContactCriteria.where(Field.TAG, Operator.NOT_EQUALS, hostile));
            agrees(ContactCriteria.custom("segment", Operator.STARTS_WITH, hostile));
        }
        assertThat(expected(ContactCriteria.where(Field.NAME, Operator.CONTAINS, "100%"))).hasSize(1);
        assertThat(expected(ContactCriteria.where(Field.NAME, Operator.CONTAINS, "x') or 1=1 --"))).isEmpty();
    }

    @Test
    void erasedContactsNeverMatch() {
        assertThat(actual(ContactCriteria.where(Field.NAME, Operator.CONTAINS, "erased"))).isEmpty();
        assertThat(tx(() -> store.contacts().count(tenant, ContactCriteria.all()))).isEqualTo(stored.size() - 1);
        assertThat(Instant.parse("2026-01-01T00:00:00Z")).isBefore(LeadFixtures.BASE_TIME);
    }
}
