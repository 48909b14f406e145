package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.CustomFieldCriterion;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.BulkReport;
import org.smartbizflow.crm.lead.port.in.LeadBreakdown;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.in.RecordLeadScore;
import org.smartbizflow.crm.lead.port.in.UpdateLead;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Tag;

/**
 * The demo's lead-profile part: campaign attribution, typed custom fields, tags, scores,
 * sorted and filtered search, bulk tagging and the campaign, period and timing analytics,
 * all on the leads the main demo already captured (so it adds none).
 */
public final class LeadProfileDemo {

    private LeadProfileDemo() {
    }

    /** Runs the part with the manager's session; prints what it did. */
    public static void run(CrmSession manager, PrintStream out) {
        out.println("== Campaigns, custom fields and tags");
        for (LeadView lead : manager.leads().list(ListLeads.firstPage(LeadFilter.any().withSources(
                org.smartbizflow.crm.lead.LeadSource.IMPORT))).items()) {
            int employees = 40 * lead.name().length();
            manager.leads().update(UpdateLead.of(lead.id())
                    .attribution(Attribution.campaign("spring-fair", "Spring Fair 2026").withUtm("newsletter", "email",
                            "spring", null, null))
                    .customField("employees", CustomValue.number(Integer.toString(employees)))
                    .customField("industry", CustomValue.text(employees > 500 ? "Engineering" : "Science")));
            manager.leads().recordScore(new RecordLeadScore(lead.id(), Math.min(100, employees / 6)));
        }
        BulkReport tagged = manager.leads().apply(new BulkLeadCommand(LeadSelection.matching(LeadFilter.any()
                .withCustomField(CustomFieldCriterion.between("employees", CustomValue.number("500"), null))),
                BulkLeadAction.addTags(Tag.of("enterprise"))));
        out.println("   tagged " + tagged.applied() + " lead(s) with 500+ employees as 'enterprise'");
        LeadFilter enterprise = LeadFilter.any().withCampaigns("spring-fair").withAnyTag(Tag.of("enterprise"));
        ListLeads byScore = ListLeads.firstPage(enterprise).sortedBy(LeadSort.descending(LeadSort.Key.SCORE));
        for (LeadView lead : manager.leads().list(byScore).items()) {
            out.println("   " + lead.name() + ": score " + lead.score() + ", tags " + lead.tags() + ", employees "
                    + lead.customFields().get("employees").map(CustomValue::asText).orElse("?") + ", campaign "
                    + lead.attribution().campaignName());
        }

        out.println("== Leads by campaign and by week (aggregate queries)");
        for (LeadDimension dimension : new LeadDimension[] {LeadDimension.CAMPAIGN, LeadDimension.CREATED_WEEK}) {
            for (LeadBreakdown.Row row : manager.leads().breakdown(LeadFilter.any(), dimension).rows()) {
                out.println("   " + dimension + " " + row.group() + ": " + row.total() + " leads, conversion "
                        + row.conversionRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            }
        }
        out.println("   median time to qualify: " + manager.leads().medianTimeTo(LeadFilter.any(), LeadMilestone.QUALIFIED)
                .map(Duration::toString).orElse("none yet"));
    }
}
