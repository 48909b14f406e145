package org.smartbizflow.crm.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * An account's compliance record: KYC status and review dates, the documents behind it, and
 * the flags of the last sanctions/watch-list screening.
 *
 * @param kycStatus  where the KYC checks stand
 * @param reviewedOn when the account was last reviewed, or null
 * @param reviewDue  when the next review is due, or null when none is planned
 * @param documents  references to the documents held
 * @param flags      hits of the last screening (empty: screened clean, or never screened)
 * @param screenedAt when it was last screened, or null when never
 */
public record Compliance(KycStatus kycStatus, LocalDate reviewedOn, LocalDate reviewDue,
                         List<DocumentReference> documents, List<ScreeningFlag> flags, Instant screenedAt) {

    public static final int MAX_DOCUMENTS = 50;
    public static final int MAX_FLAGS = 100;

    private static final Compliance NONE = new Compliance(KycStatus.NOT_STARTED, null, null, List.of(), List.of(),
            null);

    public Compliance {
        Preconditions.notNull(kycStatus, "kycStatus");
        documents = List.copyOf(Preconditions.notNull(documents, "documents"));
        Preconditions.check(documents.size() <= MAX_DOCUMENTS, "documents", "at most " + MAX_DOCUMENTS + " documents");
        flags = List.copyOf(Preconditions.notNull(flags, "flags"));
        Preconditions.check(flags.size() <= MAX_FLAGS, "flags", "at most " + MAX_FLAGS + " flags");
        Preconditions.check(reviewedOn == null || reviewDue == null || !reviewDue.isBefore(reviewedOn), "reviewDue",
                "must not be before reviewedOn");
    }

    /** No check started, never screened. */
    public static Compliance none() {
        return NONE;
    }

    /** Is a review due on or before that day? */
    public boolean reviewDueBy(LocalDate day) {
        return reviewDue != null && !reviewDue.isAfter(day);
    }

    /** Did the last screening report any sanctions hit? */
    public boolean sanctioned() {
        return flags.stream().anyMatch(f -> f.kind() == ScreeningFlag.Kind.SANCTIONS);
    }

    public Compliance withKyc(KycStatus status, LocalDate reviewed, LocalDate due, List<DocumentReference> docs) {
        return new Compliance(status, reviewed, due, docs, flags, screenedAt);
    }

    public Compliance withScreening(List<ScreeningFlag> newFlags, Instant at) {
        return new Compliance(kycStatus, reviewedOn, reviewDue, documents, newFlags, at);
    }
}
