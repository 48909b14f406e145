package org.smartbizflow.crm.contact.port.in;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Import contacts from CSV on the same machinery as leads: streaming, in chunks of one
 * transaction each, every row reported once with its line, field and reason, a failed chunk
 * retried row by row. Contacts are created and changed through the contact use cases, so
 * their validation, access rules, audit and events apply as for a user's edit.
 */
public interface ImportContactsUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException when the file as a whole is
     *         unusable (unreadable, no header, no column maps to a name)
     */
    ContactImportReport importCsv(Path file, ContactImportOptions options);

    /** As {@link #importCsv(Path, ContactImportOptions)} from a stream the caller closes. */
    ContactImportReport importCsv(InputStream csv, ContactImportOptions options);
}
