package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.port.in.BulkItemResult;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.BulkReport;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.LeadBreakdown;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

class LeadBulkAndAnalyticsTest {

    private final List<EventEnvelope> events = new ArrayList<>();
    private final Crm crm = Crm.builder().events(events::add).accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final Leads rep = crm.session(acme, Actor.user("rep-1", Role.SALES_REP)).leads();
    private final Leads otherRep = crm.session(acme, Actor.user("rep-2", Role.SALES_REP)).leads();
    private final Leads manager = crm.session(acme, Actor.user("boss", Role.SALES_MANAGER)).leads();

    private LeadId capture(Leads leads, String name, LeadSource source) {
        return leads.capture(new CaptureLead(name, null, null, null, source));
    }

    @Test
    void aBulkStatusChangeNeverConvertsItIsRefusedPerLead() {
        LeadId qualified = capture(rep, "Qualified", LeadSource.WEB_FORM);
        rep.changeStatus(ChangeLeadStatus.of(qualified, LeadStatus.QUALIFIED));
        LeadId fresh = capture(rep, "Fresh", LeadSource.WEB_FORM);

        BulkReport report = manager.apply(new BulkLeadCommand(LeadSelection.of(List.of(qualified, fresh)),
                BulkLeadAction.moveTo(LeadStatus.CONVERTED)));

        assertThat(report.items()).extracting(BulkItemResult::leadId, BulkItemResult::outcome).containsExactly(
                tuple(qualified, BulkOutcome.REFUSED), tuple(fresh, BulkOutcome.REFUSED));
        assertThat(report.items().get(0).reason()).contains("converted only by converting it");
        assertThat(rep.get(qualified).status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(rep.get(qualified).conversion()).isNull();
    }

    @Test
    void everySelectedLeadGetsItsOwnResult() {
        LeadId mine = capture(rep, "Mine", LeadSource.WEB_FORM);
        LeadId alreadyHers = capture(rep, "Already hers", LeadSource.WEB_FORM);
        LeadId theirs = capture(otherRep, "Theirs", LeadSource.WEB_FORM);
        LeadId converted = capture(rep, "Converted", LeadSource.WEB_FORM);
        rep.changeStatus(ChangeLeadStatus.of(converted, LeadStatus.QUALIFIED));
        rep.convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(converted));
        manager.apply(new BulkLeadCommand(LeadSelection.of(List.of(alreadyHers)), BulkLeadAction.assignTo(UserId.of("rep-3"))));
        LeadId unknown = LeadId.parse("01a20bb5-ca90-753d-8a11-8c1ed2a1c281");

        BulkReport report = manager.apply(new BulkLeadCommand(
                LeadSelection.of(List.of(mine, alreadyHers, converted, unknown)), BulkLeadAction.assignTo(UserId.of("rep-3"))));
        BulkReport denied = rep.apply(new BulkLeadCommand(LeadSelection.of(List.of(theirs)), BulkLeadAction.delete()));

        assertThat(report.items()).extracting(BulkItemResult::leadId, BulkItemResult::outcome).containsExactly(
                tuple(mine, BulkOutcome.APPLIED), tuple(alreadyHers, BulkOutcome.UNCHANGED),
                tuple(converted, BulkOutcome.REFUSED), tuple(unknown, BulkOutcome.NOT_FOUND));
        assertThat(manager.get(mine).ownerId()).isEqualTo(UserId.of("rep-3"));
        assertThat(denied.items()).singleElement().extracting(BulkItemResult::outcome).isEqualTo(BulkOutcome.ACCESS_DENIED);
        assertThat(manager.get(theirs).name()).isEqualTo("Theirs");
        assertThat(events).extracting(e -> e.event().type()).contains("LeadAssigned");
    }

    @Test
    void aFilterSelectsOnlyWhatTheActorMaySeeAndDeletesAreAudited() {
        for (int i = 0; i < 12; i++) {
            capture(rep, "Web " + i, LeadSource.WEB_FORM);
        }
        capture(rep, "Referral", LeadSource.REFERRAL);
        LeadId othersWeb = capture(otherRep, "Other web", LeadSource.WEB_FORM);

        BulkReport moved = rep.apply(new BulkLeadCommand(
                LeadSelection.matching(LeadFilter.any().withSources(LeadSource.WEB_FORM)), BulkLeadAction.moveTo(LeadStatus.WORKING)));
        assertThat(moved.applied()).isEqualTo(12);
        assertThat(manager.get(othersWeb).status()).isEqualTo(LeadStatus.NEW);

        BulkReport deleted = rep.apply(new BulkLeadCommand(
                LeadSelection.matching(LeadFilter.any().withStatuses(LeadStatus.WORKING)), BulkLeadAction.delete()));
        assertThat(deleted.applied()).isEqualTo(12);
        assertThat(manager.count(ListLeads.firstPage(LeadFilter.any()))).isEqualTo(2);
        assertThat(events).filteredOn(e -> e.event() instanceof LeadEvent.LeadDeleted).hasSize(12);
    }

    @Test
    void breakdownCountsTheFunnelAndConversionPerGroup() {
        LeadId a = capture(rep, "A", LeadSource.WEB_FORM);
        capture(rep, "B", LeadSource.WEB_FORM);
        capture(rep, "C", LeadSource.WEB_FORM);
        LeadId d = capture(rep, "D", LeadSource.REFERRAL);
        capture(otherRep, "E", LeadSource.EVENT);
        for (LeadId id : List.of(a, d)) {
            rep.changeStatus(ChangeLeadStatus.of(id, LeadStatus.QUALIFIED));
            rep.convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(id));
        }

        LeadBreakdown bySource = manager.breakdown(LeadFilter.any(), LeadDimension.SOURCE);
        assertThat(bySource.total()).isEqualTo(5);
        assertThat(bySource.rows()).extracting(LeadBreakdown.Row::group, LeadBreakdown.Row::total,
                LeadBreakdown.Row::converted, LeadBreakdown.Row::conversionRate).containsExactly(
                tuple("WEB_FORM", 3L, 1L, new BigDecimal("0.3333")),
                tuple("EVENT", 1L, 0L, new BigDecimal("0.0000")),
                tuple("REFERRAL", 1L, 1L, new BigDecimal("1.0000")));

        LeadBreakdown repsFunnel = rep.breakdown(LeadFilter.any(), LeadDimension.STATUS);
        assertThat(repsFunnel.total()).isEqualTo(4);
        assertThat(repsFunnel.rows()).extracting(LeadBreakdown.Row::group).containsExactly("NEW", "CONVERTED");
    }
}
