package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.ReasonCode;
import org.smartbizflow.crm.lead.assignment.AssignTarget;
import org.smartbizflow.crm.lead.assignment.AssignmentRule;
import org.smartbizflow.crm.lead.assignment.AssignmentRules;
import org.smartbizflow.crm.lead.assignment.AssignmentTeam;
import org.smartbizflow.crm.lead.assignment.EmployeeBand;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.RuleCondition;
import org.smartbizflow.crm.lead.assignment.TeamMember;
import org.smartbizflow.crm.lead.assignment.port.in.CaptureRoutedLead;
import org.smartbizflow.crm.lead.assignment.port.in.DefineAssignmentRules;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.DisqualifyLead;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Assignment is a function of the rules, the lead and the stored state: replaying the same
 * captures and closures on a fresh CRM gives every lead the same owner, and no team member
 * ever owns more open leads than their capacity.
 */
class LeadAssignmentProperties {

    /** One thing that happens: a lead arrives, or the n-th lead captured so far is disqualified. */
    record Step(LeadSource source, LeadProfile profile, Integer closeIndex) {
    }

    @Provide
    Arbitrary<List<TeamMember>> members() {
        return Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(4)
                .map(capacities -> {
                    List<TeamMember> members = new ArrayList<>();
                    for (int i = 0; i < capacities.size(); i++) {
                        members.add(TeamMember.of("m" + i, capacities.get(i)));
                    }
                    return members;
                });
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<LeadSource> source = Arbitraries.of(LeadSource.WEB_FORM, LeadSource.EVENT, LeadSource.REFERRAL);
        Arbitrary<CountryCode> country = Arbitraries.of("GB", "DE", "FR").map(CountryCode::of).injectNull(0.3);
        Arbitrary<Integer> employees = Arbitraries.integers().between(0, 2000).injectNull(0.3);
        Arbitrary<String> territory = Arbitraries.of("north", "south").injectNull(0.3);
        Arbitrary<Step> arrive = Combinators.combine(source, country, territory, employees)
                .as((s, c, t, e) -> new Step(s, new LeadProfile(c, t, e), null));
        Arbitrary<Step> close = Arbitraries.integers().between(0, 40).map(i -> new Step(null, null, i));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, arrive), net.jqwik.api.Tuple.of(1, close))
                .list().ofMaxSize(40);
    }

    private static AssignmentRules rules(List<TeamMember> inside, List<TeamMember> field, boolean withFallback) {
        return AssignmentRules.of(
                List.of(new AssignmentTeam("inside", inside), new AssignmentTeam("field",
                        field.stream().map(m -> TeamMember.of("f-" + m.user().value(), m.maxOpenLeads())).toList())),
                List.of(AssignmentRule.of("referrals", RuleCondition.any().fromSources(LeadSource.REFERRAL),
                                AssignTarget.user("ref-desk")),
                        AssignmentRule.of("big north", RuleCondition.any().inTerritories("north")
                                .withEmployees(EmployeeBand.atLeast(500)), AssignTarget.team("field")),
                        AssignmentRule.of("europe", RuleCondition.any().inCountries(CountryCode.of("DE"), CountryCode.of("FR")),
                                AssignTarget.team("field")),
                        AssignmentRule.of("web", RuleCondition.any().fromSources(LeadSource.WEB_FORM),
                                AssignTarget.team("inside"))),
                withFallback ? AssignTarget.team("inside") : null);
    }

    private static List<String> replay(AssignmentRules rules, List<Step> steps) {
        CrmSession session = Crm.inMemory().session(TenantId.of("p"), Actor.user("boss", org.smartbizflow.crm.shared.Role.SALES_MANAGER));
        session.leadAssignment().defineRules(DefineAssignmentRules.of(rules));
        Map<UserId, Integer> capacity = new HashMap<>();
        rules.teams().forEach(t -> t.members().forEach(m -> capacity.put(m.user(), m.maxOpenLeads())));
        List<LeadId> captured = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Step step : steps) {
            if (step.closeIndex() != null) {
                if (step.closeIndex() < captured.size()) {
                    LeadId lead = captured.get(step.closeIndex());
                    session.leads().disqualify(new DisqualifyLead(lead, ReasonCode.of("NO_FIT"), null));
                }
                continue;
            }
            LeadId id = session.leadAssignment().captureRouted(new CaptureRoutedLead(
                    new CaptureLead("Lead " + captured.size(), null, null, null, step.source()), step.profile()));
            captured.add(id);
            owners.add(session.leads().get(id).ownerId().value());
            Map<UserId, Integer> open = new HashMap<>();
            List<LeadView> all = session.leads().list(new ListLeads(LeadFilter.any().withStatuses(LeadStatus.NEW),
                    PageRequest.first(1000))).items();
            all.forEach(lead -> open.merge(lead.ownerId(), 1, Integer::sum));
            open.forEach((user, count) -> {
                if (capacity.containsKey(user)) {
                    assertThat(count).as("open leads of %s", user).isLessThanOrEqualTo(capacity.get(user));
                }
            });
        }
        return owners;
    }

    @Property(tries = 30)
    void theSameInputAndStateGiveTheSameOwnersAndNoCapacityIsExceeded(
            @ForAll("members") List<TeamMember> inside, @ForAll("members") List<TeamMember> field,
            @ForAll boolean withFallback, @ForAll("steps") List<Step> steps) {
        AssignmentRules rules = rules(inside, field, withFallback);

        List<String> first = replay(rules, steps);
        List<String> second = replay(rules, steps);

        assertThat(second).isEqualTo(first);
    }
}
