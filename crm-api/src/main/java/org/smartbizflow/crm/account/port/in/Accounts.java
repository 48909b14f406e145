package org.smartbizflow.crm.account.port.in;

/** All account use cases, bound to one tenant and actor by a CRM session. */
public interface Accounts extends CreateAccountUseCase, UpdateAccountUseCase, GetAccountUseCase,
        SearchAccountsUseCase, AccountHierarchyUseCase, AccountRelationshipsUseCase, TerritoriesUseCase,
        ComplianceUseCase, ImportAccountsUseCase, ExportAccountsUseCase, AccountNextActionsUseCase {
}
