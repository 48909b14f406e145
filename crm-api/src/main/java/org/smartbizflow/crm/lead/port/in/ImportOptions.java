package org.smartbizflow.crm.lead.port.in;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.port.in.CsvImportSettings;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.ImportProgress;

/**
 * How to read and store a CSV file of leads. Start from {@link #defaults()} and change what
 * differs; every setting has a sensible default.
 *
 * @param columns       explicit header-to-field mapping; empty maps by recognised header names
 * @param charset       the file's encoding, or null to detect (UTF-8 with or without BOM,
 *                      UTF-16 with BOM, otherwise ISO-8859-1)
 * @param delimiter     the column separator, or null to detect from the header line among
 *                      comma, semicolon, tab and pipe
 * @param dryRun        validate and report without storing anything
 * @param duplicates    what to do with rows whose e-mail is already known
 * @param chunkSize     rows per transaction, 1 to 10,000
 * @param source        the source of leads whose row names none
 * @param phoneRegion   region for phone numbers written without a country code, or null to
 *                      accept international numbers only
 * @param onProgress    called after every chunk
 * @param customTypes   the value type of each custom field column ({@code custom.<key>}) by key;
 *                      a header may also declare it ({@code custom.<key>:number}); undeclared
 *                      custom columns are text
 */
public record ImportOptions(Map<String, LeadField> columns, Charset charset, Character delimiter, boolean dryRun,
                            DuplicatePolicy duplicates, int chunkSize, LeadSource source, CountryCode phoneRegion,
                            Consumer<ImportProgress> onProgress, Map<String, CustomValue.Type> customTypes)
        implements CsvImportSettings<ImportOptions, LeadField> {

    public ImportOptions {
        columns = Map.copyOf(Preconditions.notNull(columns, "columns"));
        Preconditions.notNull(duplicates, "duplicates");
        Preconditions.check(chunkSize >= 1 && chunkSize <= 10_000, "chunkSize", "must be between 1 and 10000");
        Preconditions.notNull(source, "source");
        Preconditions.notNull(onProgress, "onProgress");
        customTypes = Map.copyOf(customTypes == null ? Map.of() : customTypes);
        customTypes.keySet().forEach(CustomFields::checkKey);
    }

    /** Detect encoding and delimiter, map by header names, skip duplicates, chunks of 1,000. */
    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), null, null, false, DuplicatePolicy.SKIP, 1000, LeadSource.IMPORT, null,
                progress -> { }, Map.of());
    }

    @Override
    public ImportOptions columns(Map<String, LeadField> mapping) {
        return new ImportOptions(mapping, charset, delimiter, dryRun, duplicates, chunkSize, source, phoneRegion, onProgress, customTypes);
    }

    @Override
    public ImportOptions charset(Charset value) {
        return new ImportOptions(columns, value, delimiter, dryRun, duplicates, chunkSize, source, phoneRegion, onProgress, customTypes);
    }

    @Override
    public ImportOptions delimiter(char value) {
        return new ImportOptions(columns, charset, value, dryRun, duplicates, chunkSize, source, phoneRegion, onProgress, customTypes);
    }

    @Override
    public ImportOptions dryRun(boolean value) {
        return new ImportOptions(columns, charset, delimiter, value, duplicates, chunkSize, source, phoneRegion, onProgress, customTypes);
    }

    @Override
    public ImportOptions duplicates(DuplicatePolicy value) {
        return new ImportOptions(columns, charset, delimiter, dryRun, value, chunkSize, source, phoneRegion, onProgress, customTypes);
    }

    @Override
    public ImportOptions chunkSize(int value) {
        return new ImportOptions(columns, charset, delimiter, dryRun, duplicates, value, source, phoneRegion, onProgress, customTypes);
    }

    public ImportOptions source(LeadSource value) {
        return new ImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, value, phoneRegion, onProgress, customTypes);
    }

    public ImportOptions phoneRegion(CountryCode value) {
        return new ImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, source, value, onProgress, customTypes);
    }

    /** Declares the value types of custom field columns, by key. */
    public ImportOptions customTypes(Map<String, CustomValue.Type> value) {
        return new ImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, source, phoneRegion,
                onProgress, value);
    }

    @Override
    public ImportOptions onProgress(Consumer<ImportProgress> value) {
        return new ImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, source, phoneRegion, value, customTypes);
    }
}
