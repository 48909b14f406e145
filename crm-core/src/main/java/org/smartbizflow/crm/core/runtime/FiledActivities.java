package org.smartbizflow.crm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/** The activities filed under one record, read page by page up to a limit. */
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
        ActivityFilter filter = ActivityFilter.any().about(record);
        if (status != null) {
            filter = filter.inStatuses(status);
        }
        List<ActivityView> found = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (found.size() < MAX) {
            Page<ActivityView> next = runtime.persistence().activities().search(tenant, filter, page);
            found.addAll(next.items());
            if (!next.hasNext()) {
                break;
            }
            page = new PageRequest(PageRequest.MAX_SIZE, next.next());
        }
        return found.size() > MAX ? found.subList(0, MAX) : found;
    }
}
