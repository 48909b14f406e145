package org.smartbizflow.crm.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The matching key of an organisation name: what "Analytical Engines Ltd.", "analytical
 * engines limited" and "Analytical Engines" have in common. Lead conversion and duplicate
 * checks look accounts up by this key, so it is computed in one place and stored with the
 * account.
 */
public final class AccountNames {

    /** Legal-form words dropped from the end of a name; they tell nothing about who it is. */
    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "inc", "incorporated", "llc", "llp",
            "gmbh", "ag", "kg", "sa", "sas", "sarl", "plc", "corp", "corporation", "co", "company", "bv", "nv",
            "srl", "spa", "oy", "ab", "as", "aps", "pty", "kk", "se");

    private AccountNames() {
    }

    /**
     * Lower case, accents removed, {@code &} read as "and", punctuation dropped, blanks
     * collapsed, and trailing legal forms removed (unless nothing else would be left).
     */
    public static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
