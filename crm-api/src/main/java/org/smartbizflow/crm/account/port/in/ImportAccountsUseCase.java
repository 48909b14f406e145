package org.smartbizflow.crm.account.port.in;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Import accounts from CSV on the same machinery as leads and contacts: streaming, in chunks
 * of one transaction each, every row reported once with its line, field and reason, a failed
 * chunk retried row by row. Accounts are created, changed and placed in the hierarchy through
 * the account use cases, so their validation, access rules, audit and events apply as for a
 * user's edit.
 */
public interface ImportAccountsUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException when the file as a whole is
     *         unusable (unreadable, no header, no column maps to the legal name, a malformed
     *         custom column header)
     */
    AccountImportReport importCsv(Path file, AccountImportOptions options);

    /** As {@link #importCsv(Path, AccountImportOptions)} from a stream the caller closes. */
    AccountImportReport importCsv(InputStream csv, AccountImportOptions options);
}
