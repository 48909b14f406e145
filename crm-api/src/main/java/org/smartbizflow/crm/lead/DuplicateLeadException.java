package org.smartbizflow.crm.lead;

import java.util.List;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * A capture was refused because the lead duplicates stored ones (with
 * {@link DuplicateRules#blockOnCapture()}). Nothing was stored; {@link #matches()} says which
 * leads and by which rule.
 */
public class DuplicateLeadException extends ValidationException {

    private final List<DuplicateMatch> matches;

    public DuplicateLeadException(List<DuplicateMatch> matches) {
        super(matches.stream().map(m -> new Violation(fieldOf(m.rule()), "duplicates lead " + m.leadId()
                + " (" + m.rule() + ")")).toList());
        this.matches = List.copyOf(matches);
    }

    public List<DuplicateMatch> matches() {
        return matches;
    }

    private static String fieldOf(DuplicateRule rule) {
        return switch (rule) {
            case EMAIL -> "email";
            case PHONE -> "phone";
            case NAME_AND_COMPANY -> "name";
        };
    }
}
