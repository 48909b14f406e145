package org.smartbizflow.crm.account;

import java.time.LocalDate;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A pointer to a compliance document kept in the host's document store (the CRM keeps the
 * reference, never the file).
 *
 * @param type      what it is, e.g. {@code certificate-of-incorporation}, 1 to 64 characters
 * @param reference where the host keeps it (a URI or key), 1 to 500 characters
 * @param issuedOn  when it was issued, or null
 * @param expiresOn when it stops being valid, or null; not before the issue date
 */
public record DocumentReference(String type, String reference, LocalDate issuedOn, LocalDate expiresOn) {

    public DocumentReference {
        type = Preconditions.maxLength(Preconditions.notBlank(type, "document.type"), 64, "document.type");
        reference = Preconditions.maxLength(Preconditions.notBlank(reference, "document.reference"), 500,
                "document.reference");
        Preconditions.check(issuedOn == null || expiresOn == null || !expiresOn.isBefore(issuedOn),
                "document.expiresOn", "must not be before issuedOn");
    }
}
