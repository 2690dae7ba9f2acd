package io.piiscanner.batch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options shared by the {@code detect} and {@code evaluate} commands: {@code --name value} pairs and
 * bare flags. Unknown options are errors, so a typo never silently changes what is measured.
 */
final class CliOptions {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<Path> ruleFolders = new ArrayList<>();

    static CliOptions parse(String[] args, int from, Set<String> valueOptions, Set<String> flagOptions) {
        CliOptions o = new CliOptions();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (flagOptions.contains(a)) {
                o.flags.add(a);
            } else if (valueOptions.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(a + " needs a value");
                }
                String v = args[++i];
                if (a.equals("--rules")) {
                    o.ruleFolders.add(Path.of(v));
                } else {
                    o.values.put(a, v);
                }
            } else {
                throw new UsageException("unknown option " + a);
            }
        }
        return o;
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(name + " is required");
        }
        return v;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<Path> ruleFolders() {
        return ruleFolders;
    }

    int intValue(String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number");
        }
    }

    double doubleValue(String name, double fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number");
        }
    }

    /** A wrong command line: printed with the usage text, exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
