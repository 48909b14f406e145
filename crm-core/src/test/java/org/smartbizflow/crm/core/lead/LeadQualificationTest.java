package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.lead.ReasonCode;
import org.smartbizflow.crm.lead.StatusChange;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.DisqualifyLead;
import org.smartbizflow.crm.lead.port.in.LeadBreakdown;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.QualifyLead;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

class LeadQualificationTest {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Leads leads = Crm.builder().persistence(store).build().session(TenantId.of("acme"), Actor.system()).leads();

    private LeadId capture(String name) {
        return leads.capture(new CaptureLead(name, null, null, null, LeadSource.EVENT));
    }

    @Test
    void qualifyingRecordsTheFindingsAndDisqualifyingTheReason() {
        LeadId ada = capture("Ada");
        LeadId bob = capture("Bob");
        Qualification bant = Qualification.bant(Money.of("50000.00", "EUR"), true, "Replace the spreadsheets",
                LocalDate.parse("2027-02-01"));

        assertThat(leads.qualify(new QualifyLead(ada, bant))).isInstanceOf(StatusChange.Changed.class);
        assertThat(leads.disqualify(new DisqualifyLead(bob, ReasonCode.of("competitor"), "Chose Globex")))
                .isInstanceOf(StatusChange.Changed.class);

        assertThat(leads.get(ada).qualification()).isEqualTo(bant);
        assertThat(leads.get(bob).status()).isEqualTo(LeadStatus.UNQUALIFIED);
        assertThat(leads.get(bob).qualification().disqualifiedFor()).isEqualTo(ReasonCode.of("COMPETITOR"));
        assertThat(store.auditLog().history(TenantId.of("acme"), "Lead", ada.toString()))
                .extracting(AuditEntry::field).contains("budget", "decisionMaker", "need", "decisionBy");
        LeadBreakdown reasons = leads.breakdown(LeadFilter.any(), LeadDimension.DISQUALIFY_REASON);
        assertThat(reasons.rows()).extracting(LeadBreakdown.Row::group).containsExactlyInAnyOrder("COMPETITOR",
                LeadDimension.NO_REASON);

        // requalifying clears the reason; a converted lead refuses and keeps its findings
        assertThat(leads.qualify(new QualifyLead(bob, Qualification.bant(null, null, "Came back", null))))
                .isInstanceOf(StatusChange.Changed.class);
        assertThat(leads.get(bob).qualification().disqualifiedFor()).isNull();
        leads.convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(ada));
        assertThat(leads.disqualify(new DisqualifyLead(ada, ReasonCode.of("NO_BUDGET"), null)))
                .isInstanceOf(StatusChange.Refused.class);
        assertThat(leads.get(ada).qualification()).isEqualTo(bant);
    }

    @Test
    void badReasonsAndTextNameTheirField() {
        assertThatThrownBy(() -> ReasonCode.of("1?")).isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> Qualification.bant(Money.of("-1.00", "EUR"), null, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("budget");
        LeadId id = capture("Carol");
        assertThatThrownBy(() -> leads.disqualify(new DisqualifyLead(id, ReasonCode.of("NOT_A_FIT"), "x".repeat(1001))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("note");
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.NEW);
    }
}
