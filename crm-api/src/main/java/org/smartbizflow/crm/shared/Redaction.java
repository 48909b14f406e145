package org.smartbizflow.crm.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How erasure finds and replaces personal values in stored text (audit values, event JSON),
 * shared by every storage adapter so that all of them redact alike: matching ignores case,
 * and a value is also found in its JSON-escaped form.
 */
public final class Redaction {

    /** What an erased value becomes. */
    public static final String ERASED = "(erased)";

    private Redaction() {
    }

    /** Does the text contain any of the values, ignoring case? */
    public static boolean containsAny(String text, Collection<String> values) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String value : values) {
            if (lower.contains(value.toLowerCase(Locale.ROOT))
                    || lower.contains(jsonEscaped(value).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The text with every occurrence of the values (plain or JSON-escaped, any case) replaced. */
    public static String replaceAll(String text, Collection<String> values, String replacement) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : values) {
            for (String form : new String[] {jsonEscaped(value), value}) {
                result = Pattern.compile(Pattern.quote(form), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(Matcher.quoteReplacement(replacement));
            }
        }
        return result;
    }

    /** The value as it appears inside a JSON string. */
    static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
