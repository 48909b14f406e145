package org.smartbizflow.crm.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.RecordConsent;
import org.smartbizflow.crm.contact.port.in.SendContactEmail;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.core.inmemory.InMemoryEmailGateway;
import org.smartbizflow.crm.integration.port.out.EmailMessage;
import org.smartbizflow.crm.jpa.CrmSchema;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.nurture.port.in.RunReport;
import org.smartbizflow.crm.lead.nurture.port.in.StepResult;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The e-mail and nurturing ports send nothing to a person without valid e-mail consent, with
 * the host's gateway handed to the builder as it is (the builder puts the gate in front): a
 * nurture step to such a lead is SKIPPED and recorded, never retried, and the host's gateway
 * sees only the message to the person who opted in. In memory and on H2.
 */
class ConsentGateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void inMemoryNothingGoesOutWithoutConsent() {
        prove(new InMemoryCrmPersistence());
    }

    @Test
    void onH2NothingGoesOutWithoutConsent() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:consent" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        CrmSchema.migrate(dataSource, DatabaseVendor.H2);
        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(dataSource, DatabaseVendor.H2)) {
            prove(store);
        }
    }

    private static void prove(CrmPersistence persistence) {
        InMemoryEmailGateway host = new InMemoryEmailGateway();
        Crm crm = Crm.builder().persistence(persistence).clock(Clock.fixed(NOW, ZoneOffset.UTC)).emailGateway(host)
                .build();
        CrmSession session = crm.session(TenantId.of("gate"), Actor.system());
        ContactId optedIn = contact(session, "Olive Optin", "olive@example.org");
        session.contacts().recordConsent(RecordConsent.optIn(optedIn, Channel.EMAIL, "web-form:newsletter"));
        ContactId neverAsked = contact(session, "Nick Neverasked", "nick@example.org");
        ContactId optedOut = contact(session, "Otto Optout", "otto@example.org");
        session.contacts().recordConsent(RecordConsent.optIn(optedOut, Channel.EMAIL, "fair"));
        session.contacts().recordConsent(RecordConsent.optOut(optedOut, Channel.EMAIL, "unsubscribe link"));

        NurtureSequenceId sequence = session.nurturing().defineSequence(DefineNurtureSequence.of("Hello",
                new NurtureStep.SendEmail("hello", "Hello {{name}}", "News")));
        EnrolmentId olive = enrol(session, sequence, "Olive Optin", "OLIVE@example.org");
        EnrolmentId nick = enrol(session, sequence, "Nick Neverasked", "nick@example.org");
        EnrolmentId otto = enrol(session, sequence, "Otto Optout", "otto@example.org");
        EnrolmentId stranger = enrol(session, sequence, "Sam Stranger", "sam@example.org");

        RunReport run = session.nurturing().runDue(NOW, 10);

        assertThat(run.results()).extracting(r -> r.step().enrolmentId(), StepResult::outcome)
                .containsExactlyInAnyOrder(tuple(olive, StepResult.Outcome.DONE),
                        tuple(nick, StepResult.Outcome.SKIPPED), tuple(otto, StepResult.Outcome.SKIPPED),
                        tuple(stranger, StepResult.Outcome.SKIPPED));
        assertThat(host.sent()).extracting(EmailMessage::to).containsExactly(EmailAddress.of("olive@example.org"));
        assertThat(session.nurturing().history(stranger)).singleElement().satisfies(skipped -> {
            assertThat(skipped.outcome()).isEqualTo(StepRun.Outcome.SKIPPED);
            assertThat(skipped.detail()).contains("NO_CONSENT");
        });
        assertThat(session.nurturing().history(otto)).singleElement()
                .satisfies(skipped -> assertThat(skipped.detail()).contains("OPTED_OUT"));
        assertThat(session.nurturing().runDue(NOW.plusSeconds(3600), 10).results()).as("nothing is retried").isEmpty();

        assertThat(session.contacts().sendEmail(new SendContactEmail(neverAsked, "Hi", "there")))
                .isEqualTo(new DeliveryOutcome.Blocked(ConsentDecision.Reason.NO_CONSENT));
        assertThat(session.contacts().sendEmail(new SendContactEmail(optedIn, "Hi", "there")))
                .isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(host.sent()).extracting(EmailMessage::to).containsExactly(EmailAddress.of("olive@example.org"),
                EmailAddress.of("olive@example.org"));
    }

    private static ContactId contact(CrmSession session, String name, String email) {
        return session.contacts().create(CreateContact.of(ContactProfile.named(name)
                .withEmails(EmailAddress.of(email))));
    }

    private static EnrolmentId enrol(CrmSession session, NurtureSequenceId sequence, String name, String email) {
        LeadId lead = session.leads().capture(new CaptureLead(name, null, EmailAddress.of(email), null,
                LeadSource.WEB_FORM));
        return ((EnrolResult.Enrolled) session.nurturing().enrol(new EnrolLead(lead, sequence))).enrolmentId();
    }
}
