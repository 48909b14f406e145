package org.smartbizflow.crm.benchmarks.leads;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;

/**
 * Deterministic lead data for benchmarks: row i always has the same values, so the library
 * and the reference load exactly the same rows.
 */
final class LeadData {

    static final int OWNERS = 100;
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John",
        "Margaret", "Dennis", "Ken", "Radia", "Tim", "Niklaus", "Hedy", "Claude"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
        "Backus", "Hamilton", "Ritchie", "Thompson", "Perlman", "Berners-Lee", "Wirth", "Lamarr", "Shannon"};
    private static final String[] COMPANY = {"Analytical Engines", "Cobol Works", "Enigma Partners", "Semaphore AG",
        "Lambda Labs", "TeX Foundry", "Fortran House", "Apollo Guidance", "Unix Systems", "Spanning Tree Co"};
    private static final LeadSource[] SOURCES = LeadSource.values();
    static final LeadStatus[] STATUSES = {LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING,
        LeadStatus.QUALIFIED, LeadStatus.UNQUALIFIED, LeadStatus.CONVERTED};

    private LeadData() {
    }

    static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
    }

    static String company(int i) {
        return i % 7 == 0 ? null : COMPANY[(i / 3) % COMPANY.length] + " " + (i % 1000);
    }

    static String email(int i) {
        return "lead" + i + "@example" + (i % 50) + ".org";
    }

    static String phone(int i) {
        return i % 5 == 0 ? null : "+4420" + String.format("%07d", i % 10_000_000);
    }

    static LeadSource source(int i) {
        return SOURCES[(i * 7) % SOURCES.length];
    }

    static LeadStatus status(int i) {
        return STATUSES[(i * 13) % STATUSES.length];
    }

    static String owner(int i) {
        return "rep-" + (i * 31) % OWNERS;
    }

    /** Writes a CSV of {@code rows} leads with a header line. */
    static Path writeCsv(int rows) {
        try {
            Path file = Files.createTempFile("crm-leads-" + rows + "-", ".csv");
            file.toFile().deleteOnExit();
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("name,company,email,phone,source,owner\n");
                for (int i = 0; i < rows; i++) {
                    String company = company(i);
                    String phone = phone(i);
                    w.write(name(i));
                    w.write(',');
                    w.write(company == null ? "" : company);
                    w.write(',');
                    w.write(email(i));
                    w.write(',');
                    w.write(phone == null ? "" : phone);
                    w.write(',');
                    w.write(source(i).name());
                    w.write(',');
                    w.write(owner(i));
                    w.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
