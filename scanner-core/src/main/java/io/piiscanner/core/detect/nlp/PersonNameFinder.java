package io.piiscanner.core.detect.nlp;

import io.piiscanner.core.detect.SpanFinder;
import io.piiscanner.core.rules.EntityRule;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PERSON_NAME through the project's OpenNLP name model ({@link NlpModels#nameModel()}).
 *
 * <p>Running the model on every token would cost more than the rest of a scan, so a cheap pass picks the
 * sentences worth it: those with a capitalised (or all-caps) word that is a given name or surname of the
 * training lists, or with a capitalised word right after a name cue (Mr, Dear, Hi, Name:, Regards,...). Only
 * those sentences are split (OpenNLP sentence model, for long stretches), tokenised (OpenNLP English tokenizer,
 * the one the model was trained with) and tagged. A single-word name without a cue is also checked with the
 * OpenNLP POS tagger and kept only as a proper noun.
 *
 * <p>Base score: 0.35 + 0.3 × model probability, + 0.1 when every word is in the name lists, + 0.05 for two
 * words or more. The rule adds context (Mr, customer, Name:) and field hints (FirstName, Contact Name). A text
 * made only of 1 to 4 capitalised name-list words (a field value such as "Jane Doe") that the model left out is
 * proposed at 0.45, so it is reported only with a field hint or a context word.
 */
public final class PersonNameFinder implements SpanFinder {

    public static final String NAME = "person-name";

