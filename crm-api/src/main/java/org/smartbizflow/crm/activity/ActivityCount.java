package org.smartbizflow.crm.activity;

import java.time.LocalDate;
import org.smartbizflow.crm.shared.UserId;

/**
 * One group of an aggregate count: how many activities of an owner, type and status start
 * on a local day (in each activity's own time zone).
 *
 * @param ownerId the owner
 * @param type    the type
 * @param status  the status
 * @param day     the local start day
 * @param count   how many
 */
public record ActivityCount(UserId ownerId, ActivityType type, ActivityStatus status, LocalDate day, long count) {
}
