package org.smartbizflow.crm.contact.port.in;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.port.in.CsvImportSettings;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.ImportProgress;

/**
 * How to read and store a CSV file of contacts. Start from {@link #defaults()} and change what
 * differs. Reading (encoding and delimiter detection, header mapping, chunks, progress) works
 * exactly as for leads.
 *
 * <p>Duplicates: a tenant never has two contacts for one mailbox, so a row whose e-mail
 * address (primary or further, normalised) belongs to a stored contact, or to an earlier row,
 * is a duplicate. {@link DuplicatePolicy#SKIP} reports it as skipped, {@link DuplicatePolicy#UPDATE}
 * merges the row into the stored contact (name replaced; addresses, numbers, handles and tags
 * added; other cells replace what they name), and {@link DuplicatePolicy#CREATE} creates
 * contacts for rows without a duplicate and <em>rejects</em> duplicates, because the contact
 * aggregate refuses them. A row whose addresses belong to two different contacts is rejected.
 *
 * <p>Accounts: a row is linked to the account its {@code ACCOUNT_ID} names (which must
 * exist), else to the account its {@code ACCOUNT_DOMAIN}, else its {@code ACCOUNT_NAME} finds;
 * a row naming an account that does not exist is rejected, or the account is created when
 * {@link #createMissingAccounts}. A row without account columns is linked by the domain of its
 * primary e-mail (never a free mail provider's), and stored without an account when none
 * matches (or a new account for the domain is created when {@code createMissingAccounts}).
 *
 * <p>Consent is never implied: a row's consent cells are stored as consent records only when
 * the row also names the lawful basis and the source; a consent cell without them rejects the
 * row. A file without consent columns changes no consent.
 *
 * @param columns               explicit header-to-field mapping; empty maps by recognised header names
 * @param charset               the file's encoding, or null to detect
 * @param delimiter             the column separator, or null to detect
 * @param dryRun                validate, match and report without storing anything
 * @param duplicates            what to do with rows whose e-mail is already known
 * @param chunkSize             rows per transaction, 1 to 10,000
 * @param phoneRegion           region for phone numbers written without a country code, or null
 *                              to accept international numbers only
 * @param createMissingAccounts create the account a row names (or its e-mail domain implies)
 *                              when none matches, instead of rejecting the row
 * @param onProgress            called after every chunk
 */
public record ContactImportOptions(Map<String, ContactField> columns, Charset charset, Character delimiter,
                                   boolean dryRun, DuplicatePolicy duplicates, int chunkSize,
                                   CountryCode phoneRegion, boolean createMissingAccounts,
                                   Consumer<ImportProgress> onProgress)
        implements CsvImportSettings<ContactImportOptions, ContactField> {

    public ContactImportOptions {
        columns = Map.copyOf(Preconditions.notNull(columns, "columns"));
        Preconditions.notNull(duplicates, "duplicates");
        Preconditions.check(chunkSize >= 1 && chunkSize <= 10_000, "chunkSize", "must be between 1 and 10000");
        Preconditions.notNull(onProgress, "onProgress");
    }

    /** Detect encoding and delimiter, map by header names, skip duplicates, chunks of 500, no new accounts. */
    public static ContactImportOptions defaults() {
        return new ContactImportOptions(Map.of(), null, null, false, DuplicatePolicy.SKIP, 500, null, false,
                progress -> { });
    }

    @Override
    public ContactImportOptions columns(Map<String, ContactField> mapping) {
        return new ContactImportOptions(mapping, charset, delimiter, dryRun, duplicates, chunkSize, phoneRegion,
                createMissingAccounts, onProgress);
    }

    @Override
    public ContactImportOptions charset(Charset value) {
        return new ContactImportOptions(columns, value, delimiter, dryRun, duplicates, chunkSize, phoneRegion,
                createMissingAccounts, onProgress);
    }

    @Override
    public ContactImportOptions delimiter(char value) {
        return new ContactImportOptions(columns, charset, value, dryRun, duplicates, chunkSize, phoneRegion,
                createMissingAccounts, onProgress);
    }

    @Override
    public ContactImportOptions dryRun(boolean value) {
        return new ContactImportOptions(columns, charset, delimiter, value, duplicates, chunkSize, phoneRegion,
                createMissingAccounts, onProgress);
    }

    @Override
    public ContactImportOptions duplicates(DuplicatePolicy value) {
        return new ContactImportOptions(columns, charset, delimiter, dryRun, value, chunkSize, phoneRegion,
                createMissingAccounts, onProgress);
    }

    @Override
    public ContactImportOptions chunkSize(int value) {
        return new ContactImportOptions(columns, charset, delimiter, dryRun, duplicates, value, phoneRegion,
                createMissingAccounts, onProgress);
    }

    public ContactImportOptions phoneRegion(CountryCode value) {
        return new ContactImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, value,
                createMissingAccounts, onProgress);
    }

    public ContactImportOptions createMissingAccounts(boolean value) {
        return new ContactImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, phoneRegion,
                value, onProgress);
    }

    @Override
    public ContactImportOptions onProgress(Consumer<ImportProgress> value) {
        return new ContactImportOptions(columns, charset, delimiter, dryRun, duplicates, chunkSize, phoneRegion,
                createMissingAccounts, value);
    }
}
