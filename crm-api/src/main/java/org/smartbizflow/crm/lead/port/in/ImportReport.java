package org.smartbizflow.crm.lead.port.in;

import java.nio.charset.Charset;
import java.util.List;
import org.smartbizflow.crm.shared.port.in.ImportSummary;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * What an import did with every row: each data row is counted exactly once as stored,
 * updated, skipped or rejected ({@code rowsRead == stored + updated + skipped + rejected.size()}).
 *
 * @param dryRun         true when nothing was written
 * @param charset        the encoding used
 * @param delimiter      the separator used
 * @param mapping        the column-to-field mapping used, by header
 * @param ignoredColumns headers that mapped to no field
 * @param rowsRead       data rows read
 * @param stored         rows stored as new leads (would be, in a dry run)
 * @param updated        rows that updated an existing lead
 * @param skipped        rows skipped as duplicates, with the line of each
 * @param rejected       rows not stored, with line, field and reason
 * @param customColumns  the custom field columns read, by header, with the key and type used
 */
public record ImportReport(boolean dryRun, Charset charset, char delimiter, java.util.Map<String, LeadField> mapping,
                           List<String> ignoredColumns, long rowsRead, long stored, long updated,
                           List<Long> skipped, List<RowRejection> rejected,
                           java.util.Map<String, org.smartbizflow.crm.lead.CustomFieldKey> customColumns)
        implements ImportSummary {

    public ImportReport {
        mapping = java.util.Map.copyOf(mapping);
        ignoredColumns = List.copyOf(ignoredColumns);
        skipped = List.copyOf(skipped);
        rejected = List.copyOf(rejected);
        customColumns = java.util.Map.copyOf(customColumns);
    }
}
