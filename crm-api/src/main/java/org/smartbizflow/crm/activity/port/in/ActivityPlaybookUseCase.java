package org.smartbizflow.crm.activity.port.in;

import org.smartbizflow.crm.activity.ActivityPlaybookView;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.FollowUpRuleView;

/**
 * The tenant's activity playbook as data: its templates and follow-up rules, created, changed
 * and deleted at run time. A tenant starts with the playbook the CRM was built with; the first
 * time it is read or changed here, that default is stored as the tenant's own (one audit entry
 * and event per template and rule) and only what is stored counts from then on.
 *
 * <p>Reading needs no particular right; changing needs the right to create, update or delete
 * records nobody owns (managers and admins under the shipped access policies).
 */
public interface ActivityPlaybookUseCase {

    /** The tenant's templates by key and its rules by activity type and outcome. */
    ActivityPlaybookView playbook();

    /** Stores a new template at version 0. */
    ActivityTemplateView createTemplate(CreateActivityTemplate command);

    /** Replaces the contents of the template with the command's key; returns it at its new version. */
    ActivityTemplateView updateTemplate(UpdateActivityTemplate command);

    /** Deletes a template no rule names. */
    void deleteTemplate(DeleteActivityTemplate command);

    /** Stores a new rule at version 0. */
    FollowUpRuleView createFollowUpRule(CreateFollowUpRule command);

    /** Replaces a rule; returns it at its new version. */
    FollowUpRuleView updateFollowUpRule(UpdateFollowUpRule command);

    /** Deletes a rule. */
    void deleteFollowUpRule(DeleteFollowUpRule command);
}
