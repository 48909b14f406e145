package org.smartbizflow.crm.lead.port.in;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Import leads from CSV, streaming, in chunks of one transaction each. Bad rows never stop
 * the import: each is reported with its line, field and reason, and no row is ever stored
 * half. A chunk that fails to commit is retried row by row, so one bad row costs only itself.
 */
public interface ImportLeadsUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException when the file as a whole is
     *         unusable (unreadable, no header, no column maps to a name)
     */
    ImportReport importCsv(Path file, ImportOptions options);

    /** As {@link #importCsv(Path, ImportOptions)} from a stream the caller closes. */
    ImportReport importCsv(InputStream csv, ImportOptions options);
}
