package org.smartbizflow.crm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.StatusChange;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

class LeadUseCasesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final Actor rep = Actor.user("u-42", Role.SALES_REP);
    private final Actor otherRep = Actor.user("u-7", Role.SALES_REP);
    private final Actor manager = Actor.user("m-1", Role.SALES_MANAGER);

    private static CaptureLead ada() {
        return new CaptureLead("Ada Lovelace", "Analytical Engines Ltd", EmailAddress.of("ada@engines.example"),
                PhoneNumber.parse("+44 20 7946 0000"), LeadSource.WEB_FORM);
    }

    @Test
    void captureStoresTheLeadForTheActingUserAndPublishesAfterCommit() {
        LeadId id = crm.session(acme, rep).leads().capture(ada());

        LeadView lead = crm.session(acme, rep).leads().get(id);
        assertThat(lead.name()).isEqualTo("Ada Lovelace");
        assertThat(lead.ownerId()).isEqualTo(UserId.of("u-42"));
        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.createdAt()).isEqualTo(clock.instant());
        assertThat(lead.version()).isZero();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.event()).isInstanceOf(LeadEvent.LeadCaptured.class);
            assertThat(((LeadEvent.LeadCaptured) e.event()).leadId()).isEqualTo(id);
        });
        assertThat(store.outbox().pending(10)).isEmpty();
    }

    @Test
    void invalidCommandsNameEveryBadFieldAndStoreNothing() {
        CaptureLead bad = new CaptureLead(" ", "x".repeat(201), null, null, null);
        assertThatThrownBy(() -> crm.session(acme, rep).leads().capture(bad))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactly("company", "name", "source"));
        assertThat(crm.session(acme, manager).leads().count(ListLeads.firstPage(LeadFilter.any()))).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void statusChangesFollowTheLifecycleAndAreAudited() {
        var leads = crm.session(acme, rep).leads();
        LeadId id = leads.capture(ada());

        assertThat(leads.changeStatus(ChangeLeadStatus.of(id, LeadStatus.QUALIFIED)))
                .isEqualTo(new StatusChange.Changed(LeadStatus.NEW, LeadStatus.QUALIFIED));
        assertThat(leads.changeStatus(ChangeLeadStatus.of(id, LeadStatus.CONVERTED)))
                .as("only convert(..) converts").isInstanceOfSatisfying(StatusChange.Refused.class,
                        r -> assertThat(r.reason()).contains("converted only by converting it"));
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(leads.convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(id)))
                .isInstanceOf(org.smartbizflow.crm.lead.port.in.ConversionResult.Converted.class);
        StatusChange refused = leads.changeStatus(ChangeLeadStatus.of(id, LeadStatus.WORKING));

        assertThat(refused).isInstanceOf(StatusChange.Refused.class);
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(leads.get(id).version()).isEqualTo(2);
        List<AuditEntry> history = store.auditLog().history(acme, "Lead", id.toString());
        assertThat(history).filteredOn(e -> e.field().equals("status"))
                .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "NEW"),
                        org.assertj.core.groups.Tuple.tuple("NEW", "QUALIFIED"),
                        org.assertj.core.groups.Tuple.tuple("QUALIFIED", "CONVERTED"));
        assertThat(history).allSatisfy(e -> assertThat(e.actor()).isEqualTo(UserId.of("u-42")));
        assertThat(published).extracting(e -> e.event().type()).filteredOn(t -> t.startsWith("Lead"))
                .containsExactly("LeadCaptured", "LeadStatusChanged", "LeadStatusChanged", "LeadConverted");
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() {
        var leads = crm.session(acme, rep).leads();
        LeadId id = leads.capture(ada());
        leads.changeStatus(new ChangeLeadStatus(id, LeadStatus.WORKING, 0L));

        assertThatThrownBy(() -> leads.changeStatus(new ChangeLeadStatus(id, LeadStatus.QUALIFIED, 0L)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.WORKING);
    }

    @Test
    void repsSeeAndChangeOnlyTheirOwnLeadsManagersSeeAll() {
        LeadId mine = crm.session(acme, rep).leads().capture(ada());
        crm.session(acme, otherRep).leads().capture(ada());

        assertThat(crm.session(acme, rep).leads().list(ListLeads.firstPage(LeadFilter.any())).items())
                .extracting(LeadView::id).containsExactly(mine);
        assertThat(crm.session(acme, manager).leads().count(ListLeads.firstPage(LeadFilter.any()))).isEqualTo(2);
        assertThatThrownBy(() -> crm.session(acme, otherRep).leads().get(mine))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.session(acme, otherRep).leads()
                .changeStatus(ChangeLeadStatus.of(mine, LeadStatus.WORKING)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.session(acme, rep).leads().capture(ada().ownedBy(UserId.of("u-7"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(crm.session(acme, manager).leads().get(mine).status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void tenantsNeverSeeEachOther() {
        LeadId id = crm.session(acme, manager).leads().capture(ada());
        var globex = crm.session(TenantId.of("globex"), manager).leads();

        assertThatThrownBy(() -> globex.get(id)).isInstanceOf(NotFoundException.class);
        assertThat(globex.count(ListLeads.firstPage(LeadFilter.any()))).isZero();
    }

    @Test
    void listingPagesThroughEveryMatchOnce() {
        var leads = crm.session(acme, manager).leads();
        List<LeadId> webLeads = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            LeadSource source = i % 3 == 0 ? LeadSource.REFERRAL : LeadSource.WEB_FORM;
            LeadId id = leads.capture(new CaptureLead("Lead " + i, null, null, null, source));
            if (source == LeadSource.WEB_FORM) {
                webLeads.add(id);
            }
        }
        LeadFilter filter = LeadFilter.any().withSources(LeadSource.WEB_FORM);
        List<LeadId> seen = new ArrayList<>();
        ListLeads query = new ListLeads(filter, PageRequest.first(10));
        while (true) {
            var page = leads.list(query);
            page.items().forEach(l -> seen.add(l.id()));
            if (!page.hasNext()) {
                break;
            }
            query = new ListLeads(filter, query.page().next(page.next()));
        }
        assertThat(seen).containsExactlyElementsOf(webLeads);
    }

    @Test
    void aFailingSubscriberLosesNoEvent() {
        List<EventEnvelope> delivered = new ArrayList<>();
        boolean[] failing = {true};
        Crm flaky = Crm.builder().clock(clock).events(e -> {
            if (failing[0]) {
                throw new IllegalStateException("bus down");
            }
            delivered.add(e);
        }).build();

        LeadId id = flaky.session(acme, rep).leads().capture(ada());
        assertThat(flaky.session(acme, rep).leads().get(id)).isNotNull();
        assertThat(delivered).isEmpty();

        failing[0] = false;
        assertThat(flaky.relayEvents()).isEqualTo(1);
        assertThat(delivered).extracting(e -> e.event().aggregateId()).containsExactly(id.toString());
        assertThat(flaky.relayEvents()).isZero();
    }

    @Test
    void teamMembersSeeEachOthersLeads() {
        Crm teamCrm = Crm.builder().clock(clock).accessPolicy(AccessPolicies.ownerTeamOrManager(
                team -> team.equals("north") ? Set.of(UserId.of("u-42"), UserId.of("u-7")) : Set.of())).build();
        LeadId id = teamCrm.session(acme, rep).leads().capture(ada());

        assertThat(teamCrm.session(acme, otherRep.withTeams("north")).leads().get(id).id()).isEqualTo(id);
        assertThatThrownBy(() -> teamCrm.session(acme, otherRep).leads().get(id))
                .isInstanceOf(AccessDeniedException.class);
    }
}
