package org.smartbizflow.crm.account.port.in;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.port.in.CsvImportSettings;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.ImportProgress;

/**
 * How to read and store a CSV file of accounts. Start from {@link #defaults()} and change what
 * differs. Reading (encoding and delimiter detection, header mapping, chunks, progress) works
 * exactly as for leads and contacts.
 *
 * <p>Duplicates: a row's stored account is the one its {@code ID} column names (which must
 * exist); else the account that lists one of the row's domains; else, for a row without a
 * domain, the account whose legal name has the same matching key
 * ({@link org.smartbizflow.crm.account.AccountNames#normalise}). An earlier row of the file
 * counts as stored. {@link DuplicatePolicy#SKIP} reports such a row as skipped,
 * {@link DuplicatePolicy#UPDATE} merges it into the stored account (cells given replace what
 * they name; domains, tax ids (by scheme) and tags are added; an address replaces the first
 * stored one of its kind; custom fields are merged by key) and {@link DuplicatePolicy#CREATE} stores it as a
 * further account; CREATE rejects a row with an id, which names an account to change. A row
 * matching two or more stored accounts is rejected: give it the id of the one it means. An id
 * that names no account of the tenant rejects its row, so ids exported from another CRM
 * database must be left out (or mapped to no field).
 *
 * <p>Parents: a row may name its parent account by {@code PARENT_ID}, {@code PARENT_DOMAIN}
 * or {@code PARENT_NAME}, matched like duplicates; a parent that does not exist, is ambiguous,
 * or would put an account under its own descendant rejects the row, and nothing of it is
 * stored. Parents may come later in the file than their children only by id: by domain or
 * name, a parent must be stored or on an earlier row.
 *
 * @param columns     explicit header-to-field mapping; empty maps by recognised header names
 * @param charset     the file's encoding, or null to detect
 * @param delimiter   the column separator, or null to detect
 * @param dryRun      validate, match and report without storing anything
 * @param duplicates  what to do with rows matching a stored account or an earlier row
 * @param chunkSize   rows per transaction, 1 to 10,000
 * @param customTypes the value type of each custom field column ({@code custom.<key>}) by key;
 *                    a column without a declared type reads text
 * @param onProgress  called after every chunk
 */
public record AccountImportOptions(Map<String, AccountField> columns, Charset charset, Character delimiter,
                                   boolean dryRun, DuplicatePolicy duplicates, int chunkSize,
                                   Map<String, CustomValue.Type> customTypes,
                                   Consumer<ImportProgress> onProgress)
        implements CsvImportSettings<AccountImportOptions, AccountField> {

    public AccountImportOptions {
        columns = Map.copyOf(Preconditions.notNull(columns, "columns"));
        Preconditions.notNull(duplicates, "duplicates");
        Preconditions.check(chunkSize >= 1 && chunkSize <= 10_000, "chunkSize", "must be between 1 and 10000");
        customTypes = Map.copyOf(customTypes == null ? Map.of() : customTypes);
        customTypes.keySet().forEach(CustomFields::checkKey);
        Preconditions.notNull(onProgress, "onProgress");
    }

    /** Detect encoding and delimiter, map by header names, skip duplicates, chunks of 500. */
    public static AccountImportOptions defaults() {
        return new AccountImportOptions(Map.of(), null, null, false, DuplicatePolicy.SKIP, 500, Map.of(),
                progress -> { });
    }

    @Override
    public AccountImportOptions columns(Map<String, AccountField> mapping) {
        return new AccountImportOptions(mapping, charset, delimiter, dryRun, duplicates, chunkSize, customTypes,
                onProgress);
    }

    @Override
    public AccountImportOptions charset(Charset value) {
        return new AccountImportOptions(columns, value, delimiter, dryRun, duplicates, chunkSize, customTypes,
                onProgress);
    }

    @Override
    public AccountImportOptions delimiter(char value) {
        return new AccountImportOptions(columns, charset, value, dryRun, duplicates, chunkSize, customTypes,
                onProgress);
    }

    @Override
    public AccountImportOptions dryRun(boolean value) {
        return new AccountImportOptions(columns, charset, delimiter, value, duplicates, chunkSize, customTypes,
                onProgress);
    }

    @Override
    public AccountImportOptions duplicates(DuplicatePolicy value) {
        return new AccountImportOptions(columns, charset, delimiter, dryRun, value, chunkSize, customTypes,
                onProgress);
    }

    @Override
    public AccountImportOptions chunkSize(int value) {
        return new AccountImportOptions(columns, charset, delimiter, dryRun, duplicates, value, customTypes,
                onProgress);
    }

    public AccountImportOptions customTypes(Map<String, CustomValue.Type> value) {
        return new AccountImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, value,
                onProgress);
    }

    @Override
    public AccountImportOptions onProgress(Consumer<ImportProgress> value) {
        return new AccountImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, customTypes,
                value);
    }
}
