package org.smartbizflow.crm.examples.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line options of the form {@code --name value} and flags {@code --name}, with
 * positional words kept in order. Unknown options are an error, so a typo never passes
 * silently.
 */
public final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param valued options that take a value
     * @param flags  options that take none
     * @throws UsageException on an unknown option or a missing value
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    parsed.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return value(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** {@code --delimiter}: one character, or {@code tab} / {@code \t} for a tab. */
    public Optional<Character> delimiter() {
        return value("delimiter").map(d -> d.equals("\\t") || d.equals("tab") ? '\t' : d.charAt(0));
    }

    /**
     * {@code --map Header=FIELD,...}: an explicit column mapping onto the import's field enum
     * (field names case-insensitive).
     */
    public <F extends Enum<F>> Optional<Map<String, F>> columnMap(Class<F> fields) {
        return value("map").map(text -> {
            Map<String, F> mapping = new HashMap<>();
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2) {
                    throw new UsageException("--map takes Header=FIELD pairs, got '" + pair + "'");
                }
                mapping.put(parts[0].strip(), Enum.valueOf(fields, parts[1].strip().toUpperCase(Locale.ROOT)));
            }
            return mapping;
        });
    }

    public List<String> positional() {
        return positional;
    }

    /** Bad command-line usage; the message says what to change. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
