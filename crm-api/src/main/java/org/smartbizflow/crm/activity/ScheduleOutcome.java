package org.smartbizflow.crm.activity;

import java.util.List;

/**
 * What scheduling or rescheduling did: scheduled (perhaps with overlapping meetings to know
 * about), not scheduled because of conflicts, or refused by the lifecycle.
 */
public sealed interface ScheduleOutcome {

    /** The overlapping meetings found (empty when none, or when not checked). */
    List<ActivityView> conflicts();

    /**
     * Stored.
     *
     * @param id          the activity (of a series: its first occurrence)
     * @param occurrences every activity stored or moved (a series: each occurrence)
     * @param conflicts   overlapping meetings, stored anyway under {@link ConflictPolicy#WARN}
     */
    record Scheduled(ActivityId id, List<ActivityId> occurrences, List<ActivityView> conflicts)
            implements ScheduleOutcome {
        public Scheduled {
            occurrences = List.copyOf(occurrences);
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Nothing stored: {@link ConflictPolicy#REFUSE} found overlapping meetings.
     *
     * @param conflicts the overlapping meetings
     */
    record Conflicted(List<ActivityView> conflicts) implements ScheduleOutcome {
        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Nothing changed: the activity's lifecycle forbids it (it is completed or cancelled).
     *
     * @param reason why
     */
    record Refused(String reason) implements ScheduleOutcome {
        @Override
        public List<ActivityView> conflicts() {
            return List.of();
        }
    }
}
