package org.smartbizflow.crm.lead.port.in;

import java.io.OutputStream;
import org.smartbizflow.crm.lead.LeadFilter;

/**
 * Export the leads a filter selects (and the actor may see), streaming page by page so memory
 * stays constant whatever the number of leads. CSV cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) are prefixed with a quote (and a
 * cell starting with a quote gets another); importing such a file removes exactly that quote.
 */
public interface ExportLeadsUseCase {

    /** Writes UTF-8 CSV with a header row; returns the number of leads written. */
    long exportCsv(LeadFilter filter, OutputStream out);

    /** Writes a UTF-8 JSON array of lead objects; returns the number of leads written. */
    long exportJson(LeadFilter filter, OutputStream out);
}
