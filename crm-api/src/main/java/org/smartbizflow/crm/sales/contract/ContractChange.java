package org.smartbizflow.crm.sales.contract;

/** What became of a request to change a contract: a refusal is a value. */
public sealed interface ContractChange {

    /**
     * The contract changed.
     *
     * @param from status before
     * @param to   status after
     */
    record Changed(ContractStatus from, ContractStatus to) implements ContractChange {
    }

    /**
     * Nothing changed.
     *
     * @param status the contract's status
     * @param reason why
     */
    record Refused(ContractStatus status, String reason) implements ContractChange {
    }
}
