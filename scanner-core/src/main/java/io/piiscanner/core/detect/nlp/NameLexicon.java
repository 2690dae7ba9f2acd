package io.piiscanner.core.detect.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The given names and surnames of the training lists ({@code rules/nlp/names/}), read from the class path or
 * a folder. Used by the trainer to build sentences and by {@link PersonNameFinder} as a cheap trigger: the
 * name model only runs on sentences holding a capitalised word of the lexicon or a name cue (Mr, Dear, Name:).
 * Lookups hash the characters in place, without building strings.
 */
public final class NameLexicon {

    public static final List<String> FILES = List.of("names/census-1990-first-names.txt", "names/census-1990-last-names.txt",
            "names/faker-first-names.txt", "names/faker-last-names.txt", "names/authored-names.txt");

    /** {@link #kind} bit of a given name. */
    public static final int GIVEN = 1;
    /** {@link #kind} bit of a surname. */
    public static final int SURNAME = 2;

    private final List<String> firstNames;
    private final List<String> lastNames;
    private final LongSet firstHashes = new LongSet();
    private final LongSet lastHashes = new LongSet();

    private NameLexicon(List<String> first, List<String> last) {
        this.firstNames = List.copyOf(first);
        this.lastNames = List.copyOf(last);
        for (String f : firstNames) {
            for (String part : f.split("[ \\-]")) {
                if (part.length() > 1) {
                    firstHashes.add(hash(part, 0, part.length()));
                }
            }
        }
        for (String l : lastNames) {
            for (String part : l.split("[ \\-]")) {
                if (part.length() > 2) {
                    lastHashes.add(hash(part, 0, part.length()));
                }
            }
        }
    }

    /** Reads the lists from the class path ({@code rules/nlp/names/...}). */
    public static NameLexicon fromClasspath() {
        return read(name -> NameLexicon.class.getClassLoader().getResourceAsStream("rules/nlp/" + name));
    }

    /** Reads the lists from a folder laid out as {@code rules/nlp} (the trainer reads the source tree). */
    public static NameLexicon fromFolder(java.nio.file.Path nlpDir) {
        return read(name -> {
            try {
                return java.nio.file.Files.newInputStream(nlpDir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static NameLexicon read(Opener opener) {
        Set<String> first = new LinkedHashSet<>();
        Set<String> last = new LinkedHashSet<>();
        for (String file : FILES) {
            try (InputStream in = opener.open(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing name list rules/nlp/" + file);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    String name = cols[cols.length - 1].strip();
                    if (file.contains("first")) {
                        first.add(name);
                    } else if (file.contains("last")) {
                        last.add(name);
                    } else if (cols[0].equals("F")) {
                        first.add(name);
                    } else {
                        last.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new NameLexicon(new ArrayList<>(first), new ArrayList<>(last));
    }

    public List<String> firstNames() {
        return firstNames;
    }

    public List<String> lastNames() {
        return lastNames;
    }

    public boolean isFirstName(CharSequence s, int from, int to) {
        return firstHashes.contains(hash(s, from, to));
    }

    public boolean isLastName(CharSequence s, int from, int to) {
        return lastHashes.contains(hash(s, from, to));
    }

    public boolean isName(CharSequence s, int from, int to) {
        long h = hash(s, from, to);
        return firstHashes.contains(h) || lastHashes.contains(h);
    }

    /**
     * {@link #GIVEN} and/or {@link #SURNAME} for the word {@code s[from, to)} (case-insensitive), 0 when it is in
     * neither list. {@code hash} is {@link #hash(CharSequence, int, int)} of the word, computed once by the caller.
     * A hyphenated word counts when any of its parts does (Jean-Luc, Kowalczyk-Reed).
     */
    public int kind(long hash, CharSequence s, int from, int to) {
        int k = (firstHashes.contains(hash) ? GIVEN : 0) | (lastHashes.contains(hash) ? SURNAME : 0);
        if (k != 0) {
            return k;
        }
        int p = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '-') {
                if (i > p && (p > from || i < to)) {
                    long h = hash(s, p, i);
                    k |= (firstHashes.contains(h) ? GIVEN : 0) | (lastHashes.contains(h) ? SURNAME : 0);
                }
                p = i + 1;
            }
        }
        return k;
    }

    /** Case-insensitive 64-bit FNV-1a over the characters. */
    public static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            h ^= c;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Open-addressing set of longs (no boxing on lookups). */
    static final class LongSet {
        private long[] table = new long[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;

        void add(long v) {
            if ((size + 1) * 2 > table.length) {
                long[] oldT = table;
                boolean[] oldU = used;
                table = new long[oldT.length * 2];
                used = new boolean[oldT.length * 2];
                size = 0;
                for (int i = 0; i < oldT.length; i++) {
                    if (oldU[i]) {
                        add(oldT[i]);
                    }
                }
            }
            int mask = table.length - 1;
            int i = (int) (mix(v) & mask);
            while (used[i]) {
                if (table[i] == v) {
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            table[i] = v;
            size++;
        }

        boolean contains(long v) {
            int mask = table.length - 1;
            int i = (int) (mix(v) & mask);
            while (used[i]) {
                if (table[i] == v) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        private static long mix(long v) {
            v ^= v >>> 33;
            v *= 0xff51afd7ed558ccdL;
            v ^= v >>> 33;
            return v;
        }
    }

    @Override
    public String toString() {
        return "NameLexicon[" + firstNames.size() + " given names, " + lastNames.size() + " surnames]";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