    private static final int MAX_SENTENCE = 400;
    private static final Set<String> CUES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dear", "hi",
            "hello", "hey", "thanks", "regards", "name", "customer", "client", "contact", "patient", "for", "with",
            "herr", "frau", "hallo", "kunde", "kundin", "mme", "madame", "monsieur", "mlle", "bonjour", "sr", "sra",
            "señor", "señora", "estimado", "estimada", "hola", "signor", "signora", "dott", "cc", "owner", "agent",
            "cordialement", "grüße", "gruesse", "sincerely", "cheers", "attn", "attention", "beneficiary", "holder");
    /** Capitalised words that start sentences or name things far more often than they name a person. */
    private static final Set<String> STOP = Set.of("the", "and", "can", "will", "may", "june", "april", "august",
            "march", "january", "february", "july", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "new", "north", "south", "east",
            "west", "street", "road", "avenue", "order", "case", "status", "city", "state", "ship", "bill", "mark",
            "please", "thank", "thanks", "hi", "dear", "hello", "customer", "account", "lead", "note", "call", "see",
            "all", "our", "your", "his", "her", "not", "grace", "chase", "rose", "gold", "young", "long", "king",
            "love", "hope", "faith", "joy", "summer", "winter", "autumn", "spring", "sun", "moon", "star", "sky",
            "page", "price", "cash", "card", "bank", "post", "major", "hill", "park", "lane", "field", "wood",
            "error", "info", "debug", "warn", "trace", "true", "false", "null", "none", "total", "amount");

    private static final class DefaultLexicon {
        static final NameLexicon INSTANCE = NameLexicon.fromClasspath();
    }

    private final NameLexicon lexicon;

    /** The finder over the bundled name lists (read on first use, not when the finder is registered). */
    public PersonNameFinder() {
        this.lexicon = null;
    }

    PersonNameFinder(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private NameLexicon lexicon() {
        return lexicon != null ? lexicon : DefaultLexicon.INSTANCE;
    }

    @Override
    public void find(EntityRule rule, String text, int from, int to, String region, SpanSink out) {
        List<int[]> regions = triggerRegions(text, from, to);
        if (regions.isEmpty()) {
            if (to - from <= 60) {
                wholeValueFallback(text, from, to, out); // a field value such as "Ingrid"
            }
            return;
        }
        Taggers t = Taggers.get();
        boolean any = false;
        try {
            for (int[] r : regions) {
                for (int[] s : sentences(t, text, r[0], r[1])) {
                    any |= tagSentence(t, text, s[0], s[1], out);
                }
            }
        } finally {
            t.names.clearAdaptiveData();
        }
    }

    /** Sentence-like stretches (split at line breaks, '|', ';' and sentence ends) that hold a trigger word. */
    List<int[]> triggerRegions(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        int prevWordStart = -1;
        int prevWordEnd = -1;
        int lastEnd = -1;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’'
                    || text.charAt(i) == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            int e = i;
            boolean gluedToCode = s > 0 && isCodeChar(text.charAt(s - 1)) || e < text.length() && isCodeChar(text.charAt(e));
            if (Character.isUpperCase(c) && e - s >= 2 && !gluedToCode && s >= lastEnd) {
                boolean cue = prevWordStart >= 0 && s - prevWordEnd <= 3 && CUES.contains(lower(text, prevWordStart, prevWordEnd));
                // A name-list word counts only next to another capitalised word ("Anna Smith", "Smith, Anna"):
                // a lone capitalised word is most often a sentence start, and alone it would score too low anyway.
                boolean trigger = cue || (capitalisedNeighbour(text, s, e, from, to) && lexicon().isName(text, s, e)
                        && !STOP.contains(lower(text, s, e)));
                if (trigger) {
                    int rs = regionStart(text, s, from);
                    int re = regionEnd(text, e, to);
                    if (!out.isEmpty() && rs <= out.get(out.size() - 1)[1]) {
                        out.get(out.size() - 1)[1] = re;
                    } else {
                        out.add(new int[] {rs, re});
                    }
                    lastEnd = re;
                }
            }
            prevWordStart = s;
            prevWordEnd = e;
        }
        return out;
    }

    private static boolean capitalisedNeighbour(String text, int s, int e, int from, int to) {
        int j = e;
        while (j < to && j - e < 2 && (text.charAt(j) == ' ' || text.charAt(j) == ',')) {
            j++;
        }
        if (j > e && j < to && Character.isUpperCase(text.charAt(j))) {
            return true;
        }
        j = s;
        while (j > from && s - j < 2 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == ',')) {
            j--;
        }
        return j < s && j > from && Character.isLetter(text.charAt(j - 1)) && wordStartIsUpper(text, j - 1, from);
    }

    private static boolean wordStartIsUpper(String text, int last, int from) {
        int i = last;
        while (i > from && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return Character.isUpperCase(text.charAt(i));
    }

    private static boolean isCodeChar(char c) {
        return c == '_' || c == '=' || c == '/' || c == '\\' || c == '@' || c == '.' && false || Character.isDigit(c);
    }

    private static String lower(String text, int s, int e) {
        return text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    private static int regionStart(String text, int pos, int from) {
        int limit = Math.max(from, pos - MAX_SENTENCE / 2);
        int i = pos;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '|' || c == ';' || c == '\t') {
                break;
            }
            i--;
        }
        return i;
    }

    private static int regionEnd(String text, int pos, int to) {
        int limit = Math.min(to, pos + MAX_SENTENCE / 2);
        int i = pos;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n' || c == '|' || c == ';' || c == '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Long stretches are split with the OpenNLP sentence model; short ones are one sentence. */
    private static List<int[]> sentences(Taggers t, String text, int from, int to) {
        if (to - from < 160) {
            return List.of(new int[] {from, to});
        }
        List<int[]> out = new ArrayList<>();
        for (Span s : t.sentences.sentPosDetect(text.substring(from, to))) {
            out.add(new int[] {from + s.getStart(), from + s.getEnd()});
        }
        return out;
    }

    /** Titles and role words that introduce a name; the model sometimes takes them in, they are cut off. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dear", "hi",
            "hello", "hey", "herr", "frau", "kunde", "kundin", "mme", "madame", "monsieur", "mlle", "m", "sr", "sra",
            "señor", "señora", "signor", "signora", "dott", "customer", "client", "cliente", "patient", "contact",
            "name", "hallo", "bonjour", "hola", "thanks", "regards", "cheers", "estimado", "estimada", "gentile", "beste",
            "attn", "mister", "madam", "dame", "lady", "lord", "rev", "fr", "captain", "capt");
    /** Words after which a single capitalised word is read as a name ("Dear Smith", "Herr Weber"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dear",
            "hi", "hello", "hey", "herr", "frau", "mme", "madame", "monsieur", "mlle", "sr", "sra", "señor", "señora",
            "signor", "signora", "dott", "hallo", "bonjour", "hola", "thanks", "cheers", "name", "estimado", "estimada",
            "gentile", "beste", "attn", "mister", "madam", "rev", "capt", "captain");
    /** Lower-case words allowed inside a name (particles). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del", "della",
            "la", "le", "du", "des", "bin", "ibn", "al", "el", "y", "e", "dos", "das", "do", "zu", "ter", "ten", "af");

    private boolean tagSentence(Taggers t, String text, int from, int to, SpanSink out) {
        String sentence = text.substring(from, to);
        Span[] tok = t.tokenizer.tokenizePos(sentence);
        if (tok.length == 0) {
            return false;
        }
        String[] tokens = Span.spansToStrings(tok, sentence);
        Span[] names = t.names.find(tokens);
        double[] probs = t.names.probs(names);
        String[] pos = null;
        boolean any = false;
        for (int n = 0; n < names.length; n++) {
            int ts = names[n].getStart();
            int te = names[n].getEnd();
            while (ts < te && (TITLES.contains(key(tokens[ts])) || tokens[ts].equals(".") || tokens[ts].equals(":") || tokens[ts].equals(","))) {
                ts++;
            }
            while (te > ts && !Character.isLetter(tokens[te - 1].charAt(0))) {
                te--;
            }
            if (ts >= te || !plausible(tokens, ts, te)) {
                continue;
            }
            boolean cue = titleBefore(tokens, ts);
            int known = 0;
            int words = 0;
            for (int k = ts; k < te; k++) {
                String w = tokens[k];
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
                    words++;
                    if (lexicon().isName(w, 0, w.length()) && !STOP.contains(key(w))) {
                        known++;
                    }
                }
            }
            if (words == 0) {
                continue;
            }
            if (words == 1 && !cue) {
                String w = tokens[ts];
                if (known == 0 || isAllCaps(w)) {
                    continue;
                }
                if (pos == null) {
                    pos = t.pos.tag(tokens);
                }
                if (!pos[ts].equals("PROPN") && !pos[ts].equals("NNP")) {
                    continue;
                }
            }
            String last = tokens[te - 1];
            String first = tokens[ts];
            boolean lastKnown = lexicon().isLastName(last, 0, last.length()) && !STOP.contains(key(last));
            boolean firstKnown = lexicon().isFirstName(first, 0, first.length()) && !STOP.contains(key(first));
            if (words >= 2 && tokens[ts + 1].equals(",")) { // "Smith, John"
                lastKnown = lexicon().isLastName(first, 0, first.length());
                firstKnown = lexicon().isFirstName(last, 0, last.length());
            }
            double score = words == 1 && !cue ? 0.25 + 0.3 * probs[n]
                    : 0.15 + 0.3 * probs[n] + (firstKnown ? 0.05 : 0) + (lastKnown || words == 1 ? 0.2 : 0) + (cue ? 0.15 : 0);
            int cs = from + tok[ts].getStart();
            int ce = from + tok[te - 1].getEnd();
            if (insideAddress(text, from, to, cs, ce)) {
                continue;
            }
            out.accept(words >= 2 ? "model" : "model-single", cs, ce, Math.min(0.85, score), null);
            any = true;
        }
        if (!any) {
            any = wholeValueFallback(text, from, to, out);
        }
        if (!any) {
            any = pairFallback(tokens, tok, from, text, to, out);
        }
        return any;
    }

    /**
     * Where the model found nothing: a given name followed by a surname of the lists (two capitalised words, no
     * capitalised word on either side) at 0.5, and a capitalised word right after an honorific (Frau Krüger) at 0.45.
     */
    private boolean pairFallback(String[] tokens, Span[] tok, int from, String text, int to, SpanSink out) {
        boolean any = false;
        for (int k = 0; k < tokens.length; k++) {
            String a = tokens[k];
            if (!isTitleCase(a)) {
                continue;
            }
            if (k > 0 && HONORIFICS.contains(key(tokens[k - 1])) && !tokens[k - 1].equals(tokens[k - 1].toLowerCase(java.util.Locale.ROOT)) || k > 1 && tokens[k - 1].equals(".") && HONORIFICS.contains(key(tokens[k - 2]))) {
                int e = k + 1 < tokens.length && isTitleCase(tokens[k + 1]) && lexicon().isLastName(tokens[k + 1], 0, tokens[k + 1].length()) ? k + 1 : k;
                int cs = from + tok[k].getStart();
                int ce = from + tok[e].getEnd();
                if (!insideAddress(text, from, to, cs, ce)) {
                    out.accept("honorific", cs, ce, 0.45, null);
                    any = true;
                }
                k = e;
                continue;
            }
            if (k + 1 >= tokens.length || !isTitleCase(tokens[k + 1])) {
                continue;
            }
            String b = tokens[k + 1];
            boolean capBefore = k > 0 && isTitleCase(tokens[k - 1]) && tok[k].getStart() - tok[k - 1].getEnd() <= 1;
            boolean capAfter = k + 2 < tokens.length && isTitleCase(tokens[k + 2]);
            if (!capBefore && !capAfter && lexicon().isFirstName(a, 0, a.length()) && lexicon().isLastName(b, 0, b.length())
                    && !STOP.contains(key(a)) && !STOP.contains(key(b))) {
                int cs = from + tok[k].getStart();
                int ce = from + tok[k + 1].getEnd();
                if (!insideAddress(text, from, to, cs, ce)) {
                    out.accept("name-pair", cs, ce, 0.5, null);
                    any = true;
                }
                k++;
            }
        }
        return any;
    }

    private static boolean isTitleCase(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '’') {
                return false;
            }
        }
        return !isAllCaps(w);
    }

    private static final PostalAddressFinder ADDRESSES = new PostalAddressFinder();

    /** A city in an address ("Santa Clara, CA 95054") is no person. */
    private static boolean insideAddress(String text, int from, int to, int cs, int ce) {
        boolean[] inside = {false};
        ADDRESSES.find(null, text, from, to, null, (kind, s, e, score, norm) -> {
            if (score >= 0.75 && s < ce && cs < e) {
                inside[0] = true;
            }
        });
        return inside[0];
    }

    private static String key(String token) {
        String k = token.toLowerCase(java.util.Locale.ROOT);
        return k.endsWith(".") || k.endsWith(":") || k.endsWith(",") ? k.substring(0, k.length() - 1) : k;
    }

    private static boolean titleBefore(String[] tokens, int ts) {
        int k = ts - 1;
        while (k >= 0 && (tokens[k].equals(".") || tokens[k].equals(":") || tokens[k].equals(","))) {
            k--;
        }
        return k >= 0 && k >= ts - 2 && HONORIFICS.contains(key(tokens[k]));
    }

    private static boolean isAllCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name starts and ends with a capitalised word; inside, only capitalised words, initials ("J."), hyphens,
     * commas ("Smith, John") and particles (van, de, bin). No digits or code characters; "DE" or "USA" alone is no name.
     */
    private static boolean plausible(String[] tokens, int ts, int te) {
        for (int k = ts; k < te; k++) {
            String w = tokens[k];
            boolean edge = k == ts || k == te - 1;
            if (w.equals(",") || w.equals("-") || w.equals(".")) {
                if (edge) return false;
                continue;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.') {
                    return false;
                }
            }
            boolean cap = Character.isUpperCase(w.charAt(0));
            if (!cap && (edge || !PARTICLES.contains(w))) {
                return false;
            }
        }
        if (te - ts == 1 && tokens[ts].length() <= 3 && isAllCaps(tokens[ts])) {
            return false;
        }
        // "Su NIF", "Mary IT": a short acronym next to title-case words is no part of a name.
        boolean titleCase = false;
        boolean acronym = false;
        for (int k = ts; k < te; k++) {
            String w = tokens[k];
            if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                if (isAllCaps(w)) {
                    acronym |= w.length() <= 4;
                } else {
                    titleCase = true;
                }
            }
        }
        return !(titleCase && acronym);
    }

    /** "Jane Doe" as a whole field value: 1 to 4 capitalised words, each in the name lists. */
    private boolean wholeValueFallback(String text, int from, int to, SpanSink out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        if (e - s < 2 || e - s > 60) {
            return false;
        }
        int words = 0;
        boolean firstKnown = false;
        boolean lastKnown = false;
        int i = s;
        while (i < e) {
            int ws = i;
            while (i < e && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) i++;
            if (i == ws || !Character.isUpperCase(text.charAt(ws)) || !lexicon().isName(text, ws, i)
                    || STOP.contains(text.substring(ws, i).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (words == 0) {
                firstKnown = lexicon().isFirstName(text, ws, i);
            }
            lastKnown = lexicon().isLastName(text, ws, i);
            words++;
            if (i < e && text.charAt(i) == ',') i++;
            int sp = i;
            while (i < e && text.charAt(i) == ' ') i++;
            if (i < e && i == sp) return false;
        }
        if (words < 1 || words > 4 || words == 1 && e - s <= 3) {
            return false;
        }
        out.accept("name-list", s, e, words >= 2 && firstKnown && lastKnown ? 0.55 : 0.45, null);
        return true;
    }
}
