package org.smartbizflow.crm.lead.port.in;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadStatus;

/**
 * Lead counts and conversion per group of one dimension (source, owner or status), for the
 * leads a filter selects.
 *
 * @param dimension what the rows group by
 * @param rows      one row per group: by status in lifecycle order, otherwise largest first
 */
public record LeadBreakdown(LeadDimension dimension, List<Row> rows) {

    public LeadBreakdown {
        rows = List.copyOf(rows);
    }

    /** All leads of the breakdown. */
    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }

    /**
     * One group.
     *
     * @param group    the group's key
     * @param byStatus how many leads of the group are in each status
     */
    public record Row(String group, Map<LeadStatus, Long> byStatus) {

        public Row {
            EnumMap<LeadStatus, Long> copy = new EnumMap<>(LeadStatus.class);
            for (LeadStatus status : LeadStatus.values()) {
                copy.put(status, byStatus.getOrDefault(status, 0L));
            }
            byStatus = java.util.Collections.unmodifiableMap(copy);
        }

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long converted() {
            return byStatus.get(LeadStatus.CONVERTED);
        }

        /** Converted leads as a share of all leads of the group, 0 to 1, four decimals. */
        public BigDecimal conversionRate() {
            long total = total();
            return total == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(converted()).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
        }
    }
}
