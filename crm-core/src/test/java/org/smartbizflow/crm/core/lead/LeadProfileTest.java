package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.CustomFieldCriterion;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.MergeChoices;
import org.smartbizflow.crm.lead.port.in.BulkItemResult;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.BulkMergeLeads;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.BulkReport;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.LeadBreakdown;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.in.MergeGroup;
import org.smartbizflow.crm.lead.port.in.RecordLeadScore;
import org.smartbizflow.crm.lead.port.in.UpdateLead;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;

class LeadProfileTest {

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-30T08:00:00Z");

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
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final MovableClock clock = new MovableClock();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock)
            .accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final Leads rep = crm.session(acme, Actor.user("rep-1", Role.SALES_REP)).leads();
    private final Leads otherRep = crm.session(acme, Actor.user("rep-2", Role.SALES_REP)).leads();
    private final Leads manager = crm.session(acme, Actor.user("boss", Role.SALES_MANAGER)).leads();

    private static CaptureLead lead(String name, String email) {
        return new CaptureLead(name, "Engines Ltd", email == null ? null : EmailAddress.of(email), null,
                LeadSource.WEB_FORM);
    }

    private List<AuditEntry> history(LeadId id) {
        return store.auditLog().history(acme, "Lead", id.toString());
    }

    @Test
    void captureKeepsAttributionCustomFieldsAndTagsAndAuditsThem() {
        LeadId ada = rep.capture(lead("Ada", "ada@engines.example")
                .attributedTo(Attribution.campaign("spring-fair", "Spring Fair").withUtm("newsletter", "email", null,
                        null, null))
                .withCustomFields(CustomFields.of(Map.of("employees", CustomValue.number("250"))))
                .taggedWith(Tag.of("VIP"), Tag.of("emea")));

        LeadView view = rep.get(ada);
        assertThat(view.attribution().campaignId()).isEqualTo("spring-fair");
        assertThat(view.customFields().get("employees")).contains(CustomValue.number("250"));
        assertThat(view.tags()).containsExactly(Tag.of("emea"), Tag.of("vip"));
        assertThat(history(ada)).extracting(AuditEntry::field, AuditEntry::newValue).contains(
                tuple("campaignId", "spring-fair"), tuple("utmSource", "newsletter"), tuple("custom.employees", "250"),
                tuple("tags", "emea,vip"));
    }

    @Test
    void updateChangesEveryPartWithOneAuditEntryPerFieldAndRefusesAFinalLead() {
        LeadId ada = rep.capture(lead("Ada", null).taggedWith(Tag.of("cold"))
                .withCustomFields(CustomFields.of(Map.of("region", CustomValue.text("north")))));
        clock.advance(Duration.ofMinutes(5));

        DetailsChange change = rep.update(UpdateLead.of(ada).expectingVersion(0)
                .details("Ada Lovelace", "Engines Ltd", EmailAddress.of("ada@engines.example"), null)
                .attribution(Attribution.campaign("autumn", null))
                .customField("employees", CustomValue.number("12"))
                .customField("region", null)
                .addTags(Tag.of("hot")).removeTags(Tag.of("cold")));

        assertThat(change).isInstanceOf(DetailsChange.Applied.class);
        assertThat(((DetailsChange.Applied) change).changes()).extracting(c -> c.field()).containsExactlyInAnyOrder(
                "name", "email", "campaignId", "custom.employees", "custom.region", "tags", "tags");
        LeadView view = rep.get(ada);
        assertThat(view.customFields().values()).containsOnlyKeys("employees");
        assertThat(view.tags()).containsExactly(Tag.of("hot"));
        assertThat(view.updatedAt()).isEqualTo(clock.instant());
        assertThat(history(ada)).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(tuple("custom.region", "north", null), tuple("campaignId", null, "autumn"));
        assertThat(rep.recordScore(new RecordLeadScore(ada, 73))).isInstanceOf(DetailsChange.Applied.class);
        assertThat(rep.get(ada).score()).isEqualTo(73);

        rep.changeStatus(ChangeLeadStatus.of(ada, LeadStatus.QUALIFIED));
        rep.convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(ada));
        assertThat(rep.update(UpdateLead.of(ada).addTags(Tag.of("late")))).isInstanceOf(DetailsChange.Refused.class);
        assertThat(rep.get(ada).tags()).containsExactly(Tag.of("hot"));
    }

    @Test
    void listsSortAndPageByEveryKeyThroughTheUseCase() {
        String[] names = {"delta", "Alpha", "charlie", "Bravo", "echo"};
        for (int i = 0; i < names.length; i++) {
            LeadId id = rep.capture(lead(names[i], null));
            rep.recordScore(new RecordLeadScore(id, i == 2 ? null : 10 * i));
            clock.advance(Duration.ofMinutes(1));
        }
        List<String> byName = new ArrayList<>();
        ListLeads query = new ListLeads(LeadFilter.any(), PageRequest.first(2), LeadSort.ascending(LeadSort.Key.NAME));
        while (true) {
            Page<LeadView> page = rep.list(query);
            page.items().forEach(v -> byName.add(v.name()));
            if (!page.hasNext()) {
                break;
            }
            query = query.next(page.next());
        }
        List<LeadView> byScore = rep.list(ListLeads.firstPage(LeadFilter.any())
                .sortedBy(LeadSort.descending(LeadSort.Key.SCORE))).items();

        assertThat(byName).containsExactly("Alpha", "Bravo", "charlie", "delta", "echo");
        assertThat(byScore).extracting(LeadView::score).containsExactly(40, 30, 10, 0, null);
    }

    @Test
    void importReadsCampaignTagsAndTypedCustomColumnsAndExportWritesThemBack() {
        String csv = "name,email,campaign,utm_source,tags,custom.employees:number,custom.renewal,custom.note\n"
                + "Ada,ada@engines.example,spring-fair,newsletter,\"VIP, emea\",250,2027-01-31,=1+2\n"
                + "Bob,bob@engines.example,,,,many,2027-02-30,\n"
                + "Cy,cy@engines.example,,,,,,plain\n";
        ImportReport report = rep.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults().customTypes(Map.of("renewal", CustomValue.Type.DATE)));

        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.violations()).extracting(v -> v.field())
                    .containsExactlyInAnyOrder("custom.employees", "custom.renewal");
        });
        assertThat(report.customColumns()).containsKeys("custom.employees:number", "custom.renewal", "custom.note");
        LeadView ada = rep.list(ListLeads.firstPage(LeadFilter.any().withCampaigns("spring-fair"))).items().get(0);
        assertThat(ada.attribution().utmSource()).isEqualTo("newsletter");
        assertThat(ada.tags()).containsExactly(Tag.of("emea"), Tag.of("vip"));
        assertThat(ada.customFields().get("renewal")).contains(CustomValue.date(LocalDate.of(2027, 1, 31)));
        assertThat(ada.customFields().get("note")).contains(CustomValue.text("=1+2"));
        assertThat(rep.count(ListLeads.firstPage(LeadFilter.any().withCustomField(
                CustomFieldCriterion.between("employees", CustomValue.number("100"), null))))).isOne();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rep.exportCsv(LeadFilter.any(), out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported.lines().findFirst().orElseThrow()).endsWith(
                "tags,custom.employees:number,custom.note:text,custom.renewal:date");
        assertThat(exported).contains("\"emea,vip\",250,\"'=1+2\",2027-01-31");

        // the export imports into another tenant with the same values and types
        Leads elsewhere = crm.session(TenantId.of("globex"), Actor.system()).leads();
        ImportReport again = elsewhere.importCsv(new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults());
        assertThat(again.stored()).isEqualTo(2);
        LeadView copy = elsewhere.list(ListLeads.firstPage(LeadFilter.any().withAnyTag(Tag.of("vip")))).items().get(0);
        assertThat(copy.customFields()).isEqualTo(ada.customFields());
        assertThat(copy.attribution()).isEqualTo(ada.attribution());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        rep.exportJson(LeadFilter.any().withAnyTag(Tag.of("vip")), json);
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"tag_list\":[\"emea\",\"vip\"]")
                .contains("\"custom\":{\"employees\":250,\"note\":\"=1+2\",\"renewal\":\"2027-01-31\"}");
    }

    @Test
    void bulkTaggingAsksTheAccessPolicyPerLead() {
        LeadId mine = rep.capture(lead("Mine", null));
        LeadId tagged = rep.capture(lead("Tagged", null).taggedWith(Tag.of("vip")));
        LeadId theirs = otherRep.capture(lead("Theirs", null));

        BulkReport added = rep.apply(new BulkLeadCommand(LeadSelection.of(List.of(mine, tagged, theirs)),
                BulkLeadAction.addTags(Tag.of("vip"))));
        BulkReport removed = manager.apply(new BulkLeadCommand(
                LeadSelection.matching(LeadFilter.any().withAnyTag(Tag.of("vip"))), BulkLeadAction.removeTags(Tag.of("vip"))));

        assertThat(added.items()).extracting(BulkItemResult::leadId, BulkItemResult::outcome).containsExactly(
                tuple(mine, BulkOutcome.APPLIED), tuple(tagged, BulkOutcome.UNCHANGED),
                tuple(theirs, BulkOutcome.ACCESS_DENIED));
        assertThat(removed.applied()).isEqualTo(2);
        assertThat(manager.count(ListLeads.firstPage(LeadFilter.any().withAnyTag(Tag.of("vip"))))).isZero();
        assertThat(history(mine)).extracting(AuditEntry::field, AuditEntry::newValue).contains(tuple("tags", "vip"));
    }

    @Test
    void bulkMergeTakesScanGroupsAndPairsWithAResultPerMergedLead() {
        LeadId first = rep.capture(lead("Ada Lovelace", "ada@engines.example").taggedWith(Tag.of("vip")));
        LeadId second = rep.capture(lead("Ada Lovelace", "ada@engines.example").taggedWith(Tag.of("emea")));
        LeadId third = rep.capture(lead("Ada Lovelace", "ada@engines.example"));
        LeadId bob = rep.capture(lead("Bob", "bob@engines.example"));
        LeadId bobToo = otherRep.capture(lead("Robert", "robert@elsewhere.example"));
        // the scan finds the three by e-mail and again by name; merging the second group repeats the first
        List<DuplicateGroup> scan = manager.scanDuplicates(LeadFilter.any());
        assertThat(scan).hasSize(2);

        BulkReport fromScan = manager.mergeAll(BulkMergeLeads.fromScan(scan));
        BulkReport pairs = rep.mergeAll(new BulkMergeLeads(List.of(MergeGroup.pair(bob, bobToo),
                MergeGroup.pair(first, second)), MergeChoices.fillBlanks()));

        assertThat(fromScan.items()).extracting(BulkItemResult::leadId, BulkItemResult::outcome).containsExactly(
                tuple(second, BulkOutcome.APPLIED), tuple(third, BulkOutcome.APPLIED),
                tuple(second, BulkOutcome.UNCHANGED), tuple(third, BulkOutcome.UNCHANGED));
        assertThat(pairs.items()).extracting(BulkItemResult::leadId, BulkItemResult::outcome).containsExactly(
                tuple(bobToo, BulkOutcome.ACCESS_DENIED), tuple(second, BulkOutcome.UNCHANGED));
        assertThat(manager.get(first).tags()).containsExactly(Tag.of("emea"), Tag.of("vip"));
        assertThat(manager.get(third).status()).isEqualTo(LeadStatus.MERGED);
        assertThat(manager.get(bobToo).status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void analyticsGroupByCampaignAndPeriodAndMeasureMedianTimes() {
        // week of 2026-03-30 (Monday): two leads; the next week: one
        LeadId a = rep.capture(lead("A", null).attributedTo(Attribution.campaign("fair", null)));
        LeadId b = rep.capture(lead("B", null).attributedTo(Attribution.campaign("fair", null)));
        clock.advance(Duration.ofHours(2));
        rep.changeStatus(ChangeLeadStatus.of(a, LeadStatus.QUALIFIED));
        clock.advance(Duration.ofHours(4));
        rep.changeStatus(ChangeLeadStatus.of(b, LeadStatus.QUALIFIED));
        rep.convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(a));
        clock.advance(Duration.ofDays(7));
        rep.capture(lead("C", null));

        LeadBreakdown byCampaign = manager.breakdown(LeadFilter.any(), LeadDimension.CAMPAIGN);
        LeadBreakdown byWeek = manager.breakdown(LeadFilter.any(), LeadDimension.CREATED_WEEK);
        LeadBreakdown byMonth = manager.breakdown(LeadFilter.any(), LeadDimension.CREATED_MONTH);

        assertThat(byCampaign.rows()).extracting(LeadBreakdown.Row::group, LeadBreakdown.Row::total,
                r -> r.conversionRate().toPlainString()).containsExactly(tuple("fair", 2L, "0.5000"),
                tuple(LeadDimension.NO_REASON, 1L, "0.0000"));
        assertThat(byWeek.rows()).extracting(LeadBreakdown.Row::group, LeadBreakdown.Row::total)
                .containsExactly(tuple("2026-03-30", 2L), tuple("2026-04-06", 1L));
        assertThat(byMonth.rows()).extracting(LeadBreakdown.Row::group).containsExactly("2026-03-01", "2026-04-01");
        assertThat(manager.medianTimeTo(LeadFilter.any(), LeadMilestone.QUALIFIED)).contains(Duration.ofHours(4));
        assertThat(manager.medianTimeTo(LeadFilter.any(), LeadMilestone.CONVERTED)).contains(Duration.ofHours(6));
        assertThat(otherRep.medianTimeTo(LeadFilter.any(), LeadMilestone.QUALIFIED)).isEmpty();
        assertThat(new BigDecimal("0.5000")).isEqualByComparingTo(byCampaign.rows().get(0).conversionRate());
    }
}
