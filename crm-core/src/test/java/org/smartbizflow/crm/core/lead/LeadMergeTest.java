package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.MergeChoices;
import org.smartbizflow.crm.lead.MergeResult;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

class LeadMergeTest {

    private static final TenantId ACME = TenantId.of("acme");

    @Test
    void theSurvivorTakesTheChosenFieldsAndTheMergedLeadBecomesATombstone() {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        List<EventEnvelope> events = new ArrayList<>();
        Crm crm = Crm.builder().persistence(store).events(events::add).accessPolicy(AccessPolicies.ownerOrManager()).build();
        Leads leads = crm.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leads();
        LeadId survivor = leads.capture(new CaptureLead("Ada Lovelace", null, EmailAddress.of("ada@old.example"), null,
                LeadSource.WEB_FORM));
        LeadId merged = leads.capture(new CaptureLead("Ada King", "Analytical Engines", EmailAddress.of("ada@new.example"),
                PhoneNumber.parse("+44 20 7946 0000"), LeadSource.REFERRAL));
        leads.changeStatus(ChangeLeadStatus.of(merged, LeadStatus.WORKING));

        MergeResult result = leads.merge(new MergeLeads(survivor, merged,
                MergeChoices.fillBlanks().take(MergeChoices.Field.EMAIL, MergeChoices.Side.MERGED)));

        assertThat(result).isInstanceOf(MergeResult.Merged.class);
        LeadView kept = leads.get(survivor);
        assertThat(kept.name()).isEqualTo("Ada Lovelace");
        assertThat(kept.company()).isEqualTo("Analytical Engines");
        assertThat(kept.email()).isEqualTo(EmailAddress.of("ada@new.example"));
        assertThat(kept.phone()).isEqualTo(PhoneNumber.of("+442079460000"));
        LeadView tombstone = leads.get(merged);
        assertThat(tombstone.status()).isEqualTo(LeadStatus.MERGED);
        assertThat(tombstone.mergedInto()).isEqualTo(survivor);
        assertThat(store.auditLog().history(ACME, "Lead", survivor.toString()))
                .extracting(AuditEntry::field).contains("status", "merged", "company", "email", "phone");
        assertThat(store.auditLog().history(ACME, "Lead", merged.toString()))
                .extracting(AuditEntry::field).containsExactly("status", "mergedInto");
        assertThat(events).extracting(e -> e.event()).anySatisfy(e -> assertThat(e).isInstanceOf(LeadEvent.LeadsMerged.class));

        assertThat(leads.merge(MergeLeads.of(survivor, merged))).isEqualTo(new MergeResult.AlreadyMerged(survivor, merged));
        assertThat(leads.merge(MergeLeads.of(merged, survivor))).isInstanceOf(MergeResult.Refused.class);
        assertThat(leads.merge(MergeLeads.of(survivor, survivor))).isInstanceOf(MergeResult.Refused.class);
        assertThat(leads.changeStatus(ChangeLeadStatus.of(merged, LeadStatus.WORKING)))
                .isInstanceOf(org.smartbizflow.crm.lead.StatusChange.Refused.class);
    }

    @Test
    void mergingAnotherOwnersLeadNeedsAccessToBoth() {
        Crm crm = Crm.builder().accessPolicy(AccessPolicies.ownerOrManager()).build();
        LeadId mine = crm.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leads()
                .capture(new CaptureLead("Mine", null, null, null, LeadSource.MANUAL));
        LeadId theirs = crm.session(ACME, Actor.user("rep-2", Role.SALES_REP)).leads()
                .capture(new CaptureLead("Theirs", null, null, null, LeadSource.MANUAL));
        assertThatThrownBy(() -> crm.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leads()
                .merge(MergeLeads.of(mine, theirs))).isInstanceOf(AccessDeniedException.class);
        assertThat(crm.session(ACME, Actor.user("boss", Role.SALES_MANAGER)).leads().merge(MergeLeads.of(mine, theirs)))
                .isInstanceOf(MergeResult.Merged.class);
    }

    /**
     * Whatever leads are merged in whatever order, no audit entry is lost, every tombstone
     * points at a lead, and repeating a merge that happened changes nothing.
     */
    @Property(tries = 100)
    void mergesNeverLoseAChildRecordAndAreIdempotent(@ForAll @IntRange(min = 2, max = 6) int count,
                                                     @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 35) Integer> pairs) {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        Leads leads = Crm.builder().persistence(store).build().session(ACME, Actor.system()).leads();
        List<LeadId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LeadId id = leads.capture(new CaptureLead("Lead " + i, i % 2 == 0 ? null : "Co " + i, null, null,
                    LeadSource.MANUAL, UserId.of("u-" + (i % 3))));
            if (i % 3 == 0) {
                leads.changeStatus(ChangeLeadStatus.of(id, LeadStatus.WORKING));
            }
            ids.add(id);
        }
        Set<UUID> before = auditIds(store, ids);

        for (int pair : pairs) {
            LeadId survivor = ids.get(pair % count);
            LeadId merged = ids.get((pair / 6) % count);
            MergeResult result = leads.merge(MergeLeads.of(survivor, merged));
            if (result instanceof MergeResult.Merged) {
                LeadView tombstoneBefore = leads.get(merged);
                long survivorVersion = leads.get(survivor).version();
                assertThat(leads.merge(MergeLeads.of(survivor, merged)))
                        .isEqualTo(new MergeResult.AlreadyMerged(survivor, merged));
                assertThat(leads.get(merged)).isEqualTo(tombstoneBefore);
                assertThat(leads.get(survivor).version()).isEqualTo(survivorVersion);
            }
        }

        assertThat(auditIds(store, ids)).containsAll(before);
        for (LeadId id : ids) {
            LeadView lead = leads.get(id);
            if (lead.status() == LeadStatus.MERGED) {
                assertThat(ids).contains(lead.mergedInto());
                assertThat(lead.mergedInto()).isNotEqualTo(id);
            }
        }
        assertThat(ids.stream().filter(id -> leads.get(id).status() != LeadStatus.MERGED)).isNotEmpty();
    }

    private static Set<UUID> auditIds(InMemoryCrmPersistence store, List<LeadId> ids) {
        Set<UUID> all = new HashSet<>();
        for (LeadId id : ids) {
            store.auditLog().history(ACME, "Lead", id.toString()).forEach(e -> all.add(e.id()));
        }
        return all;
    }
}
