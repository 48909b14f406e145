package org.smartbizflow.crm.jpa.internal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One team member of a rule set, a row of {@code crm_assignment_member}; teams are rebuilt from the team key. */
@Embeddable
class MemberLine {

    @Column(name = "team_key", nullable = false, length = 64)
    private String teamKey;

    @Column(name = "user_id", nullable = false, length = 128)
    private String userId;

    @Column(name = "max_open_leads", nullable = false)
    private int maxOpenLeads;

    protected MemberLine() {
    }

    MemberLine(String teamKey, String userId, int maxOpenLeads) {
        this.teamKey = teamKey;
        this.userId = userId;
        this.maxOpenLeads = maxOpenLeads;
    }

    String teamKey() {
        return teamKey;
    }

    String userId() {
        return userId;
    }

    int maxOpenLeads() {
        return maxOpenLeads;
    }
}
