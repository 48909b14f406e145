package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.ReasonCode;
import org.smartbizflow.crm.lead.assignment.AssignTarget;
import org.smartbizflow.crm.lead.assignment.AssignmentDecision;
import org.smartbizflow.crm.lead.assignment.AssignmentRule;
import org.smartbizflow.crm.lead.assignment.AssignmentRules;
import org.smartbizflow.crm.lead.assignment.AssignmentTeam;
import org.smartbizflow.crm.lead.assignment.CustomCondition;
import org.smartbizflow.crm.lead.assignment.EmployeeBand;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.RuleCondition;
import org.smartbizflow.crm.lead.assignment.TeamMember;
import org.smartbizflow.crm.lead.assignment.port.in.CaptureRoutedLead;
import org.smartbizflow.crm.lead.assignment.port.in.DefineAssignmentRules;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignByRules;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignmentItem;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignmentReport;
import org.smartbizflow.crm.lead.assignment.port.in.RecordLeadProfile;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.DisqualifyLead;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

class LeadAssignmentTest {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final CrmSession manager = crm.session(acme, Actor.user("boss", Role.SALES_MANAGER));
    private final CrmSession rep = crm.session(acme, Actor.user("rep-1", Role.SALES_REP));

    private static AssignmentRules insideTeamFirst() {
        return AssignmentRules.of(
                List.of(AssignmentTeam.of("inside", TeamMember.of("ann", 2), TeamMember.of("bob", 1)),
                        AssignmentTeam.of("enterprise", TeamMember.of("eve", 10))),
                List.of(AssignmentRule.of("referrals", RuleCondition.any().fromSources(LeadSource.REFERRAL),
                                AssignTarget.user("ref-desk")),
                        AssignmentRule.of("big DACH", RuleCondition.any().inTerritories("dach")
                                .withEmployees(EmployeeBand.atLeast(500)), AssignTarget.team("enterprise")),
                        AssignmentRule.of("uk", RuleCondition.any().inCountries(CountryCode.of("GB")),
                                AssignTarget.user("uk-desk")),
                        AssignmentRule.of("web", RuleCondition.any().fromSources(LeadSource.WEB_FORM),
                                AssignTarget.team("inside"))),
                AssignTarget.user("queue"));
    }

    private LeadId web(String name) {
        return manager.leads().capture(new CaptureLead(name, null, null, null, LeadSource.WEB_FORM));
    }

    private String owner(LeadId id) {
        return manager.leads().get(id).ownerId().value();
    }

