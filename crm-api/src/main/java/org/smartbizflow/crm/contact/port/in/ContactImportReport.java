package org.smartbizflow.crm.contact.port.in;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.shared.port.in.ImportSummary;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * What a contact import did with every row: each data row is counted exactly once as stored,
 * updated, skipped or rejected ({@code rowsRead == stored + updated + skipped + rejected.size()}).
 *
 * @param dryRun           true when nothing was written
 * @param charset          the encoding used
 * @param delimiter        the separator used
 * @param mapping          the column-to-field mapping used, by header
 * @param ignoredColumns   headers that mapped to no field
 * @param rowsRead         data rows read
 * @param stored           rows stored as new contacts (would be, in a dry run)
 * @param updated          rows merged into an existing contact
 * @param skipped          rows skipped as duplicates, with the line of each
 * @param rejected         rows not stored, with line, field and reason
 * @param accountsCreated  accounts created for rows naming one that did not exist
 * @param consentRecords   consent records written from consent columns
 */
public record ContactImportReport(boolean dryRun, Charset charset, char delimiter, Map<String, ContactField> mapping,
                                  List<String> ignoredColumns, long rowsRead, long stored, long updated,
                                  List<Long> skipped, List<RowRejection> rejected, long accountsCreated,
                                  long consentRecords)
        implements ImportSummary {

    public ContactImportReport {
        mapping = Map.copyOf(mapping);
        ignoredColumns = List.copyOf(ignoredColumns);
        skipped = List.copyOf(skipped);
        rejected = List.copyOf(rejected);
    }
}
