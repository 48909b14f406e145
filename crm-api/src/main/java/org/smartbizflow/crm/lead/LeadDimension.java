package org.smartbizflow.crm.lead;

/** What lead analytics group by. A period is chosen with the filter's creation range. */
public enum LeadDimension {
    SOURCE, OWNER, STATUS
}
