package org.smartbizflow.crm.contact.port.in;

import java.io.OutputStream;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactFilter;

/**
 * Export the contacts a search filter or segment criteria select (and the actor may see),
 * streaming page by page so memory stays constant. CSV cells that a spreadsheet would run as
 * a formula are prefixed with a quote, which the import removes again; the CSV columns are
 * the canonical {@link ContactField} names (plus id, reports_to and the dates, which an import
 * ignores), so an export imports back unchanged. Labels of addresses and numbers, custom
 * fields and handles on networks without a column are in the JSON export only. Consent is
 * not exported here: it is proof kept with its records, not a profile value.
 */
public interface ExportContactsUseCase {

    /** Writes UTF-8 CSV with a header row; returns the number of contacts written. */
    long exportCsv(ContactFilter filter, OutputStream out);

    /** As {@link #exportCsv(ContactFilter, OutputStream)} for the contacts segment criteria select. */
    long exportCsv(ContactCriteria criteria, OutputStream out);

    /** Writes a UTF-8 JSON array of contact objects; returns the number of contacts written. */
    long exportJson(ContactFilter filter, OutputStream out);

    /** As {@link #exportJson(ContactFilter, OutputStream)} for the contacts segment criteria select. */
    long exportJson(ContactCriteria criteria, OutputStream out);
}
