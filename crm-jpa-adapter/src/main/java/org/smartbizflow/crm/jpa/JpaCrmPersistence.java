package org.smartbizflow.crm.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.smartbizflow.crm.account.port.out.AccountRelationshipRepository;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.account.port.out.TerritoryRepository;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.contact.port.out.ConsentRepository;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.jpa.internal.account.JpaAccountRelationshipRepository;
import org.smartbizflow.crm.jpa.internal.account.JpaAccountRepository;
import org.smartbizflow.crm.jpa.internal.account.JpaTerritoryRepository;
import org.smartbizflow.crm.jpa.internal.activity.JpaActivityPlaybookRepository;
import org.smartbizflow.crm.jpa.internal.activity.JpaActivityRepository;
import org.smartbizflow.crm.jpa.internal.assignment.JpaAssignmentRepository;
import org.smartbizflow.crm.jpa.internal.contact.JpaConsentRepository;
import org.smartbizflow.crm.jpa.internal.contact.JpaContactAccountLinkRepository;
import org.smartbizflow.crm.jpa.internal.contact.JpaContactListRepository;
import org.smartbizflow.crm.jpa.internal.contact.JpaSegmentRepository;
import org.smartbizflow.crm.jpa.internal.contact.JpaContactRepository;
import org.smartbizflow.crm.jpa.internal.forecast.JpaForecastSnapshotRepository;
import org.smartbizflow.crm.jpa.internal.lead.JpaLeadRepository;
import org.smartbizflow.crm.jpa.internal.nurture.JpaNurtureRepository;
import org.smartbizflow.crm.jpa.internal.opportunity.JpaOpportunityRepository;
import org.smartbizflow.crm.jpa.internal.opportunity.JpaPipelineRepository;
import org.smartbizflow.crm.jpa.internal.sales.JpaCatalogRepository;
import org.smartbizflow.crm.jpa.internal.sales.JpaContractRepository;
import org.smartbizflow.crm.jpa.internal.sales.JpaLineItemRepository;
import org.smartbizflow.crm.jpa.internal.sales.JpaProposalRepository;
import org.smartbizflow.crm.jpa.internal.sales.JpaQuoteRepository;
import org.smartbizflow.crm.jpa.internal.sales.SalesEntities;
import org.smartbizflow.crm.jpa.internal.shared.JpaAuditLog;
import org.smartbizflow.crm.jpa.internal.shared.JpaEventOutbox;
import org.smartbizflow.crm.jpa.internal.shared.ResourceLocalTransactionRunner;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.port.out.AuditLog;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * The CRM's storage on Jakarta Persistence, for hosts with a relational database. Two ways
 * in:
 * <ul>
 *   <li>{@link #bootstrap(DataSource, DatabaseVendor)}: the adapter builds its own
 *       entity manager factory on the host's {@link DataSource} and brings resource-local
 *       transactions. Close it when the host shuts down.</li>
 *   <li>{@link #using(EntityManagerAccess, TransactionRunner)}: the host adds
 *       {@link #managedClassNames()} to its own persistence unit and brings the runner of
 *       its own transactions (Spring, Jakarta EE); the CRM then joins the host's
 *       transactions.</li>
 * </ul>
 * Either way the schema comes from the shipped scripts ({@link CrmSchema}); the adapter
 * never creates tables itself.
 */
public final class JpaCrmPersistence implements CrmPersistence, AutoCloseable {

    /** The persistence unit name of a bootstrapped factory. */
    public static final String PERSISTENCE_UNIT = "smartbizflow-crm";

    private final EntityManagerFactory ownedFactory;
    private final TransactionRunner transactions;
    private final EventOutbox outbox;
    private final AuditLog auditLog;
    private final LeadRepository leads;
    private final ForecastSnapshotRepository forecastSnapshots;
    private final ContactRepository contacts;
    private final PipelineRepository pipelines;
    private final OpportunityRepository opportunities;
    private final AccountRepository accounts;
    private final AccountRelationshipRepository accountRelationships;
    private final TerritoryRepository territories;
    private final ActivityRepository activities;
    private final AssignmentRepository assignments;
    private final NurtureRepository nurture;
    private final CatalogRepository catalog;
    private final LineItemRepository lineItems;
    private final QuoteRepository quotes;
    private final ProposalRepository proposals;
    private final ContractRepository contracts;
    private final ConsentRepository consents;
    private final ActivityPlaybookRepository activityPlaybooks;
    private final JpaContactAccountLinkRepository contactAccountLinks;
    private final JpaSegmentRepository segments;
    private final JpaContactListRepository contactLists;
    private final Supplier<EntityManager> entityManager;

    private JpaCrmPersistence(EntityManagerFactory ownedFactory, TransactionRunner transactions,
                              Supplier<EntityManager> entityManager, Clock clock) {
        this.ownedFactory = ownedFactory;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.outbox = new JpaEventOutbox(entityManager, clock);
        this.auditLog = new JpaAuditLog(entityManager);
        this.leads = new JpaLeadRepository(entityManager);
        this.forecastSnapshots = new JpaForecastSnapshotRepository(entityManager, transactions);
        this.contacts = new JpaContactRepository(entityManager);
        this.pipelines = new JpaPipelineRepository(entityManager);
        this.opportunities = new JpaOpportunityRepository(entityManager);
        this.accounts = new JpaAccountRepository(entityManager);
        this.accountRelationships = new JpaAccountRelationshipRepository(entityManager);
        this.territories = new JpaTerritoryRepository(entityManager);
        this.activities = new JpaActivityRepository(entityManager);
        this.assignments = new JpaAssignmentRepository(entityManager);
        this.nurture = new JpaNurtureRepository(entityManager);
        this.catalog = new JpaCatalogRepository(entityManager);
        this.lineItems = new JpaLineItemRepository(entityManager);
        this.quotes = new JpaQuoteRepository(entityManager);
        this.proposals = new JpaProposalRepository(entityManager);
        this.contracts = new JpaContractRepository(entityManager);
        this.consents = new JpaConsentRepository(entityManager);
        this.activityPlaybooks = new JpaActivityPlaybookRepository(entityManager);
        this.contactAccountLinks = new JpaContactAccountLinkRepository(entityManager);
        this.segments = new JpaSegmentRepository(entityManager);
        this.contactLists = new JpaContactListRepository(entityManager);
    }

    /**
     * Builds an entity manager factory of the CRM's own on the host's data source, with JDBC
     * batching switched on. The provider found on the class path (Hibernate ORM is the one
     * tested) detects the dialect from the connection.
     *
     * @param dataSource where the CRM's tables live (created by {@link CrmSchema} or the host's
     *                   migration tool)
     * @param vendor     the database behind the data source
     */
    public static JpaCrmPersistence bootstrap(DataSource dataSource, DatabaseVendor vendor) {
        return bootstrap(dataSource, vendor, Map.of());
    }

    /**
     * Like {@link #bootstrap(DataSource, DatabaseVendor)}, with extra persistence-unit
     * properties that override the defaults (for example the provider's statistics or schema
     * validation settings).
     */
    public static JpaCrmPersistence bootstrap(DataSource dataSource, DatabaseVendor vendor,
                                              Map<String, ?> properties) {
        return bootstrap(dataSource, vendor, properties, Clock.systemUTC());
    }

    /**
     * Like {@link #bootstrap(DataSource, DatabaseVendor, Map)}, with the clock that stamps
     * when outbox events were published (the host's clock, or a fixed one in tests).
     */
    public static JpaCrmPersistence bootstrap(DataSource dataSource, DatabaseVendor vendor,
                                              Map<String, ?> properties, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(properties, "properties");
        Map<String, Object> settings = new LinkedHashMap<>();
        // The standard property for a data source object. Hibernate 7.4 reads the object from here
        // and ignores PersistenceConfiguration.JDBC_DATASOURCE (seen in JpaCrmPersistenceTest).
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // Ids come from the IdGenerator, never from the database, so inserts and updates batch.
        settings.put("hibernate.jdbc.batch_size", "50");
        settings.put("hibernate.order_inserts", "true");
        settings.put("hibernate.order_updates", "true");
        settings.put("hibernate.jdbc.batch_versioned_data", "true");
        // Instants are stored as UTC whatever the zone of the JVM or the database session.
        settings.put("hibernate.jdbc.time_zone", "UTC");
        settings.putAll(properties);
        PersistenceConfiguration configuration = new PersistenceConfiguration(PERSISTENCE_UNIT)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .validationMode(ValidationMode.NONE)
                .properties(settings);
        entityClasses().forEach(configuration::managedClass);
        EntityManagerFactory factory = configuration.createEntityManagerFactory();
        ResourceLocalTransactionRunner runner = new ResourceLocalTransactionRunner(factory);
        return new JpaCrmPersistence(factory, runner, runner::currentEntityManager, clock);
    }

    /**
     * Runs the CRM inside the host's own persistence unit and transactions. The host lists
     * {@link #managedClassNames()} in its unit; this instance owns nothing and {@link #close()}
     * does nothing.
     *
     * @param entityManager the entity manager of the host's current transaction
     * @param transactions  the host's transaction runner, which the CRM's use cases call
     */
    public static JpaCrmPersistence using(EntityManagerAccess entityManager, TransactionRunner transactions) {
        return using(entityManager, transactions, Clock.systemUTC());
    }

    /** Like {@link #using(EntityManagerAccess, TransactionRunner)}, with the clock that stamps outbox publication. */
    public static JpaCrmPersistence using(EntityManagerAccess entityManager, TransactionRunner transactions,
                                          Clock clock) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(clock, "clock");
        return new JpaCrmPersistence(null, transactions, entityManager::current, clock);
    }

    /** The entity classes a host adds to its own persistence unit for {@link #using}. */
    public static List<String> managedClassNames() {
        return entityClasses().stream().map(Class::getName).toList();
    }

    private static List<Class<?>> entityClasses() {
        return Stream.of(JpaLeadRepository.entityClasses(), JpaEventOutbox.entityClasses(),
                JpaAuditLog.entityClasses(), JpaForecastSnapshotRepository.entityClasses(),
                JpaContactRepository.entityClasses(),
                JpaPipelineRepository.entityClasses(), JpaOpportunityRepository.entityClasses(),
                JpaAccountRepository.entityClasses(), JpaAccountRelationshipRepository.entityClasses(),
                JpaTerritoryRepository.entityClasses(),
                JpaActivityRepository.entityClasses(),
                JpaAssignmentRepository.entityClasses(), JpaNurtureRepository.entityClasses(),
                SalesEntities.entityClasses(),
                JpaConsentRepository.entityClasses(), JpaActivityPlaybookRepository.entityClasses(),
                JpaContactAccountLinkRepository.entityClasses(), JpaSegmentRepository.entityClasses(),
                JpaContactListRepository.entityClasses()).flatMap(List::stream).toList();
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    /**
     * Flushes and clears the entity manager of the current transaction when this instance owns
     * it ({@link #bootstrap}); on a host's entity manager ({@link #using}) it does nothing, since
     * the host's own entities may be in that context.
     */
    @Override
    public void flushAndClear() {
        if (ownedFactory == null) {
            return;
        }
        EntityManager em = entityManager.get();
        em.flush();
        em.clear();
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public LeadRepository leads() {
        return leads;
    }

    @Override
    public ForecastSnapshotRepository forecastSnapshots() {
        return forecastSnapshots;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelines;
    }

    @Override
    public OpportunityRepository opportunities() {
        return opportunities;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public AccountRelationshipRepository accountRelationships() {
        return accountRelationships;
    }

    @Override
    public TerritoryRepository territories() {
        return territories;
    }

    @Override
    public ActivityRepository activities() {
        return activities;
    }

    @Override
    public AssignmentRepository assignments() {
        return assignments;
    }

    @Override
    public NurtureRepository nurture() {
        return nurture;
    }

    @Override
    public CatalogRepository catalog() {
        return catalog;
    }

    @Override
    public LineItemRepository lineItems() {
        return lineItems;
    }

    @Override
    public QuoteRepository quotes() {
        return quotes;
    }

    @Override
    public ProposalRepository proposals() {
        return proposals;
    }

    @Override
    public ContractRepository contracts() {
        return contracts;
    }

    @Override
    public ConsentRepository consents() {
        return consents;
    }

    @Override
    public org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository contactAccountLinks() {
        return contactAccountLinks;
    }

    @Override
    public org.smartbizflow.crm.contact.port.out.SegmentRepository segments() {
        return segments;
    }

    @Override
    public org.smartbizflow.crm.contact.port.out.ContactListRepository contactLists() {
        return contactLists;
    }

    /** Closes the entity manager factory this instance bootstrapped; the data source stays open. */
    @Override
    public void close() {
        if (ownedFactory != null && ownedFactory.isOpen()) {
            ownedFactory.close();
        }
    }

    @Override
    public ActivityPlaybookRepository activityPlaybooks() {
        return activityPlaybooks;
    }
}
