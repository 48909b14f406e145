package org.smartbizflow.crm.core.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * Which CSV column feeds which field: by an explicit header-to-field map when one is given,
 * else by the header names the field type recognises. A field is fed by its first column only;
 * later columns for it, and columns that name no field, are reported as ignored.
 *
 * @param <F> the field type of one import (lead fields, contact fields)
 */
public final class HeaderMapping<F> {

    /** What a caller's own column rule makes of a header, before the field mapping sees it. */
    public enum Claim {
        /** Not the caller's: map it to a field. */
        NONE,
        /** The caller reads this column itself. */
        TAKEN,
        /** The caller's kind of column, but not read (e.g. a second column for the same key). */
        IGNORED
    }

    private final int width;
    private final Map<Integer, F> columns;
    private final Map<String, F> byHeader;
    private final List<String> ignored;

    private HeaderMapping(int width, Map<Integer, F> columns, Map<String, F> byHeader, List<String> ignored) {
        this.width = width;
        this.columns = columns;
        this.byHeader = byHeader;
        this.ignored = ignored;
    }

    /**
     * @param header   the header row's cells
     * @param explicit header-to-field map; empty to map by recognised names
     * @param byName   the field a header names, if any
     * @param claims   the caller's own columns (called first, with the column index and the stripped header)
     * @throws ValidationException when an explicitly mapped header is not in the file
     */
    public static <F> HeaderMapping<F> of(List<String> header, Map<String, F> explicit,
                                          Function<String, Optional<F>> byName,
                                          java.util.function.BiFunction<Integer, String, Claim> claims) {
        Map<Integer, F> columns = new LinkedHashMap<>();
        Map<String, F> byHeader = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Claim claim = claims.apply(i, name);
            if (claim == Claim.TAKEN) {
                continue;
            }
            if (claim == Claim.IGNORED) {
                ignored.add(name);
                continue;
            }
            F field = explicit.isEmpty() ? byName.apply(name).orElse(null) : explicit.get(name);
            if (field == null || columns.containsValue(field)) {
                ignored.add(name);
            } else {
                columns.put(i, field);
                byHeader.put(name, field);
            }
        }
        for (String wanted : explicit.keySet()) {
            if (!byHeader.containsKey(wanted)) {
                throw new ValidationException("columns", "the file has no column '" + wanted + "' (header: " + header
                        + ")");
            }
        }
        return new HeaderMapping<>(header.size(), columns, byHeader, ignored);
    }

    /**
     * Puts a record's filled cells into {@code cells} by field: stripped, with the guard a
     * formula-safe export put before them removed ({@link SpreadsheetSafety#restore}). A record
     * with more cells than the header is rejected instead.
     *
     * @return false when the record was rejected
     */
    public boolean read(long line, List<String> record, Map<F, String> cells, List<RowRejection> rejections) {
        if (record.size() > width) {
            rejections.add(new RowRejection(line, List.of(new Violation("row", "has " + record.size()
                    + " cells but the header has " + width))));
            return false;
        }
        columns.forEach((index, field) -> {
            if (index < record.size() && !record.get(index).isBlank()) {
                cells.put(field, SpreadsheetSafety.restore(record.get(index).strip()));
            }
        });
        return true;
    }

    /** Field by column index, in column order. */
    public Map<Integer, F> columns() {
        return columns;
    }

    /** Field by header, in column order: what a report shows as the mapping used. */
    public Map<String, F> byHeader() {
        return byHeader;
    }

    /** Headers that feed no field. */
    public List<String> ignored() {
        return ignored;
    }

    public boolean maps(F field) {
        return columns.containsValue(field);
    }
}
