package org.smartbizflow.crm.shared.port.in;

/**
 * How far a running import has come; reported after every chunk. Lead and contact imports
 * report the same way.
 *
 * @param rowsRead data rows read so far
 * @param stored   rows stored as new leads or contacts so far (or that would be, in a dry run)
 * @param updated  rows that updated an existing lead or contact
 * @param skipped  rows skipped as duplicates
 * @param rejected rows rejected with a reason
 */
public record ImportProgress(long rowsRead, long stored, long updated, long skipped, long rejected) {
}
