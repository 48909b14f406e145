package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.LeadField;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.ImportProgress;
import org.smartbizflow.crm.shared.port.in.RowRejection;
import org.smartbizflow.crm.shared.port.out.AuditLog;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

class LeadImportTest {

    private final Crm crm = Crm.inMemory();
    private final Leads leads = crm.session(TenantId.of("acme"), Actor.user("u-1", Role.SALES_MANAGER)).leads();

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<LeadView> all() {
        return leads.list(new ListLeads(LeadFilter.any(), org.smartbizflow.crm.shared.PageRequest.first(1000))).items();
    }

    @Test
    void everyRowIsStoredOrRejectedWithLineFieldAndReason() {
        String file = """
                Full Name,Company,E-mail,Phone,Source,Notes
                Ada Lovelace,Analytical Engines,ada@engines.example,+44 20 7946 0000,web form,first
                ,Nameless Ltd,nobody@nameless.example,,,
                Charles Babbage,"Difference
                Engines",charles@engines,,,multi-line company and a bad e-mail
                Grace Hopper,Navy,grace@navy.example,,carrier pigeon,
                Alan Turing,Bletchley,alan@bletchley.example,,,,extra cell
                Mary Somerville,,mary@science.example,,,
                """;
        ImportReport report = leads.importCsv(csv(file), ImportOptions.defaults());

        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.rowsRead()).isEqualTo(report.stored() + report.updated() + report.skipped().size()
                + report.rejected().size());
        assertThat(report.rejected()).extracting(RowRejection::line, RowRejection::field)
                .containsExactly(tuple(3L, "name"), tuple(4L, "email"), tuple(6L, "source"), tuple(7L, "row"));
        assertThat(report.rejected().get(2).reason()).contains("carrier pigeon");
        assertThat(report.ignoredColumns()).containsExactly("Notes");
        assertThat(report.mapping()).containsEntry("E-mail", LeadField.EMAIL);
        assertThat(all()).extracting(LeadView::name, LeadView::source)
                .containsExactly(tuple("Ada Lovelace", LeadSource.WEB_FORM), tuple("Mary Somerville", LeadSource.IMPORT));
        assertThat(all().get(0).phone()).isEqualTo(PhoneNumber.of("+442079460000"));
    }

    @Test
    void detectsSemicolonsLatin1AndByteOrderMarks() {
        byte[] latin1 = "Nachname;Vorname;Firma;Email\nMüller;Jürgen;Gärtnerei;j@gaertnerei.example\n"
                .replace("Nachname", "last name").replace("Vorname", "first name").replace("Firma", "company")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportReport report = leads.importCsv(new ByteArrayInputStream(latin1), ImportOptions.defaults());
        assertThat(report.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(report.delimiter()).isEqualTo(';');
        assertThat(all()).extracting(LeadView::name, LeadView::company).containsExactly(tuple("Jürgen Müller", "Gärtnerei"));

        byte[] body = "name\tcompany\nZoë Ørsted\tÆble\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ImportReport bom = leads.importCsv(new ByteArrayInputStream(withBom), ImportOptions.defaults());
        assertThat(bom.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(bom.delimiter()).isEqualTo('\t');
        assertThat(bom.mapping()).containsOnlyKeys("name", "company");
        assertThat(all()).extracting(LeadView::name).contains("Zoë Ørsted");
    }

    @Test
    void explicitMappingAndNationalPhoneNumbers() {
        String file = "Kontakt,Tel\nAda,020 7946 0000\nBob,12\n";
        ImportReport report = leads.importCsv(csv(file), ImportOptions.defaults()
                .columns(Map.of("Kontakt", LeadField.NAME, "Tel", LeadField.PHONE)).phoneRegion(CountryCode.of("GB")));
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RowRejection::line, RowRejection::field).containsExactly(tuple(3L, "phone"));
        assertThat(all()).singleElement().extracting(LeadView::phone).isEqualTo(PhoneNumber.of("+442079460000"));
    }

    @Test
    void aFileWithoutANameColumnIsRefusedAsAWhole() {
        assertThatThrownBy(() -> leads.importCsv(csv("company,email\nAcme,a@acme.example\n"), ImportOptions.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("columns").hasMessageContaining("name");
        assertThatThrownBy(() -> leads.importCsv(csv(""), ImportOptions.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("header");
        assertThat(all()).isEmpty();
    }

    @Test
    void dryRunValidatesAndStoresNothing() {
        ImportReport report = leads.importCsv(csv("name,email\nAda,ada@x.example\nBad,bad@\n"),
                ImportOptions.defaults().dryRun(true));
        assertThat(report.dryRun()).isTrue();
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.rejected()).hasSize(1);
        assertThat(all()).isEmpty();
    }

    @Test
    void aDryRunReportsWhatTheRunWouldDoAcrossChunks() {
        // chunks of two: Grace's second row and Lin's second row fall in later chunks than their first
        String file = "name,email\nGrace,grace@x.example\nLin,lin@x.example\nGrace Hopper,GRACE@x.example\n"
                + "Ada L.,ada@x.example\nBad,bad@\nLin B.,lin@x.example\n";
        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            // each policy on a tenant of its own that already holds Ada
            Leads tenant = crm.session(TenantId.of("dry-" + policy.name().toLowerCase(java.util.Locale.ROOT)),
                    Actor.user("u-1", Role.SALES_MANAGER)).leads();
            tenant.importCsv(csv("name,email\nAda,ada@x.example\n"), ImportOptions.defaults());
            ImportOptions options = ImportOptions.defaults().chunkSize(2).duplicates(policy);

            ImportReport dry = tenant.importCsv(csv(file), options.dryRun(true));
            ImportReport real = tenant.importCsv(csv(file), options);

            assertThat(dry.stored()).as(policy.name()).isEqualTo(real.stored());
            assertThat(dry.updated()).as(policy.name()).isEqualTo(real.updated());
            assertThat(dry.skipped()).as(policy.name()).isEqualTo(real.skipped());
            assertThat(dry.rejected()).as(policy.name()).isEqualTo(real.rejected());
        }
    }

    @Test
    void duplicatePoliciesSkipUpdateOrCreate() {
        leads.importCsv(csv("name,email,company\nAda,ada@x.example,Old Co\n"), ImportOptions.defaults());
        String again = "name,email,company\nAda Lovelace,ADA@x.example,New Co\nAda Lovelace,ada@x.example,Newer Co\n";

        ImportReport skip = leads.importCsv(csv(again), ImportOptions.defaults().duplicates(DuplicatePolicy.SKIP));
        assertThat(skip.skipped()).containsExactly(2L, 3L);
        assertThat(all()).singleElement().extracting(LeadView::company).isEqualTo("Old Co");

        ImportReport update = leads.importCsv(csv(again), ImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE));
        assertThat(update.updated()).isEqualTo(2);
        assertThat(all()).singleElement().satisfies(l -> {
            assertThat(l.company()).isEqualTo("Newer Co");
            assertThat(l.name()).isEqualTo("Ada Lovelace");
        });

        ImportReport create = leads.importCsv(csv(again), ImportOptions.defaults().duplicates(DuplicatePolicy.CREATE));
        assertThat(create.stored()).isEqualTo(2);
        assertThat(all()).hasSize(3);
    }

    @Test
    void aFailingChunkIsRetriedRowByRowAndTheNextChunksGoOn() {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        LeadRepository failing = new FailingOnName(store.leads(), "Poison");
        Crm flaky = Crm.builder().persistence(new CrmPersistence() {
            @Override
            public TransactionRunner transactions() {
                return store.transactions();
            }

            @Override
            public EventOutbox outbox() {
                return store.outbox();
            }

            @Override
            public AuditLog auditLog() {
                return store.auditLog();
            }

            @Override
            public LeadRepository leads() {
                return failing;
            }

            @Override
            public ForecastSnapshotRepository forecastSnapshots() {
                return store.forecastSnapshots();
            }

            @Override
            public org.smartbizflow.crm.contact.port.out.ContactRepository contacts() {
                return store.contacts();
            }

            @Override
            public org.smartbizflow.crm.opportunity.port.out.PipelineRepository pipelines() {
                return store.pipelines();
            }

            @Override
            public org.smartbizflow.crm.opportunity.port.out.OpportunityRepository opportunities() {
                return store.opportunities();
            }

            @Override
            public org.smartbizflow.crm.account.port.out.AccountRepository accounts() {
                return store.accounts();
            }

            @Override
            public org.smartbizflow.crm.account.port.out.AccountRelationshipRepository accountRelationships() {
                return store.accountRelationships();
            }

            @Override
            public org.smartbizflow.crm.account.port.out.TerritoryRepository territories() {
                return store.territories();
            }

            @Override
            public org.smartbizflow.crm.activity.port.out.ActivityRepository activities() {
                return store.activities();
            }

            @Override
            public org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository assignments() {
                return store.assignments();
            }

            @Override
            public org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository nurture() {
                return store.nurture();
            }

            @Override
            public org.smartbizflow.crm.sales.product.port.out.CatalogRepository catalog() {
                return store.catalog();
            }

            @Override
            public org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository lineItems() {
                return store.lineItems();
            }

            @Override
            public org.smartbizflow.crm.sales.quote.port.out.QuoteRepository quotes() {
                return store.quotes();
            }

            @Override
            public org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository proposals() {
                return store.proposals();
            }

            @Override
            public org.smartbizflow.crm.sales.contract.port.out.ContractRepository contracts() {
                return store.contracts();
    }

            @Override
            public org.smartbizflow.crm.contact.port.out.ConsentRepository consents() {
                return store.consents();
            }

            @Override
            public org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository activityPlaybooks() {
                return store.activityPlaybooks();
            }

            @Override
            public org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository contactAccountLinks() {
                return store.contactAccountLinks();
            }

            @Override
            public org.smartbizflow.crm.contact.port.out.SegmentRepository segments() {
                return store.segments();
            }

            @Override
            public org.smartbizflow.crm.contact.port.out.ContactListRepository contactLists() {
                return store.contactLists();
            }
        }).build();
        StringBuilder file = new StringBuilder("name\n");
        for (int i = 1; i <= 25; i++) {
            file.append(i == 7 ? "Poison" : "Lead " + i).append('\n');
        }
        List<ImportProgress> progress = new ArrayList<>();
        ImportReport report = flaky.session(TenantId.of("acme"), Actor.system()).leads()
                .importCsv(csv(file.toString()), ImportOptions.defaults().chunkSize(10).onProgress(progress::add));

        assertThat(report.stored()).isEqualTo(24);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(8);
            assertThat(r.reason()).contains("disk full");
        });
        assertThat(store.leads().count(TenantId.of("acme"), LeadFilter.any())).isEqualTo(24);
        assertThat(progress).extracting(ImportProgress::rowsRead).containsExactly(10L, 20L, 25L);
        assertThat(progress.get(progress.size() - 1).stored()).isEqualTo(24);
    }

    @Test
    void exportNeutralisesFormulasAndRoundTrips() {
        leads.importCsv(csv("name,company,email\n\"=HYPERLINK(\"\"http://evil\"\")\",@SUM(A1),eve@x.example\nAda,\"Engines, Ltd\",ada@x.example\n"),
                ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(leads.exportCsv(LeadFilter.any(), out)).isEqualTo(2);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("id,name,company,email,phone,source,status,owner,created_at,updated_at");
        assertThat(exported).contains("'=HYPERLINK").contains("'@SUM(A1)").contains("\"Engines, Ltd\"");

        Crm other = Crm.inMemory();
        Leads copy = other.session(TenantId.of("acme"), Actor.system()).leads();
        ImportReport reimport = copy.importCsv(new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults());
        assertThat(reimport.stored()).as(reimport.toString()).isEqualTo(2);
        assertThat(reimport.ignoredColumns()).contains("id", "status", "created_at", "updated_at");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertThat(leads.exportJson(LeadFilter.any().withText("engines"), json)).isEqualTo(1);
        assertThat(json.toString(StandardCharsets.UTF_8)).startsWith("[{\"id\":").contains("\"company\":\"Engines, Ltd\"");
    }

    /** A repository that fails every write that includes a lead with the given name. */
    private static final class FailingOnName implements LeadRepository {
        private final LeadRepository delegate;
        private final String poison;

        FailingOnName(LeadRepository delegate, String poison) {
            this.delegate = delegate;
            this.poison = poison;
        }

        @Override
        public java.util.Optional<Lead> find(TenantId tenantId, org.smartbizflow.crm.lead.LeadId id) {
            return delegate.find(tenantId, id);
        }

        @Override
        public void insert(Lead lead) {
            if (lead.view().name().equals(poison)) {
                throw new IllegalStateException("disk full");
            }
            delegate.insert(lead);
        }

        @Override
        public List<LeadView> findByEmails(TenantId tenantId, java.util.Collection<EmailAddress> emails) {
            return delegate.findByEmails(tenantId, emails);
        }

        @Override
        public List<LeadView> findByPhones(TenantId tenantId, java.util.Collection<PhoneNumber> phones) {
            return delegate.findByPhones(tenantId, phones);
        }

        @Override
        public void update(Lead lead) {
            delegate.update(lead);
        }

        @Override
        public void delete(TenantId tenantId, org.smartbizflow.crm.lead.LeadId id, long expectedVersion) {
            delegate.delete(tenantId, id, expectedVersion);
        }

        @Override
        public List<org.smartbizflow.crm.lead.LeadCount> countByStatus(TenantId tenantId, LeadFilter filter,
                                                                       org.smartbizflow.crm.lead.LeadDimension dimension) {
            return delegate.countByStatus(tenantId, filter, dimension);
        }

        @Override
        public org.smartbizflow.crm.shared.Page<LeadView> search(TenantId tenantId, LeadFilter filter,
                                                                 org.smartbizflow.crm.lead.LeadSort sort,
                                                                 org.smartbizflow.crm.shared.PageRequest page) {
            return delegate.search(tenantId, filter, sort, page);
        }

        @Override
        public List<org.smartbizflow.crm.lead.CustomFieldKey> customFieldKeys(TenantId tenantId, LeadFilter filter) {
            return delegate.customFieldKeys(tenantId, filter);
        }

        @Override
        public java.util.Optional<java.time.Duration> medianTimeTo(TenantId tenantId, LeadFilter filter,
                                                                   org.smartbizflow.crm.lead.LeadMilestone milestone) {
            return delegate.medianTimeTo(tenantId, filter, milestone);
        }

        @Override
        public long count(TenantId tenantId, LeadFilter filter) {
            return delegate.count(tenantId, filter);
        }

        @Override
        public void saveScore(TenantId tenantId, org.smartbizflow.crm.lead.LeadScore score) {
            delegate.saveScore(tenantId, score);
        }

        @Override
        public java.util.Optional<org.smartbizflow.crm.lead.LeadScore> findScore(TenantId tenantId,
                                                                                  org.smartbizflow.crm.lead.LeadId id) {
            return delegate.findScore(tenantId, id);
        }

        @Override
        public void deleteScore(TenantId tenantId, org.smartbizflow.crm.lead.LeadId id) {
            delegate.deleteScore(tenantId, id);
        }

        @Override
        public List<org.smartbizflow.crm.lead.LeadId> scoredOtherwise(TenantId tenantId, String version,
                                                                      java.time.Instant scoredBefore,
                                                                      org.smartbizflow.crm.lead.LeadId after, int limit) {
            return delegate.scoredOtherwise(tenantId, version, scoredBefore, after, limit);
        }

        @Override
        public long countScoredOtherwise(TenantId tenantId, String version, java.time.Instant scoredBefore) {
            return delegate.countScoredOtherwise(tenantId, version, scoredBefore);
        }
    }
}
