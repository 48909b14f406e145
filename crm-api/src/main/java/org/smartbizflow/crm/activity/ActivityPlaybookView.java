package org.smartbizflow.crm.activity;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A tenant's playbook as stored: its templates by key and its follow-up rules, each with the
 * version a change must name.
 *
 * @param templates the templates, by key
 * @param followUps the follow-up rules, by activity type and outcome
 */
public record ActivityPlaybookView(List<ActivityTemplateView> templates, List<FollowUpRuleView> followUps) {

    public ActivityPlaybookView {
        templates = List.copyOf(Preconditions.notNull(templates, "templates"));
        followUps = List.copyOf(Preconditions.notNull(followUps, "followUps"));
    }

    /** The playbook the activity use cases work with. */
    public ActivityPlaybook toPlaybook() {
        return new ActivityPlaybook(templates.stream().map(ActivityTemplateView::template).toList(),
                followUps.stream().map(FollowUpRuleView::rule).toList());
    }
}
