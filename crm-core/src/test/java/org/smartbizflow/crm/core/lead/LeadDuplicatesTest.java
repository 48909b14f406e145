package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.DuplicateLeadException;
import org.smartbizflow.crm.lead.DuplicateMatch;
import org.smartbizflow.crm.lead.DuplicateRule;
import org.smartbizflow.crm.lead.DuplicateRules;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.Violation;

class LeadDuplicatesTest {

    private static CaptureLead lead(String name, String company, String email, String phone) {
        return new CaptureLead(name, company, email == null ? null : EmailAddress.of(email),
                phone == null ? null : PhoneNumber.parse(phone), LeadSource.WEB_FORM);
    }

    private final Crm crm = Crm.builder().accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final Leads rep = crm.session(TenantId.of("acme"), Actor.user("rep-1", Role.SALES_REP)).leads();
    private final Leads manager = crm.session(TenantId.of("acme"), Actor.user("boss", Role.SALES_MANAGER)).leads();

    @Test
    void aCandidateMatchesByEmailPhoneOrSimilarNameAndCompany() {
        LeadId byEmail = rep.capture(lead("Ada Lovelace", "Analytical Engines", "ada@engines.example", null));
        LeadId byPhone = rep.capture(lead("A. King", null, null, "+44 20 7946 0000"));
        LeadId byName = rep.capture(lead("Jonathan Smyth", "ACME Limited", null, null));
        rep.capture(lead("Jonathan Smyth", "Globex Corporation", null, null));
        rep.capture(lead("Grace Hopper", "ACME Limited", null, null));

        List<DuplicateMatch> matches = rep.duplicatesOf(lead("Jonathon Smith", "Acme Ltd.", "ADA@engines.example",
                "+442079460000"));

        assertThat(matches).extracting(DuplicateMatch::leadId, DuplicateMatch::rule).containsExactly(
                tuple(byEmail, DuplicateRule.EMAIL), tuple(byPhone, DuplicateRule.PHONE),
                tuple(byName, DuplicateRule.NAME_AND_COMPANY));
        assertThat(matches.get(2).score()).isBetween(0.92, 1.0);
        assertThat(rep.duplicatesOf(lead("Zoë Ørsted", null, "zoe@elsewhere.example", null))).isEmpty();
    }

    @Test
    void blockingOnCaptureRefusesTheDuplicateAndStoresNothing() {
        Crm strict = Crm.builder().duplicateRules(DuplicateRules.defaults().blockingOnCapture()).build();
        Leads leads = strict.session(TenantId.of("acme"), Actor.system()).leads();
        LeadId first = leads.capture(lead("Ada Lovelace", null, "ada@engines.example", null));

        assertThatThrownBy(() -> leads.capture(lead("Ada King", null, "ada@engines.example", null)))
                .isInstanceOfSatisfying(DuplicateLeadException.class, e -> {
                    assertThat(e.matches()).extracting(DuplicateMatch::leadId).containsExactly(first);
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("email");
                });
        assertThat(leads.count(ListLeads.firstPage(LeadFilter.any()))).isEqualTo(1);
        assertThat(leads.capture(lead("Charles Babbage", null, "charles@engines.example", null))).isNotNull();
    }

    @Test
    void aScanGroupsTheVisibleDuplicatesByRule() {
        LeadId a1 = rep.capture(lead("Ada Lovelace", "Analytical Engines Ltd", "ada@engines.example", null));
        LeadId a2 = rep.capture(lead("Ada Lovelace", "Analytical Engines", "ada.l@engines.example", null));
        LeadId a3 = rep.capture(lead("Ada Lovelac", "Analytical Engines GmbH", "ADA@engines.example", "+12015550123"));
        LeadId b1 = rep.capture(lead("Bob Stone", null, null, "+1 201 555 0123"));
        rep.capture(lead("Carol Jones", "Initech", null, null));
        Leads other = crm.session(TenantId.of("acme"), Actor.user("rep-2", Role.SALES_REP)).leads();
        LeadId hidden = other.capture(lead("Ada Lovelace", "Analytical Engines", "ada@engines.example", null));

        List<DuplicateGroup> groups = rep.scanDuplicates(LeadFilter.any());

        assertThat(groups).extracting(DuplicateGroup::rule, DuplicateGroup::leads).containsExactlyInAnyOrder(
                tuple(DuplicateRule.EMAIL, List.of(a1, a3)),
                tuple(DuplicateRule.PHONE, List.of(a3, b1)),
                tuple(DuplicateRule.NAME_AND_COMPANY, List.of(a1, a2, a3)));
        assertThat(manager.scanDuplicates(LeadFilter.any()))
                .filteredOn(g -> g.rule() == DuplicateRule.EMAIL).singleElement()
                .extracting(DuplicateGroup::leads).isEqualTo(List.of(a1, a3, hidden));
    }
}
