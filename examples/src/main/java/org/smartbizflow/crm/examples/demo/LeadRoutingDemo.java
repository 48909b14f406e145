package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.RecordConsent;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
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
import org.smartbizflow.crm.lead.assignment.port.in.ReassignByRules;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignmentReport;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.nurture.port.in.RunReport;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * The demo's part on lead assignment and nurturing, in a tenant of its own on the demo's
 * database: leads routed by ordered rules and a round-robin team with capacities, a bulk
 * reassignment by the rules, and one nurture e-mail sent by a scheduler's run.
 */
public final class LeadRoutingDemo {

    private LeadRoutingDemo() {
    }

    /** Runs the part on the host's persistence and prints what happened. */
    public static void run(CrmPersistence persistence, PrintStream out) {
        Clock clock = Clock.systemUTC();
        Crm crm = Crm.builder()
                .persistence(persistence)
                .clock(clock)
                .accessPolicy(AccessPolicies.ownerOrManager())
                .emailGateway(message -> out.println("   e-mail to " + message.to() + ": \"" + message.subject() + "\""))
                .build();
        TenantId tenant = TenantId.of("globex");
        CrmSession manager = crm.session(tenant, Actor.user("mgr-mia", Role.SALES_MANAGER));

        out.println("== Assignment rules (tenant globex): big DACH companies to the field team, web leads round-robin"
                + " in the inside team (at most 2 open leads each), the rest to the queue");
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(rules(2)));
        LeadId first = null;
        LeadId second = null;
        for (int i = 1; i <= 5; i++) {
            LeadId id = manager.leadAssignment().captureRouted(new CaptureRoutedLead(
                    new CaptureLead("Web lead " + i, null, EmailAddress.of("web" + i + "@globex.example"), null,
                            LeadSource.WEB_FORM), LeadProfile.unknown()));
            second = first != null && second == null ? id : second;
            first = first == null ? id : first;
            out.println("   Web lead " + i + " -> " + manager.leads().get(id).ownerId());
        }
        LeadId big = manager.leadAssignment().captureRouted(new CaptureRoutedLead(
                new CaptureLead("Greta Gross", "Gross AG", null, null, LeadSource.WEB_FORM),
                new LeadProfile(CountryCode.of("DE"), null, 1200)));
        out.println("   Greta Gross (DE, 1200 employees) -> " + manager.leads().get(big).ownerId());
        manager.leadAssignment().defineRules(DefineAssignmentRules.of(rules(3)));
        out.println("   the manager raises the inside team's capacity to 3 open leads each"
                + " and hands the queue out again by the rules");
        ReassignmentReport report = manager.leadAssignment().reassign(new ReassignByRules(
                LeadSelection.matching(LeadFilter.any().withOwners(UserId.of("queue")))));
        out.println("   reassign by rules: " + report.items().stream()
                .map(item -> item.outcome() + (item.owner() == null ? "" : " " + item.owner())).toList());

        out.println("== Nurturing: a welcome e-mail, two days later a follow-up task");
        NurtureSequenceId sequence = manager.nurturing().defineSequence(DefineNurtureSequence.of("Welcome",
                new NurtureStep.SendEmail("welcome", "Welcome to Globex, {{name}}", "Glad you found us."),
                NurtureStep.Wait.days("pause", 2),
                new NurtureStep.CreateTask("call", "Call {{name}}", 1)));
        // Consent is the contact's: Web lead 1 ticked the newsletter box, so the web form made a
        // contact with the same address and recorded the opt-in; Web lead 2 did not.
        ContactId optedIn = manager.contacts().create(CreateContact.of(ContactProfile.named("Web lead 1")
                .withEmails(EmailAddress.of("web1@globex.example"))));
        manager.contacts().recordConsent(RecordConsent.optIn(optedIn, Channel.EMAIL, "web-form:newsletter"));
        EnrolResult enrolled = manager.nurturing().enrol(new EnrolLead(first, sequence));
        out.println("   enrolled Web lead 1: " + enrolled.getClass().getSimpleName());
        out.println("   enrolled Web lead 2 (no consent on file): "
                + manager.nurturing().enrol(new EnrolLead(second, sequence)).getClass().getSimpleName());
        CrmSession scheduler = crm.session(tenant, Actor.system());
        RunReport run = scheduler.nurturing().runDue(clock.instant(), 10);
        run.results().forEach(result -> out.println("   step " + result.stepKey() + ": " + result.outcome()
                + (result.detail() == null ? "" : " (" + result.detail() + ")")));
        out.println("   a second scheduler run finds " + scheduler.nurturing().runDue(clock.instant(), 10).results().size()
                + " due steps");
    }

    private static AssignmentRules rules(int insideCapacity) {
        return AssignmentRules.of(
                List.of(AssignmentTeam.of("inside", TeamMember.of("ann", insideCapacity), TeamMember.of("bob", insideCapacity)),
                        AssignmentTeam.of("field", TeamMember.of("eve", 50))),
                List.of(AssignmentRule.of("big DACH", RuleCondition.any()
                                .inCountries(CountryCode.of("DE"), CountryCode.of("AT"), CountryCode.of("CH"))
                                .withEmployees(EmployeeBand.atLeast(500)), AssignTarget.team("field")),
                        AssignmentRule.of("web", RuleCondition.any().fromSources(LeadSource.WEB_FORM),
                                AssignTarget.team("inside"))),
                AssignTarget.user("queue"));
    }
}
