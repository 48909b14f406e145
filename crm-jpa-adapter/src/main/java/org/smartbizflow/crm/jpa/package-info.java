/**
 * The CRM's storage on Jakarta Persistence: the entry points a host calls. Everything under
 * {@code internal} (entities, mappers, adapters) may change without notice.
 *
 * <p>A host with a {@link javax.sql.DataSource} and no persistence unit of its own:
 * <pre>{@code
 * CrmSchema.migrate(dataSource, DatabaseVendor.POSTGRESQL);   // or run db/crm/postgresql with Flyway
 * JpaCrmPersistence persistence = JpaCrmPersistence.bootstrap(dataSource, DatabaseVendor.POSTGRESQL);
 * // hand persistence to the CRM builder; persistence.close() at shutdown
 * }</pre>
 *
 * <p>A host that owns the persistence unit and the transactions lists
 * {@link org.smartbizflow.crm.jpa.JpaCrmPersistence#managedClassNames()} in its unit and calls
 * {@link org.smartbizflow.crm.jpa.JpaCrmPersistence#using(EntityManagerAccess,
 * org.smartbizflow.crm.shared.port.out.TransactionRunner)} with its transaction-bound entity
 * manager and its own runner.
 */
package org.smartbizflow.crm.jpa;
