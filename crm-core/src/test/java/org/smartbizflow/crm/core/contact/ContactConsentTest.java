package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConfirmationResult;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.contact.port.in.ConsentCoverage;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.DoubleOptIn;
import org.smartbizflow.crm.contact.port.in.RecordConsent;
import org.smartbizflow.crm.contact.port.in.RequestDoubleOptIn;
import org.smartbizflow.crm.contact.port.in.SendContactEmail;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

class ContactConsentTest {

    /** A clock the test moves. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final org.smartbizflow.crm.core.inmemory.InMemoryEmailGateway gateway =
            new org.smartbizflow.crm.core.inmemory.InMemoryEmailGateway();
    private final List<EventEnvelope> published = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .emailGateway(gateway).build();
    private final Contacts contacts = crm.session(TenantId.of("acme"), Actor.system()).contacts();

    private ContactId ada() {
        return contacts.create(CreateContact.of(ContactProfile.named("Ada Lovelace")
                .withEmails(EmailAddress.of("ada@engines.example"))
                .withPhones(PhoneNumber.of("+442079460000"))
                .withTimeZone(ZoneId.of("Europe/London"))));
    }

    private DeliveryOutcome mail(ContactId id) {
        return contacts.sendEmail(new SendContactEmail(id, "Hello", "News from the engine room"));
    }

    @Test
    void noEmailIsSentWithoutValidConsent() {
        ContactId id = ada();

        assertThat(mail(id)).isEqualTo(new DeliveryOutcome.Blocked(ConsentDecision.Reason.NO_CONSENT));

        DoubleOptIn request = contacts.requestDoubleOptIn(new RequestDoubleOptIn(id, Channel.EMAIL,
                "web-form:newsletter", Duration.ofHours(48)));
        assertThat(mail(id)).isEqualTo(new DeliveryOutcome.Blocked(ConsentDecision.Reason.PENDING_CONFIRMATION));

        assertThat(contacts.confirmDoubleOptIn(request.token(), "confirmation-link"))
                .isInstanceOf(ConfirmationResult.Confirmed.class);
        assertThat(mail(id)).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(gateway.sent()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(EmailAddress.of("ada@engines.example"));
            assertThat(m.correlation()).containsEntry("contactId", id.toString());
        });

        contacts.recordConsent(RecordConsent.optOut(id, Channel.EMAIL, "unsubscribe-link"));
        assertThat(mail(id)).isEqualTo(new DeliveryOutcome.Blocked(ConsentDecision.Reason.OPTED_OUT));
        assertThat(gateway.sent()).hasSize(1);
    }

    @Test
    void everyEmailGatewayCallToAContactPassesTheConsentGate() {
        ContactId id = ada();
        org.smartbizflow.crm.integration.port.out.EmailGateway gated = new ConsentGatedEmailGateway(store, clock,
                gateway);
        org.smartbizflow.crm.integration.port.out.EmailMessage toAda = new org.smartbizflow.crm.integration.port.out
                .EmailMessage(java.util.UUID.randomUUID(), TenantId.of("acme"), EmailAddress.of("ada@engines.example"),
                "Hi", "body", java.util.Map.of());
        org.smartbizflow.crm.integration.port.out.EmailMessage toLead = new org.smartbizflow.crm.integration.port.out
                .EmailMessage(java.util.UUID.randomUUID(), TenantId.of("acme"), EmailAddress.of("lead@else.example"),
                "Hi", "body", java.util.Map.of());

        assertThatThrownBy(() -> gated.send(toAda)).isInstanceOfSatisfying(ConsentRequiredException.class,
                e -> assertThat(e.reason()).isEqualTo(ConsentDecision.Reason.NO_CONSENT));
        // An address no contact holds has no consent on file: refused, never passed through.
        assertThatThrownBy(() -> gated.send(toLead)).isInstanceOfSatisfying(ConsentRequiredException.class,
                e -> assertThat(e.reason()).isEqualTo(ConsentDecision.Reason.NO_CONSENT));
        assertThat(gateway.sent()).isEmpty();

        contacts.recordConsent(RecordConsent.optIn(id, Channel.EMAIL, "call with Ada"));
        gated.send(toAda);
        assertThat(gateway.sent()).containsExactly(toAda);

        contacts.recordConsent(RecordConsent.optOut(id, Channel.EMAIL, "unsubscribe"));
        assertThatThrownBy(() -> gated.send(toAda)).isInstanceOf(ConsentRequiredException.class);
        crm.session(TenantId.of("acme"), Actor.system()).privacy()
                .erase(org.smartbizflow.crm.privacy.DataSubject.contact(id));
        assertThat(gateway.sent()).hasSize(1);
    }

    @Test
    void anExpiredConfirmationChangesNothingAndATokenWorksOnce() {
        ContactId id = ada();
        DoubleOptIn request = contacts.requestDoubleOptIn(new RequestDoubleOptIn(id, Channel.EMAIL, "web-form",
                Duration.ofHours(1)));
        now.set(now.get().plus(Duration.ofHours(2)));

        assertThat(contacts.confirmDoubleOptIn(request.token(), "link")).isInstanceOf(ConfirmationResult.Expired.class);
        assertThat(contacts.mayContact(id, Channel.EMAIL))
                .isEqualTo(new ConsentDecision.Denied(ConsentDecision.Reason.PENDING_CONFIRMATION));
        assertThat(contacts.confirmDoubleOptIn("not-a-token", "link")).isInstanceOf(ConfirmationResult.Unknown.class);

        DoubleOptIn again = contacts.requestDoubleOptIn(new RequestDoubleOptIn(id, Channel.EMAIL, "web-form",
                Duration.ofHours(1)));
        assertThat(contacts.confirmDoubleOptIn(request.token(), "link")).isInstanceOf(ConfirmationResult.Unknown.class);
        assertThat(contacts.confirmDoubleOptIn(again.token(), "link")).isInstanceOf(ConfirmationResult.Confirmed.class);
        assertThat(contacts.confirmDoubleOptIn(again.token(), "link")).isInstanceOf(ConfirmationResult.Unknown.class);
        assertThat(again.toString()).doesNotContain(again.token());
    }

    @Test
    void everyChangeIsAConsentRecordWithBasisSourceAndTime() {
        ContactId id = ada();
        contacts.recordConsent(new RecordConsent(id, Channel.POST, ConsentStatus.OPTED_IN, LawfulBasis.CONTRACT,
                "signed contract 2026-11"));
        now.set(now.get().plusSeconds(60));
        contacts.recordConsent(RecordConsent.optOut(id, Channel.POST, "letter"));

        List<ConsentRecord> history = contacts.consentHistory(id);
        assertThat(history).extracting(ConsentRecord::status)
                .containsExactly(ConsentStatus.OPTED_IN, ConsentStatus.OPTED_OUT);
        assertThat(history.get(0).lawfulBasis()).isEqualTo(LawfulBasis.CONTRACT);
        assertThat(history.get(0).source()).isEqualTo("signed contract 2026-11");
        assertThat(history.get(1).recordedAt()).isEqualTo(Instant.parse("2026-11-24T10:01:00Z"));
        assertThat(published).extracting(e -> e.event().type()).contains("ContactConsentChanged");
        assertThatThrownBy(() -> contacts.recordConsent(new RecordConsent(id, Channel.POST, ConsentStatus.PENDING,
                LawfulBasis.CONSENT, "x"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void quietHoursHoldBackCallsAndTextsInTheContactsOwnTimeZoneButNotEmail() {
        ContactId id = ada();
        contacts.recordConsent(RecordConsent.optIn(id, Channel.SMS, "call"));
        contacts.recordConsent(RecordConsent.optIn(id, Channel.EMAIL, "call"));
        contacts.setQuietHours(id, QuietHours.between("21:00", "08:00"));

        now.set(Instant.parse("2026-07-01T20:30:00Z")); // 21:30 in London (summer time)
        assertThat(contacts.mayContact(id, Channel.SMS))
                .isEqualTo(new ConsentDecision.Denied(ConsentDecision.Reason.QUIET_HOURS));
        assertThat(contacts.mayContact(id, Channel.EMAIL).allowed()).isTrue();
        now.set(Instant.parse("2026-07-01T07:30:00Z")); // 08:30 in London
        assertThat(contacts.mayContact(id, Channel.SMS).allowed()).isTrue();
    }

    @Test
    void coverageCountsEveryContactPerChannelWithTheUnaskedAsUnknown() {
        ContactId a = ada();
        ContactId b = contacts.create(CreateContact.of(ContactProfile.named("Grace")));
        contacts.create(CreateContact.of(ContactProfile.named("Alan")));
        contacts.recordConsent(RecordConsent.optIn(a, Channel.EMAIL, "form"));
        contacts.recordConsent(RecordConsent.optOut(b, Channel.EMAIL, "form"));

        ConsentCoverage email = contacts.consentCoverage().stream().filter(c -> c.channel() == Channel.EMAIL)
                .findFirst().orElseThrow();
        assertThat(email.total()).isEqualTo(3);
        assertThat(email.byStatus()).containsEntry(ConsentStatus.OPTED_IN, 1L).containsEntry(ConsentStatus.OPTED_OUT, 1L)
                .containsEntry(ConsentStatus.UNKNOWN, 1L).containsEntry(ConsentStatus.PENDING, 0L);
        assertThat(email.optedInShare()).isEqualTo(1.0 / 3);
        assertThat(contacts.consentCoverage()).hasSize(4);
    }
}
