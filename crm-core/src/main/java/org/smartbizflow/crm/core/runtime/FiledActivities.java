package org.smartbizflow.crm.core.runtime;

import java.util.List;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.shared.TenantId;

/** The activities filed under one record, up to a limit. */
public final class FiledActivities {

    /** The most activities of one record read for scoring, in calendar order. */
    public static final int MAX = 5_000;

    private FiledActivities() {
    }

    /**
     * The activities filed under the record, in calendar order, up to {@value #MAX}; only those in
     * {@code status} unless it is null.
     */
    public static List<ActivityView> of(CoreRuntime runtime, TenantId tenant, RecordLink record,
                                        ActivityStatus status) {
        return runtime.persistence().activities()
                .filedUnder(tenant, record.type(), List.of(record.recordId()), status, MAX)
                .getOrDefault(record.recordId(), List.of());
    }
}
