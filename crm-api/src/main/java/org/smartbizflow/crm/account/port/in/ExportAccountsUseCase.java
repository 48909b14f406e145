package org.smartbizflow.crm.account.port.in;

import java.io.OutputStream;
import org.smartbizflow.crm.account.AccountFilter;

/**
 * Export the accounts a search filter selects (and the actor may see), streaming page by page
 * so memory stays constant. CSV cells that a spreadsheet would run as a formula are prefixed
 * with a quote, which the import removes again. The CSV columns are the canonical
 * {@link AccountField} names, one {@code custom.<key>:<type>} column per custom field the
 * exported accounts use, and the dates (which an import ignores), so an export imports back
 * unchanged: with {@code DuplicatePolicy.UPDATE}, edited rows update the accounts their ids
 * name. Addresses of kind {@code OTHER}, second addresses of a kind, compliance data and the
 * territory are in the JSON export only.
 */
public interface ExportAccountsUseCase {

    /** Writes UTF-8 CSV with a header row; returns the number of accounts written. */
    long exportCsv(AccountFilter filter, OutputStream out);

    /** Writes a UTF-8 JSON array of account objects; returns the number of accounts written. */
    long exportJson(AccountFilter filter, OutputStream out);
}