    @Test
    void roundRobinTakesTurnsSkipsMembersAtCapacityAndFallsBack() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));

        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(owner(web("Web " + i)));
        }

        assertThat(owners).containsExactly("ann", "bob", "ann", "queue", "queue");
    }

    @Test
    void rulesMatchCustomFieldsByValueAndByNumberComparison() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(AssignmentRules.of(List.of(),
                List.of(AssignmentRule.of("many seats", RuleCondition.any().withCustom(CustomCondition.of("seats",
                                CustomCondition.Operator.AT_LEAST, CustomValue.number("100"))), AssignTarget.user("big-desk")),
                        AssignmentRule.of("retail partners", RuleCondition.any().fromSources(LeadSource.WEB_FORM)
                                .withCustom(CustomCondition.equals("industry", CustomValue.text("Retail")),
                                        CustomCondition.equals("partner", CustomValue.bool(true))),
                                AssignTarget.user("retail-desk"))),
                AssignTarget.user("queue"))));

        LeadId hundred = custom(CustomFields.none().with("seats", CustomValue.number("100.0")));
        LeadId ninetyNine = custom(CustomFields.none().with("seats", CustomValue.number("99.99")));
        LeadId seatsAsText = custom(CustomFields.none().with("seats", CustomValue.text("500")));
        LeadId retail = custom(CustomFields.none().with("industry", CustomValue.text("RETAIL"))
                .with("partner", CustomValue.bool(true)));
        LeadId retailNoPartner = custom(CustomFields.none().with("industry", CustomValue.text("Retail")));
        LeadId nothing = custom(CustomFields.none());

        assertThat(List.of(hundred, ninetyNine, seatsAsText, retail, retailNoPartner, nothing)).extracting(this::owner)
                .containsExactly("big-desk", "queue", "queue", "retail-desk", "queue", "queue");
        assertThat(manager.leadAssignment().preview(LeadSource.EVENT, LeadProfile.unknown(),
                CustomFields.none().with("seats", CustomValue.number("250"))))
                .isEqualTo(new AssignmentDecision.Assigned(UserId.of("big-desk"), "many seats", null, -1));
        assertThat(manager.leadAssignment().preview(LeadSource.EVENT, LeadProfile.unknown()))
                .extracting(d -> ((AssignmentDecision.Assigned) d).owner()).isEqualTo(UserId.of("queue"));
        assertThatThrownBy(() -> CustomCondition.of("industry", CustomCondition.Operator.AT_LEAST,
                CustomValue.text("Retail"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("custom.industry.operator");
    }

    private LeadId custom(CustomFields fields) {
        return manager.leads().capture(new CaptureLead("Custom", null, null, null, LeadSource.WEB_FORM)
                .withCustomFields(fields));
    }

    @Test
    void aRuleNamingOneUserRespectsTheirCapacityAndFallsThroughWhenFull() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(AssignmentRules.of(
                List.of(AssignmentTeam.of("inside", TeamMember.of("ann", 1))),
                List.of(AssignmentRule.of("web to solo", RuleCondition.any().fromSources(LeadSource.WEB_FORM),
                                AssignTarget.user(UserId.of("solo"), 2)),
                        AssignmentRule.of("web to inside", RuleCondition.any().fromSources(LeadSource.WEB_FORM),
                                AssignTarget.team("inside"))),
                AssignTarget.user(UserId.of("queue"), 1))));

        LeadId first = web("First");
        List<String> owners = new ArrayList<>(List.of(owner(first)));
        for (int i = 0; i < 3; i++) {
            owners.add(owner(web("Web " + i)));
        }
        assertThat(owners).containsExactly("solo", "solo", "ann", "queue");
        assertThat(manager.leadAssignment().preview(LeadSource.WEB_FORM, LeadProfile.unknown()))
                .isInstanceOfSatisfying(AssignmentDecision.Unassigned.class,
                        u -> assertThat(u.reason()).contains("web to solo", "web to inside", "fallback"));
        // The acting user owns a lead no rule could place.
        assertThat(owner(web("Overflow"))).isEqualTo("boss");

        manager.leads().disqualify(new DisqualifyLead(first, ReasonCode.of("NO_BUDGET"), null));
        assertThat(owner(web("After a close"))).isEqualTo("solo");
    }

    @Test
    void closedLeadsFreeCapacity() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));
        LeadId first = web("First");
        web("Second");
        web("Third");
        manager.leads().disqualify(new DisqualifyLead(first, ReasonCode.of("NO_BUDGET"), null));

        assertThat(owner(web("Fourth"))).isEqualTo("ann");
    }

    @Test
    void theFirstMatchingRuleWinsByTerritorySizeCountryAndSource() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));
        CaptureLead webLead = new CaptureLead("Dora", "Dach GmbH", null, null, LeadSource.WEB_FORM);

        LeadId bigDach = manager.leadAssignment().captureRouted(new CaptureRoutedLead(webLead,
                new LeadProfile(CountryCode.of("DE"), "dach", 800)));
        LeadId smallDach = manager.leadAssignment().captureRouted(new CaptureRoutedLead(webLead,
                new LeadProfile(CountryCode.of("DE"), "dach", 20)));
        LeadId ukWeb = manager.leadAssignment().captureRouted(new CaptureRoutedLead(webLead,
                LeadProfile.unknown().inCountry(CountryCode.of("GB"))));
        LeadId referral = manager.leadAssignment().captureRouted(new CaptureRoutedLead(
                new CaptureLead("Rita", null, null, null, LeadSource.REFERRAL), new LeadProfile(CountryCode.of("GB"), "dach", 900)));
        LeadId unknownSize = manager.leadAssignment().captureRouted(new CaptureRoutedLead(
                new CaptureLead("Ulf", null, null, null, LeadSource.EVENT), LeadProfile.unknown().inTerritory("dach")));

        assertThat(List.of(owner(bigDach), owner(smallDach), owner(ukWeb), owner(referral), owner(unknownSize)))
                .containsExactly("eve", "ann", "uk-desk", "ref-desk", "queue");
        assertThat(store.assignments().findProfiles(acme, List.of(bigDach)).get(bigDach).employees()).isEqualTo(800);
    }

    @Test
    void aPlainCaptureRoutesByTheCountryOfThePhoneAndAnExplicitOwnerWins() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));

        LeadId british = manager.leads().capture(new CaptureLead("Brit", null, null, PhoneNumber.parse("+44 20 7946 0000"),
                LeadSource.EVENT));
        LeadId chosen = manager.leads().capture(new CaptureLead("Chosen", null, null, null, LeadSource.WEB_FORM)
                .ownedBy(UserId.of("carol")));
        LeadId next = web("Next");

        assertThat(owner(british)).isEqualTo("uk-desk");
        assertThat(owner(chosen)).isEqualTo("carol");
        assertThat(owner(next)).isEqualTo("ann");
    }

    @Test
    void withoutRulesTheActingUserOwnsTheLead() {
        LeadId lead = rep.leads().capture(new CaptureLead("Mine", null, null, null, LeadSource.WEB_FORM));

        assertThat(owner(lead)).isEqualTo("rep-1");
        assertThat(manager.leadAssignment().preview(LeadSource.WEB_FORM, LeadProfile.unknown()))
                .isEqualTo(new AssignmentDecision.Unassigned("no assignment rules are defined"));
    }

    @Test
    void aRoutedCaptureIsAuditedWithTheRule() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));
        LeadId lead = web("Audited");

        List<AuditEntry> history = store.auditLog().history(acme, "Lead", lead.toString());

        assertThat(history).extracting(AuditEntry::field, AuditEntry::newValue)
                .contains(tuple("owner", "ann"), tuple("assignmentRule", "web"));
    }

    @Test
    void previewDecidesWithoutTakingATurn() {
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));

        AssignmentDecision preview = manager.leadAssignment().preview(LeadSource.WEB_FORM, LeadProfile.unknown());

        assertThat(preview).isEqualTo(new AssignmentDecision.Assigned(UserId.of("ann"), "web", "inside", 1));
        assertThat(owner(web("Real"))).isEqualTo("ann");
    }

    @Test
    void reassignByRulesReportsEveryLeadAndAuditsOwnerChanges() {
        LeadId a = web("A");
        LeadId b = web("B");
        LeadId converted = web("Converted");
        manager.leads().changeStatus(ChangeLeadStatus.of(converted, LeadStatus.QUALIFIED));
        manager.leads().convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(converted));
        LeadId referral = manager.leads().capture(new CaptureLead("Ref", null, null, null, LeadSource.REFERRAL)
                .ownedBy(UserId.of("ref-desk")));
        LeadId repsLead = rep.leads().capture(new CaptureLead("Reps", null, null, null, LeadSource.WEB_FORM));
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()));
        manager.leadAssignment().recordProfile(new RecordLeadProfile(b, new LeadProfile(null, "dach", 1000)));

        ReassignmentReport report = manager.leadAssignment().reassign(new ReassignByRules(
                LeadSelection.matching(LeadFilter.any())));
        ReassignmentReport denied = rep.leadAssignment().reassign(new ReassignByRules(LeadSelection.of(List.of(a))));

        assertThat(report.items()).extracting(ReassignmentItem::leadId, ReassignmentItem::outcome, ReassignmentItem::owner)
                .containsExactly(
                        tuple(a, BulkOutcome.APPLIED, UserId.of("ann")),
                        tuple(b, BulkOutcome.APPLIED, UserId.of("eve")),
                        tuple(converted, BulkOutcome.REFUSED, UserId.of("bob")),
                        tuple(referral, BulkOutcome.UNCHANGED, UserId.of("ref-desk")),
                        tuple(repsLead, BulkOutcome.APPLIED, UserId.of("bob")));
        assertThat(denied.items()).singleElement().extracting(ReassignmentItem::outcome).isEqualTo(BulkOutcome.ACCESS_DENIED);
        assertThat(store.auditLog().history(acme, "Lead", b.toString()))
                .extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(tuple("owner", "boss", "eve"), tuple("assignmentRule", null, "big DACH"));
    }

    @Test
    void onlyManagersDefineRulesAndStaleOrInconsistentRulesAreRefused() {
        assertThatThrownBy(() -> rep.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(manager.leadAssignment().defineRules(DefineAssignmentRules.of(insideTeamFirst()))).isZero();
        assertThat(manager.leadAssignment().defineRules(new DefineAssignmentRules(insideTeamFirst(), 0L))).isEqualTo(1);

        assertThatThrownBy(() -> manager.leadAssignment().defineRules(new DefineAssignmentRules(insideTeamFirst(), 0L)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> AssignmentRules.of(List.of(), List.of(AssignmentRule.of("x", RuleCondition.any(),
                AssignTarget.team("ghosts"))), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown team ghosts");
        assertThat(manager.leadAssignment().rules().orElseThrow().version()).isEqualTo(1);
        assertThat(store.auditLog().history(acme, "AssignmentRuleSet", "acme"))
                .extracting(AuditEntry::oldValue, AuditEntry::newValue).containsExactly(tuple(null, "0"), tuple("0", "1"));
    }
}
