package org.smartbizflow.crm.account.port.in;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.shared.port.in.ImportSummary;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * What an account import did with every row: each data row is counted exactly once as stored,
 * updated, skipped or rejected ({@code rowsRead == stored + updated + skipped.size() + rejected.size()}).
 *
 * @param dryRun         true when nothing was written
 * @param charset        the encoding used
 * @param delimiter      the separator used
 * @param mapping        the column-to-field mapping used, by header
 * @param customColumns  the custom field key each {@code custom.*} column fed, by header
 * @param ignoredColumns headers that fed nothing
 * @param rowsRead       data rows read
 * @param stored         rows stored as new accounts (would be, in a dry run)
 * @param updated        rows merged into an existing account
 * @param skipped        rows skipped as duplicates, with the line of each
 * @param rejected       rows not stored, with line, field and reason
 * @param parentsSet     accounts placed under the parent their row names (would be, in a dry run)
 */
public record AccountImportReport(boolean dryRun, Charset charset, char delimiter, Map<String, AccountField> mapping,
                                  Map<String, String> customColumns, List<String> ignoredColumns, long rowsRead,
                                  long stored, long updated, List<Long> skipped, List<RowRejection> rejected,
                                  long parentsSet)
        implements ImportSummary {

    public AccountImportReport {
        mapping = Map.copyOf(mapping);
        customColumns = Map.copyOf(customColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        skipped = List.copyOf(skipped);
        rejected = List.copyOf(rejected);
    }
}
