package org.smartbizflow.crm.core.lead;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.DuplicateMatch;
import org.smartbizflow.crm.lead.DuplicateRule;
import org.smartbizflow.crm.lead.DuplicateRules;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The duplicate rules applied: exact e-mail and phone, and Jaro-Winkler similarity of
 * normalised names and companies (accents, punctuation and legal suffixes such as "Ltd" or
 * "GmbH" removed) for the fuzzy rule.
 */
final class LeadDuplicates {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEGAL_SUFFIXES = Set.of("ltd", "limited", "inc", "incorporated", "llc", "plc",
            "gmbh", "ag", "sa", "sarl", "bv", "nv", "co", "corp", "corporation", "company", "kg", "oy", "ab", "spa", "srl");
    private static final int CANDIDATES = 1000;

    private final DuplicateRules rules;
    private final LeadRepository leads;
    private final TenantId tenantId;

    LeadDuplicates(DuplicateRules rules, LeadRepository leads, TenantId tenantId) {
        this.rules = rules;
        this.leads = leads;
        this.tenantId = tenantId;
    }

    /** Stored leads the candidate duplicates; call inside a transaction. */
    List<DuplicateMatch> of(String name, String company, EmailAddress email, PhoneNumber phone) {
        Map<LeadId, DuplicateMatch> matches = new LinkedHashMap<>();
        if (rules.email() && email != null) {
            leads.findByEmails(tenantId, List.of(email))
                    .forEach(v -> matches.putIfAbsent(v.id(), new DuplicateMatch(v.id(), DuplicateRule.EMAIL, 1.0)));
        }
        if (rules.phone() && phone != null) {
            leads.findByPhones(tenantId, List.of(phone))
                    .forEach(v -> matches.putIfAbsent(v.id(), new DuplicateMatch(v.id(), DuplicateRule.PHONE, 1.0)));
        }
        // Candidates for the fuzzy rule share a word with the candidate as written (the search
        // compares stored text as written): the company's longest word, since the rule needs
        // similar companies anyway, else the name's longest word.
        String word = longestWord(NOT_WORD.matcher((company != null && !company.isBlank() ? company : name)
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
        if (word.length() >= 3) {
            String normName = normalise(name);
            String normCompany = normaliseCompany(company);
            Page<LeadView> candidates = leads.search(tenantId, LeadFilter.any().withText(word), PageRequest.first(CANDIDATES));
            for (LeadView v : candidates.items()) {
                double score = fuzzy(normName, normCompany, normalise(v.name()), normaliseCompany(v.company()));
                if (score > 0) {
                    matches.putIfAbsent(v.id(), new DuplicateMatch(v.id(), DuplicateRule.NAME_AND_COMPANY, score));
                }
            }
        }
        return List.copyOf(matches.values());
    }

    /** Duplicate groups among the leads the pages yield (already restricted to what the actor sees). */
    List<DuplicateGroup> scan(LeadFilter scope, Function<ListLeads, Page<LeadView>> pages) {
        Map<EmailAddress, List<LeadId>> byEmail = new LinkedHashMap<>();
        Map<PhoneNumber, List<LeadId>> byPhone = new LinkedHashMap<>();
        Map<String, List<Entry>> blocks = new HashMap<>();
        VisibleLeads.forEach(pages, scope, v -> {
            if (rules.email() && v.email() != null) {
                byEmail.computeIfAbsent(v.email(), e -> new ArrayList<>(2)).add(v.id());
            }
            if (rules.phone() && v.phone() != null) {
                byPhone.computeIfAbsent(v.phone(), p -> new ArrayList<>(2)).add(v.id());
            }
            String name = normalise(v.name());
            String key = blockingKey(name);
            if (!key.isEmpty()) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(v.id(), name,
                        normaliseCompany(v.company())));
            }
        });
        List<DuplicateGroup> groups = new ArrayList<>();
        byEmail.values().stream().filter(ids -> ids.size() > 1)
                .forEach(ids -> groups.add(new DuplicateGroup(ids, DuplicateRule.EMAIL, 1.0)));
        byPhone.values().stream().filter(ids -> ids.size() > 1)
                .forEach(ids -> groups.add(new DuplicateGroup(ids, DuplicateRule.PHONE, 1.0)));
        for (List<Entry> block : blocks.values()) {
            groups.addAll(fuzzyGroups(block));
        }
        return groups;
    }

    private record Entry(LeadId id, String name, String company) {
    }

    /** Connected components of the "similar" relation within one block (union-find). */
    private List<DuplicateGroup> fuzzyGroups(List<Entry> block) {
        int n = block.size();
        if (n < 2) {
            return List.of();
        }
        int[] parent = new int[n];
        double[] weakest = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            weakest[i] = 1.0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Entry a = block.get(i);
                Entry b = block.get(j);
                double score = fuzzy(a.name(), a.company(), b.name(), b.company());
                if (score > 0) {
                    int ra = root(parent, i);
                    int rb = root(parent, j);
                    double low = Math.min(score, Math.min(weakest[ra], weakest[rb]));
                    parent[rb] = ra;
                    weakest[ra] = low;
                }
            }
        }
        Map<Integer, List<LeadId>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(block.get(i).id());
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        components.forEach((root, ids) -> {
            if (ids.size() > 1) {
                groups.add(new DuplicateGroup(ids, DuplicateRule.NAME_AND_COMPANY, weakest[root]));
            }
        });
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The lower of name and company similarity when both reach their thresholds, else 0. */
    private double fuzzy(String nameA, String companyA, String nameB, String companyB) {
        if (nameA.isEmpty() || nameB.isEmpty()) {
            return 0;
        }
        double names = SIMILARITY.apply(nameA, nameB);
        if (names < rules.nameThreshold()) {
            return 0;
        }
        double companies;
        if (companyA.isEmpty() && companyB.isEmpty()) {
            companies = 1.0;
        } else if (companyA.isEmpty() || companyB.isEmpty()) {
            return 0;
        } else {
            companies = SIMILARITY.apply(companyA, companyB);
        }
        return companies < rules.companyThreshold() ? 0 : Math.min(names, companies);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static String normaliseCompany(String company) {
        String normal = normalise(company);
        StringBuilder kept = new StringBuilder();
        for (String word : normal.split(" ")) {
            if (!word.isEmpty() && !LEGAL_SUFFIXES.contains(word)) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    /**
     * The first letter of the first word and the first two of the last: names similar enough
     * to match nearly always share them (Jaro-Winkler rewards equal beginnings), and the
     * blocks stay small enough to compare every pair within them.
     */
    private static String blockingKey(String normalisedName) {
        if (normalisedName.isEmpty()) {
            return "";
        }
        String last = normalisedName.substring(normalisedName.lastIndexOf(' ') + 1);
        return normalisedName.charAt(0) + ":" + (last.length() <= 2 ? last : last.substring(0, 2));
    }

    private static String longestWord(String normalised) {
        String best = "";
        for (String word : normalised.split(" ")) {
            if (word.length() > best.length()) {
                best = word;
            }
        }
        return best;
    }
}
