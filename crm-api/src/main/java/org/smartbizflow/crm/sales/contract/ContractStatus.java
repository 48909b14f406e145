package org.smartbizflow.crm.sales.contract;

/**
 * Where a contract stands. ACTIVE until renewed (a follow-on contract takes over), terminated
 * (the customer gave notice) or ended (its last day passed without renewal).
 */
public enum ContractStatus {
    ACTIVE, RENEWED, TERMINATED, ENDED
}
