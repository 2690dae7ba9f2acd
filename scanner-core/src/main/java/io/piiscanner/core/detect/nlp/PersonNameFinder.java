package io.piiscanner.core.detect.nlp;

import io.piiscanner.core.detect.SpanFinder;
import io.piiscanner.core.rules.EntityRule;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PERSON_NAME: capitalised word runs with evidence of being a name, checked by the project's OpenNLP name model
 * ({@link NlpModels#nameModel()}) where the evidence alone does not settle it.
 *
 * <p><b>One cheap pass</b> over the words of the text ({@link Words}) marks what each word is: capitalised, all
 * caps, an initial, a given name or surname of the lists ({@link NameLexicon}), a name particle (van, de, bin), an
 * honorific (Mr, Frau, Mme), a greeting (Dear, Hallo), a role word (customer, Kontoinhaber, titulaire), a closing
 * (Regards, Cordialement), a word that is no part of a person's name (Street, GmbH, Team, Edition), or glued to
 * code. Texts without a capitalised word end there.
 *
 * <p><b>Candidates</b> are runs of capitalised words and initials (particles inside), one to six words, with
 * "Surname, Given" joined; leading cue words are cut off and remembered. A run containing a company, street or
 * product word is no name. What stands before and around a run is its cue: an honorific, a greeting, a role word,
 * a key of a key/value pair whose key names a person ({@code "account_holder":"..."}, {@code full_name=...},
 * {@code Name: ...}), a chat speaker label at the start of a line ({@code [09:42] Patricia Edwards:}), a
 * signature line after a closing, or the run being the whole value of a field.
 *
 * <p><b>The models run only where they decide something</b>: a run with a strong cue (honorific, a name key) is
 * reported without them; a run with no cue but name-list words, or a weak cue and words the lists do not know, is
 * checked by the name model on a short window around it (the OpenNLP tokenizer the model was trained with; the
 * sentence model only where the window holds a sentence end); a single unknown word is also POS-tagged and kept only
 * as a proper noun. Taggers are per thread ({@link Taggers}).
 *
 * <p>Base scores (the rule then adds context words +0.2 and field hints +0.3; reported from 0.5): honorific or name
 * key 0.6-0.7; greeting, role, speaker or signature with a list word 0.6; no cue, given name + surname 0.45, 0.6
 * when the model agrees; one list word 0.3 + 0.3 x model probability; a whole field value of name words 0.45-0.55.
 * Names inside a postal address (a city) are dropped.
 */
public final class PersonNameFinder implements SpanFinder {

    public static final String NAME = "person-name";

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

    private static final boolean DEBUG = Boolean.getBoolean("nlp.debug");
    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);
    private static final PostalAddressFinder ADDRESSES = new PostalAddressFinder();

    // ---- cue kinds of a candidate
    static final int CUE_NONE = 0;
    static final int CUE_WHOLE = 1;      // the whole field value
    static final int CUE_ROLE = 2;       // customer, Kunde, holder, titulaire
    static final int CUE_GREETING = 3;   // Dear, Hi, Hallo, Bonjour
    static final int CUE_SPEAKER = 4;    // chat label at a line start
    static final int CUE_SIGNATURE = 5;  // alone on a line after a closing, or "Regards, Anna"
    static final int CUE_WEAK_KEY = 6;   // contact=, owner:, Kunde:
    static final int CUE_KEY = 7;        // "full_name":"...", account_holder=, Name:
    static final int CUE_HONORIFIC = 8;  // Mr, Frau, Mme

    private static final String[] CUE_NAMES = {"model", "name-list", "role", "greeting", "speaker", "signature", "key", "name-key",
            "honorific"};

    @Override
    public void find(EntityRule rule, String text, int from, int to, String region, SpanSink out) {
        Words w = WORDS.get();
        if (!w.scan(text, from, to, lexicon())) {
            return;
        }
        List<Candidate> candidates = w.candidates();
        if (candidates.isEmpty()) {
            return;
        }
        List<int[]> addresses = null;
        Checker checker = null;
        try {
            for (Candidate c : candidates) {
                double score = score(w, c);
                if (DEBUG) {
                    System.err.printf("  cand [%s] cue=%s words=%d known=%d loose=%d score=%.2f%n", text.substring(c.start, c.end),
                            CUE_NAMES[c.cue], c.words, c.known, c.knownWithCue, score);
                }
                if (score == 0) {
                    continue;
                }
                if (addresses == null) {
                    addresses = ADDRESSES.spans(text, from, to, 0.75);
                }
                if (overlapsAny(addresses, c.start, c.end)) {
                    continue; // "Santa Clara, CA 95054", "12 rue Victor Hugo": a place, no person
                }
                if (Double.isNaN(score)) {
                    if (checker == null) {
                        checker = new Checker(text, w);
                    }
                    score = checker.decide(c);
                }
                if (score <= 0) {
                    continue;
                }
                out.accept(CUE_NAMES[c.cue], c.start, c.end, Math.min(0.85, score), null);
            }
        } finally {
            if (checker != null) {
                checker.done();
            }
        }
    }

    private static boolean overlapsAny(List<int[]> spans, int s, int e) {
        for (int[] a : spans) {
            if (a[0] < e && s < a[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The score a candidate gets from its words and cue alone, 0 to drop it, or NaN when the name model (and for a
     * single unknown word the POS tagger) must decide.
     */
    static double score(Words w, Candidate c) {
        int words = c.words;
        int known = c.known;
        boolean pair = c.givenKnown && c.surnameKnown;
        switch (c.cue) {
            case CUE_HONORIFIC:
                return words == 1 ? 0.6 : 0.65 + (known > 0 ? 0.05 : 0);
            case CUE_KEY:
                return known > 0 || words >= 2 || c.initials > 0 ? 0.65 : 0.5;
            case CUE_ROLE:
                if (c.verbCue && known < words && words >= 2 && !c.givenKnown) {
                    return Double.NaN; // "Siemens Healthineers asked": the model decides
                }
                // fall through
            case CUE_WEAK_KEY:
            case CUE_SPEAKER:
            case CUE_SIGNATURE:
            case CUE_GREETING:
                if (known > 0 || c.knownWithCue > 0 && (c.cue != CUE_ROLE || words >= 2 || c.initials > 0)) {
                    return words == 1 && c.cue == CUE_ROLE ? 0.55 : 0.6;
                }
                if (c.allCaps) {
                    return 0; // "NJ DL", "ABA": acronyms
                }
                if (words == 1 && (c.cue == CUE_ROLE || c.cue == CUE_WEAK_KEY || c.cue == CUE_SPEAKER)) {
                    return 0; // "Kunde: Gerne", "Reminder:", "Complaint:": one unknown word after a weak cue is no name
                }
                return Double.NaN; // unknown words: the model (and the POS tagger for one word) decides
            case CUE_WHOLE:
                if (known == 0) {
                    // "SAXENA Harish", "K. Zerrouki" as a field value: name-shaped, reported only with a name field hint
                    return words + c.initials >= 2 && words <= 4 && !c.allCaps ? 0.3 : 0;
                }
                if (c.allCaps && known < 2 && words < 2) {
                    return 0;
                }
                return words >= 2 && pair ? 0.55 : 0.45;
            default:
                if (words < 2 || known == 0) {
                    return 0;
                }
                if (c.allCaps && !pair) {
                    return 0;
                }
                return Double.NaN;
        }
    }

    /** Runs the name model, and the POS tagger where needed, on short windows around undecided candidates. */
    private static final class Checker {
        private final String text;
        private final Words w;
        private final Taggers t = Taggers.get();
        private int cachedFrom = -1;
        private int cachedTo = -1;
        private Span[] tok;
        private String[] tokens;
        private Span[] names;
        private double[] probs;
        private String[] pos;

        Checker(String text, Words w) {
            this.text = text;
            this.w = w;
        }

        double decide(Candidate c) {
            tag(c);
            double p = 0;
            for (int n = 0; n < names.length; n++) {
                int s = cachedFrom + tok[names[n].getStart()].getStart();
                int e = cachedFrom + tok[names[n].getEnd() - 1].getEnd();
                if (s < c.end && c.start < e) {
                    p = Math.max(p, probs[n]);
                }
            }
            if (DEBUG) {
                System.err.printf("  check [%s] cue=%s words=%d known=%d p=%.2f%n", text.substring(c.start, c.end), CUE_NAMES[c.cue], c.words, c.known, p);
            }
            if (c.cue != CUE_NONE) { // a weak cue and words the lists do not know
                if (p < (c.cue == CUE_SIGNATURE || c.cue == CUE_SPEAKER ? 0.65 : 0.5)) {
                    return 0; // "Redwood Mutual" under a closing: a company unless the model is sure
                }
                if (c.words == 1 && !properNoun(c)) {
                    return 0;
                }
                return c.words == 1 ? 0.5 : 0.55;
            }
            if (c.givenKnown && c.surnameKnown) {
                return p >= 0.5 ? 0.6 : w.fromBefore(c) ? 0.55 : 0.45;
            }
            if (c.known >= 2 && c.known == c.words && c.givenKnown) {
                return p >= 0.5 ? 0.55 : 0.4;
            }
            // one name-list word: the given name first (Emma Smit) is the common case; a known surname after an unknown
            // capitalised word ("Ungültiger Wert") needs the model to be sure
            boolean givenFirst = w.has(c.ws, Words.GIVEN) && !w.has(c.ws, Words.AMBIGUOUS | Words.NONNAME);
            return p >= (givenFirst ? 0.5 : 0.7) ? 0.3 + 0.3 * p : 0;
        }

        private boolean properNoun(Candidate c) {
            if (pos == null) {
                pos = t.pos.tag(tokens);
            }
            for (int k = 0; k < tok.length; k++) {
                int s = cachedFrom + tok[k].getStart();
                if (s >= c.start && s < c.end) {
                    return pos[k].equals("PROPN") || pos[k].equals("NNP");
                }
            }
            return false;
        }

        /** Tags the window around {@code c} unless the last window tagged already holds it. */
        private void tag(Candidate c) {
            if (tok != null && c.start >= cachedFrom && c.end <= cachedTo) {
                return;
            }
            int[] win = w.window(c);
            int from = win[0];
            int to = win[1];
            String window = text.substring(from, to);
            if (hasSentenceEnd(window)) {
                // the sentence model decides whether a full stop in the window ends a sentence ("Dr. Smith" does not)
                for (Span s : t.sentences.sentPosDetect(window)) {
                    if (from + s.getStart() <= c.start && c.end <= from + s.getEnd()) {
                        window = window.substring(s.getStart(), s.getEnd());
                        to = from + s.getEnd();
                        from = from + s.getStart();
                        break;
                    }
                }
            }
            cachedFrom = from;
            cachedTo = to;
            tok = t.tokenizer.tokenizePos(window);
            tokens = Span.spansToStrings(tok, window);
            names = tokens.length == 0 ? new Span[0] : t.names.find(tokens);
            probs = t.names.probs(names);
            pos = null;
        }

        private static boolean hasSentenceEnd(String s) {
            for (int i = 1; i + 2 < s.length(); i++) {
                char c = s.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) {
                    return true;
                }
            }
            return false;
        }

        void done() {
            t.names.clearAdaptiveData();
        }
    }

    /** One name candidate: a run of words {@code [ws, we)} covering {@code text[start, end)}. */
    static final class Candidate {
        int ws;
        int we;
        int start;
        int end;
        int cue;
        int words;
        int known;
        int initials;
        boolean givenKnown;
        boolean surnameKnown;
        boolean allCaps;
        /** Name-list words, counting those that are also common words (Grace, Madison) where a cue says "person". */
        int knownWithCue;
        /** The cue is a verb after the run ("X asked", "X hat angerufen"), weaker than a word before it. */
        boolean verbCue;
    }

    /**
     * The words of one text with what each is, in reused arrays (one instance per thread). Words are letters with
     * inner apostrophes and hyphens; an initial keeps its full stop; "Anna's" is read as "Anna".
     */
    static final class Words {
        // word flags
        static final int CAP = 1;
        static final int CAPS = 1 << 1;
        static final int INITIAL = 1 << 2;
        static final int GIVEN = 1 << 3;
        static final int SURNAME = 1 << 4;
        static final int PARTICLE = 1 << 5;
        static final int NONNAME = 1 << 6;
        static final int AMBIGUOUS = 1 << 7;
        static final int HONORIFIC = 1 << 8;
        static final int GREETING = 1 << 9;
        static final int ROLE = 1 << 10;
        static final int CODE = 1 << 11;
        static final int CLOSING = 1 << 12;
        static final int ORG = 1 << 13;
        static final int CAMEL = 1 << 17;
        static final int SPEAKER_ROLE = 1 << 18;
        static final int THING = 1 << 19;
        static final int PREP = 1 << 20;
        static final int VERB = 1 << 21;
        static final int AUX = 1 << 22;
        static final int FUNC = 1 << 23;
        static final int THING_AFTER = 1 << 24;
        static final int STRONG_PARTICLE = 1 << 25;
        static final int FROM = 1 << 26;
        static final int ORG_INTRO = 1 << 27;

        // gaps before a word
        static final byte GAP_SPACE = 0;
        static final byte GAP_COMMA = 1;
        static final byte GAP_HARD = 2;

        String text;
        int from;
        int to;
        int n;
        int[] start = new int[64];
        int[] end = new int[64];
        int[] flags = new int[64];
        byte[] gap = new byte[64];
        private final List<Candidate> out = new ArrayList<>();
        private final ArrayList<Candidate> pool = new ArrayList<>();
        private int pooled;

        /** Reads the words; false when no word is capitalised (then no name can be found). */
        boolean scan(String text, int from, int to, NameLexicon lexicon) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.n = 0;
            this.pooled = 0;
            boolean anyCap = false;
            int i = from;
            int prevEnd = from;
            while (i < to) {
                char c = text.charAt(i);
                if (!Character.isLetter(c) || c <= 't' && (c == 'n' || c == 't' || c == 'r') && i > from && text.charAt(i - 1) == '\\'
                        && !(i - 1 > from && text.charAt(i - 2) == '\\')) {
                    i++; // a letter, not the "n" of an escaped line break ("\nThomas" in a JSON string)
                    continue;
                }
                int s = i;
                int upperInside = -1;
                int apos = -1;
                boolean hyphen = false;
                boolean lowerSeen = false;
                boolean upperSeen = false;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d)) {
                        if (Character.isUpperCase(d)) {
                            upperSeen = true;
                            if (i > s && lowerSeen && upperInside < 0 && text.charAt(i - 1) != '-' && text.charAt(i - 1) != '\''
                                    && text.charAt(i - 1) != '’') {
                                upperInside = i;
                            }
                        } else {
                            lowerSeen = true;
                        }
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i > s) {
                        if (d == '-') {
                            hyphen = true;
                        } else {
                            apos = i;
                        }
                        i++;
                    } else {
                        break;
                    }
                }
                int e = i;
                int f = 0;
                // "Anna's" -> "Anna"; "I've", "don't" are no names
                if (apos > s && e - apos <= 3 && Character.isLowerCase(text.charAt(apos + 1)) && Character.isUpperCase(c)) {
                    if (e - apos == 2 && text.charAt(apos + 1) == 's') {
                        e = apos;
                    } else {
                        f |= NONNAME;
                    }
                }
                boolean cap = Character.isUpperCase(c);
                if (cap) {
                    f |= CAP;
                    anyCap = true;
                    if (!lowerSeen && e - s >= 2) {
                        f |= CAPS;
                    }
                    if (e - s == 1 && e < to && text.charAt(e) == '.') {
                        f |= INITIAL;
                        e++;
                        i = e;
                    }
                }
                if (upperInside > 0) {
                    f |= CAMEL;
                }
                if (hyphen && lowerAfterHyphen(text, s, e)) {
                    f |= NONNAME; // Web-to-case, E-mail, Follow-up: words, not names
                }
                if (glued(text, s, e, from, to)) {
                    f |= CODE;
                }
                int wordEnd = (f & INITIAL) != 0 ? e - 1 : e;
                long h = NameLexicon.hash(text, s, wordEnd);
                if ((f & INITIAL) == 0) {
                    f |= Keywords.flags(h);
                }
                if (cap && (f & INITIAL) == 0 && wordEnd - s >= 2) {
                    int k = lexicon.kind(h, text, s, wordEnd);
                    if ((k & NameLexicon.GIVEN) != 0) {
                        f |= GIVEN;
                    }
                    if ((k & NameLexicon.SURNAME) != 0) {
                        f |= SURNAME;
                    }
                }
                if ((f & CAMEL) != 0 && (f & (GIVEN | SURNAME)) == 0 && !namePrefixCamel(text, s, upperInside)) {
                    f |= NONNAME; // OrderService, BillingName: code, not a name
                }
                add(s, e, f, gapKind(text, prevEnd, s));
                prevEnd = e;
            }
            return anyCap;
        }

        /**
         * Web-to-case, E-mail, Follow-up, Check-in: a hyphenated word with a lower-case part is a word, not a name;
         * Korean given names (Ji-woo, Min-jun, Seo-yeon: two short syllables, one hyphen) are the exception.
         */
        private static boolean lowerAfterHyphen(String text, int s, int e) {
            int hyphens = 0;
            int lowerPart = -1;
            for (int k = s + 1; k + 1 < e; k++) {
                if (text.charAt(k) == '-') {
                    hyphens++;
                    if (Character.isLowerCase(text.charAt(k + 1)) && lowerPart < 0) {
                        lowerPart = k;
                    }
                }
            }
            if (lowerPart < 0) {
                return false;
            }
            boolean syllables = hyphens == 1 && lowerPart - s >= 2 && lowerPart - s <= 4 && e - lowerPart - 1 >= 2 && e - lowerPart - 1 <= 4
                    && Character.isUpperCase(text.charAt(s));
            if (!syllables) {
                return true;
            }
            String tail = text.substring(lowerPart + 1, e);
            return tail.equals("up") || tail.equals("in") || tail.equals("on") || tail.equals("off") || tail.equals("out")
                    || tail.equals("mail") || tail.equals("back") || tail.equals("down") || tail.equals("over") || tail.equals("by")
                    || tail.equals("to") || tail.equals("ins") || tail.equals("ons") || tail.equals("ups");
        }

        /** McDonald, MacLeod, DeShawn, LeBlanc, DiMaggio, VanDyke: capitals inside a name. */
        private static boolean namePrefixCamel(String text, int s, int upper) {
            int len = upper - s;
            if (len > 3) {
                return false;
            }
            String p = text.substring(s, upper);
            return p.equals("Mc") || p.equals("Mac") || p.equals("De") || p.equals("Di") || p.equals("Da") || p.equals("Le")
                    || p.equals("La") || p.equals("Van") || p.equals("Du") || p.equals("Von");
        }

        private static boolean glued(String text, int s, int e, int from, int to) {
            if (s > from) {
                char b = text.charAt(s - 1);
                if (Character.isDigit(b) || b == '_' || b == '@' || b == '/') {
                    return true;
                }
                if (b == '.' && s - 1 > from && Character.isLetterOrDigit(text.charAt(s - 2))) {
                    return true; // jane.Doe, app.Service
                }
                if (b == '-' && s - 1 > from && Character.isDigit(text.charAt(s - 2))) {
                    return true; // 4218-RED-XXL
                }
            }
            if (e < to) {
                char a = text.charAt(e);
                if (Character.isDigit(a) || a == '_' || a == '@') {
                    return true;
                }
                if ((a == '.' || a == '/') && e + 1 < to && Character.isLetterOrDigit(text.charAt(e + 1))) {
                    return true; // app.prod, NRIC/FIN, file.txt
                }
                if (a == '-' && e + 1 < to && Character.isDigit(text.charAt(e + 1))) {
                    return true; // HOOD-346-UK, FAC-2023-88201
                }
            }
            return false;
        }

        private static byte gapKind(String text, int from, int to) {
            int len = to - from;
            if (len == 0) {
                return GAP_HARD;
            }
            if (len <= 2) {
                boolean spaces = true;
                for (int k = from; k < to; k++) {
                    spaces &= text.charAt(k) == ' ';
                }
                if (spaces) {
                    return GAP_SPACE;
                }
                if (text.charAt(from) == ',' && (len == 1 || text.charAt(from + 1) == ' ')) {
                    return GAP_COMMA;
                }
            }
            return GAP_HARD;
        }

        private void add(int s, int e, int f, byte g) {
            if (n == start.length) {
                int cap = n * 2;
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                flags = Arrays.copyOf(flags, cap);
                gap = Arrays.copyOf(gap, cap);
            }
            start[n] = s;
            end[n] = e;
            flags[n] = f;
            gap[n] = g;
            n++;
        }

        boolean has(int k, int f) {
            return (flags[k] & f) != 0;
        }

        /** A word that can be part of a name: capitalised or an initial, not glued to code. */
        private boolean nameWord(int k) {
            return ((flags[k] & INITIAL) != 0 || (flags[k] & CAP) != 0 && end[k] - start[k] >= 2) && (flags[k] & CODE) == 0;
        }

        private boolean known(int k) {
            return (flags[k] & (GIVEN | SURNAME)) != 0 && (flags[k] & (AMBIGUOUS | NONNAME)) == 0
                    && ((flags[k] & CAPS) == 0 || end[k] - start[k] >= 4 || runHasTitleWord(k));
        }

        /** "LI Wei", "KOH Xin Yi": a short all-caps word counts as a name next to a title-case one, not alone (ABA, NJ). */
        private boolean runHasTitleWord(int k) {
            return k + 1 < n && gap[k + 1] == GAP_SPACE && (flags[k + 1] & (CAP | CAPS)) == CAP
                    || k > 0 && gap[k] == GAP_SPACE && (flags[k - 1] & (CAP | CAPS)) == CAP;
        }

        private Candidate newCandidate() {
            if (pooled == pool.size()) {
                pool.add(new Candidate());
            }
            Candidate c = pool.get(pooled++);
            c.verbCue = false;
            return c;
        }

        /** The name candidates of the text, in text order. */
        List<Candidate> candidates() {
            out.clear();
            int k = 0;
            while (k < n) {
                if (!nameWord(k)) {
                    k++;
                    continue;
                }
                int s = k;
                int e = k + 1;
                while (e < n && e - s < 7) {
                    if (gap[e] == GAP_SPACE && nameWord(e)) {
                        e++;
                    } else if (gap[e] == GAP_SPACE && has(e, PARTICLE) && !has(e, CAP) && e + 1 < n && gap[e + 1] == GAP_SPACE
                            && nameWord(e + 1) && particleJoins(e)) {
                        e += 2; // Emma van Dijk, Sophie de Groot, Ahmad bin Abdullah
                    } else if (gap[e] == GAP_SPACE && has(e, PARTICLE) && !has(e, CAP) && e + 2 < n && gap[e + 1] == GAP_SPACE
                            && has(e + 1, PARTICLE) && !has(e + 1, CAP) && gap[e + 2] == GAP_SPACE && nameWord(e + 2)
                            && particleJoins(e)) {
                        e += 3; // Anouk van der Meer, Carlos de la Cruz
                    } else {
                        break;
                    }
                }
                run(s, e);
                k = e;
            }
            joinSurnameGiven();
            return out;
        }

        /**
         * Whether the particle at {@code p} joins the words around it into one name: bin, binti, ibn always; van, von,
         * de, da, di, le only after a name-list word or an initial ("Emma van Dijk"), since they are also prepositions
         * ("Kundenanfrage von Jürgen Hoffmann", "Nota de RRHH").
         */
        private boolean particleJoins(int p) {
            if (has(p - 1, NONNAME | ROLE | ORG | THING)) {
                return false;
            }
            if (has(p, STRONG_PARTICLE)) {
                return true;
            }
            return has(p - 1, INITIAL) || has(p - 1, GIVEN | SURNAME) && !has(p - 1, NONNAME);
        }

        /** Cuts cue words off the front of a run, judges what is left and adds it as a candidate. */
        private void run(int s, int e) {
            int cue = CUE_NONE;
            // cue words at the run's front: "Customer Maria", "Dear Ms Jones", "Kontoinhaber Sophie", "Please Anna"
            while (s < e && has(s, HONORIFIC | GREETING | ROLE | CLOSING | NONNAME | ORG | THING | SPEAKER_ROLE)) {
                if (has(s, ORG | THING) && !has(s, HONORIFIC | GREETING | ROLE | CLOSING)) {
                    return; // "Service Team", "Park Avenue": a company, a place or a thing
                }
                cue = Math.max(cue, cueOf(s));
                s++;
            }
            while (s < e && has(s, PARTICLE) && !has(s, CAP)) {
                s++; // "Appel de Madison Wilson": the particle belonged to the cut words
            }
            for (int k = s; k < e; k++) {
                if (has(k, ORG | THING)) {
                    return; // "Vantara Health", "Lincoln Park", "Jordan Air Max", "Kestrel Analytics Inc"
                }
                if (has(k, NONNAME | HONORIFIC | GREETING | CLOSING) && !has(k, PARTICLE | FUNC)) {
                    e = k; // "Tobias Köhler Bitte": the name ends before a common word
                    break;
                }
            }
            while (e > s && has(e - 1, PARTICLE) && !has(e - 1, CAP)) {
                e--;
            }
            if (s >= e || e - s == 1 && has(s, FUNC | PARTICLE | PREP)) {
                return; // "De : Chloé Mathieu": the header word is no name
            }
            if (e < n && gap[e] == GAP_SPACE && (has(e, ORG | THING) && has(e, CAP) || has(e, THING_AFTER))) {
                return; // "Grace Hopper edition", "Johnson controls", "Tommy jacket"
            }
            if (followedByCompanyJoin(e) || precededByCompanyJoin(s)) {
                return; // "Johnson & Johnson", "Marks & Spencer"
            }
            if (s >= 2 && has(s - 1, ORG_INTRO) && gap[s] == GAP_SPACE && gap[s - 1] == GAP_SPACE && nameWord(s - 2)
                    && !has(s - 2, ROLE | NONNAME | HONORIFIC | GREETING | CLOSING)) {
                return; // "Peter Lindgren from Siemens Healthineers", "Anna Roth at Acme Labs": the company a person is with
            }
            if (e - s >= 2 && has(e - 1, CAPS) && !known(e - 1) && end[e - 1] - start[e - 1] <= 4 && (flags[e - 2] & (CAP | CAPS)) == CAP) {
                e--; // "Nota de RRHH", "Mary IT": a short acronym after title-case words is no part of a name
                while (e > s && has(e - 1, PARTICLE) && !has(e - 1, CAP)) {
                    e--;
                }
            }
            if (modelNumberAfter(end[e - 1])) {
                return; // "Jordan Retro 4", "Galaxy Note 20": a product and its model number
            }
            Candidate c = newCandidate();
            c.ws = s;
            c.we = e;
            c.start = start[s];
            c.end = end[e - 1];
            c.cue = cue;
            measure(c);
            if (c.words == 0) {
                pooled--;
                return;
            }
            c.cue = Math.max(c.cue, contextCue(c));
            out.add(c);
            if (has(s, CAPS) && !c.allCaps) {
                includeParticlesBefore(c); // "EL AMRANI Karim"
            }
        }

        private int cueOf(int k) {
            if (has(k, HONORIFIC)) {
                return CUE_HONORIFIC;
            }
            if (has(k, GREETING)) {
                return CUE_GREETING;
            }
            if (has(k, ROLE)) {
                return CUE_ROLE;
            }
            if (has(k, CLOSING)) {
                return CUE_SIGNATURE;
            }
            return CUE_NONE;
        }

        private void measure(Candidate c) {
            int words = 0;
            int known = 0;
            int loose = 0;
            int initials = 0;
            boolean allCaps = true;
            for (int k = c.ws; k < c.we; k++) {
                if (has(k, INITIAL)) {
                    initials++;
                    continue;
                }
                if (has(k, PARTICLE) && !has(k, CAP)) {
                    continue;
                }
                words++;
                if (known(k)) {
                    known++;
                }
                if (has(k, GIVEN | SURNAME) && !has(k, NONNAME) && (!has(k, CAPS) || end[k] - start[k] >= 4 || runHasTitleWord(k))) {
                    loose++;
                }
                allCaps &= has(k, CAPS);
            }
            c.words = words;
            c.known = known;
            c.knownWithCue = loose;
            c.initials = initials;
            c.allCaps = allCaps && words > 0;
            int first = c.ws;
            while (first < c.we && has(first, INITIAL)) {
                first++;
            }
            int last = c.we - 1;
            // surname written first in capitals: "WIŚNIEWSKI Mateusz", "KOH Xin Yi"
            boolean surnameFirst = words >= 2 && has(first, CAPS) && !has(last, CAPS);
            if (surnameFirst) {
                c.surnameKnown = known(first);
                c.givenKnown = first + 1 < c.we && known(first + 1);
            } else {
                c.givenKnown = first < c.we && known(first) && has(first, GIVEN);
                c.surnameKnown = words >= 2 && known(last) && has(last, SURNAME | GIVEN);
            }
        }

        /** "da Silva, Felipe", "van der Linden, Pieter", "EL AMRANI Karim": the surname's particles are part of the name. */
        private void includeParticlesBefore(Candidate c) {
            int k = c.ws;
            int taken = 0;
            while (k > 0 && taken < 2 && has(k - 1, PARTICLE) && gap[k] == GAP_SPACE && (!has(k - 1, CAP) || has(k - 1, CAPS))) {
                k--;
                taken++;
            }
            if (taken == 0 || k > 0 && gap[k] == GAP_SPACE) {
                return; // after a word the particle is a preposition ("Anruf von KOÇ Burak"); after ":", "-", ">" it is the name's
            }
            c.ws = k;
            c.start = start[k];
        }

        /** "Smith, John", "WANG, LI", "Beck, Anna-Lena": a surname run, a comma and a given-name run. */
        private void joinSurnameGiven() {
            for (int i = 0; i + 1 < out.size(); i++) {
                Candidate a = out.get(i);
                Candidate b = out.get(i + 1);
                if (b.ws != a.we || gap[b.ws] != GAP_COMMA || a.words > 2 || b.words > 2 || a.words == 0) {
                    continue;
                }
                int lastOfA = a.we - 1;
                int firstOfB = b.ws;
                boolean keyed = a.cue == CUE_KEY || a.cue == CUE_WEAK_KEY || a.cue == CUE_ROLE || a.cue == CUE_HONORIFIC
                        || a.cue == CUE_WHOLE || fromBefore(a) || verbAfter(b.we);
                boolean aCaps = true;
                for (int k = a.ws; k < a.we; k++) {
                    aCaps &= has(k, CAPS | INITIAL) || has(k, PARTICLE);
                }
                boolean names = has(lastOfA, SURNAME) && known(lastOfA) && has(firstOfB, GIVEN) && known(firstOfB)
                        || aCaps && !has(firstOfB, CAPS) && has(firstOfB, GIVEN | SURNAME) && !has(firstOfB, NONNAME)
                        || aCaps && has(lastOfA, SURNAME) && has(firstOfB, GIVEN) && !has(firstOfB, NONNAME | AMBIGUOUS); // WANG, LI
                boolean nameShaped = a.words == 1 ? !has(firstOfB, NONNAME | ORG | THING) : has(firstOfB, GIVEN | SURNAME);
                if (!names && !(keyed && (known(lastOfA) && nameShaped || known(firstOfB)))) {
                    continue; // not "Ursula Keller, Rufnummer"
                }
                a.we = b.we;
                a.end = b.end;
                includeParticlesBefore(a);
                int cue = a.cue;
                measure(a);
                a.givenKnown = known(firstOfB);
                a.surnameKnown = known(lastOfA);
                a.cue = Math.max(cue, contextCue(a));
                out.remove(i + 1);
            }
        }

        /** A short number right after the run, then the end of the value (a quote, a tag, the line's end). */
        private boolean modelNumberAfter(int p) {
            if (p + 1 >= to || text.charAt(p) != ' ' || !Character.isDigit(text.charAt(p + 1))) {
                return false;
            }
            int q = p + 1;
            while (q < to && q - p <= 6 && Character.isLetterOrDigit(text.charAt(q))) {
                q++;
            }
            if (q - p > 6) {
                return false;
            }
            return q == to || text.charAt(q) == '<' || text.charAt(q) == '"' || text.charAt(q) == '\'' || text.charAt(q) == '\n';
        }

        /** "Johnson & Johnson", "Marks & Spencer", "Smith and Co": a company; not "JACK BENNETT & NI's TX 96". */
        private boolean followedByCompanyJoin(int e) {
            int p = end[e - 1];
            if (p + 2 < to && text.startsWith(" and Co", p)) {
                return true;
            }
            if (p + 3 >= to || !(text.startsWith(" & ", p) || text.startsWith(" + ", p))) {
                return false;
            }
            int q = p + 3;
            int r = q;
            boolean lower = false;
            while (r < to && Character.isLetter(text.charAt(r))) {
                lower |= Character.isLowerCase(text.charAt(r));
                r++;
            }
            return r > q && Character.isUpperCase(text.charAt(q)) && (lower ? r - q >= 3 : r - q >= 4);
        }

        private boolean precededByCompanyJoin(int s) {
            int p = start[s];
            return p - 3 >= from && (text.startsWith(" & ", p - 3) || text.startsWith(" + ", p - 3));
        }

        /** The cue around a run that its own words do not carry: key, speaker, signature, honorific before, whole value. */
        private int contextCue(Candidate c) {
            int s = c.ws;
            int cue = CUE_NONE;
            // the word before, with at most ". ", ": ", ", " or " " between: Mr. Smith, Frau Krüger, Dear Anna, Hi, Anna
            if (s > 0) {
                int p = s - 1;
                int between = start[s] - end[p];
                String sep = between <= 3 ? text.substring(end[p], start[s]) : "";
                boolean near = sep.equals(" ") || sep.equals(". ") || sep.equals(", ") || sep.equals(": ") || sep.equals(" : ")
                        || sep.equals(".  ");
                boolean tight = sep.equals(" ") || sep.equals(". ") || sep.equals(".  ");
                if (tight && has(p, HONORIFIC)) {
                    cue = CUE_HONORIFIC; // Mr. Smith, Frau Krüger (not "Dear Sir or Madam, Quick update")
                } else if (near && has(p, GREETING) && !sep.equals(": ")) {
                    cue = CUE_GREETING;
                } else if ((tight || sep.equals(": ") || sep.equals(" : ")) && has(p, ROLE)) {
                    cue = CUE_ROLE;
                } else if (sep.equals(", ") && has(p, CLOSING)) {
                    cue = CUE_SIGNATURE; // "Regards, Anna Smith"
                } else if ((tight || sep.equals(": ")) && roleBefore(p)) {
                    cue = CUE_ROLE; // "Anruf von", "appel de", "spoke with", "on behalf of", "my name is"
                }
            }
            if (cue == CUE_NONE && (c.words >= 2 || c.initials > 0) && fromBefore(c)) {
                cue = CUE_ROLE; // "email from Anna Smith", "im Auftrag von Saidi, Meriem", "raised by T. Babatunde"
            }
            if (cue == CUE_NONE && verbAfter(c.we) && (has(c.ws, GIVEN | SURNAME | INITIAL | CAPS) && !has(c.ws, NONNAME) || commaInside(c))) {
                c.verbCue = true;
                // "Emma Smit asked for a callback", "Élise Morel a appelé", "SMITS, Sanne hat angerufen"; not "Booz Allen
                // Hamilton requested": a name before a verb starts with a given name
                cue = CUE_ROLE;
            }
            int key = keyBefore(c.start);
            if (key != CUE_NONE) {
                cue = Math.max(cue, key);
            }
            if (cue < CUE_SPEAKER && isSpeaker(c)) {
                cue = CUE_SPEAKER;
            }
            if (cue < CUE_SIGNATURE && isSignature(c)) {
                cue = CUE_SIGNATURE;
            }
            if (cue == CUE_NONE && isWholeValue(c)) {
                cue = CUE_WHOLE;
            }
            return cue;
        }

        /** "from Anna Smith", "von Jürgen Hoffmann", "by Tom Hale": a preposition that often introduces a person. */
        boolean fromBefore(Candidate c) {
            int p = c.ws - 1;
            return p >= 0 && has(p, FROM) && start[c.ws] - end[p] == 1 && text.charAt(end[p]) == ' ';
        }

        private boolean commaInside(Candidate c) {
            for (int k = c.ws + 1; k < c.we; k++) {
                if (gap[k] == GAP_COMMA) {
                    return true;
                }
            }
            return false;
        }

        /** A communication verb right after a run: "asked", "called back", "a appelé", "hat angerufen". */
        private boolean verbAfter(int e) {
            if (e >= n || gap[e] != GAP_SPACE) {
                return false;
            }
            if (has(e, VERB)) {
                return true;
            }
            return has(e, AUX) && e + 1 < n && gap[e + 1] == GAP_SPACE && has(e + 1, VERB);
        }

        /** A role word at {@code p}, or up to three prepositions back from it ("spoke to", "on behalf of", "Anruf von"). */
        private boolean roleBefore(int p) {
            for (int k = p, steps = 0; k >= 0 && steps < 4; k--, steps++) {
                if (has(k, ROLE)) {
                    return true;
                }
                if (!has(k, PREP | PARTICLE) || k == 0 || start[k] - end[k - 1] > 1 || text.charAt(end[k - 1]) != ' ') {
                    return false;
                }
            }
            return false;
        }

        /**
         * A key naming a person just before the value: {@code full_name="Ann Lee"}, {@code "account_holder":"Ann Lee"},
         * {@code \"PersonName\":\"Ann Lee\"}, {@code Contact Name: Ann Lee}, {@code Kunde: Ann Lee}.
         */
        private int keyBefore(int valueStart) {
            int p = valueStart;
            int limit = Math.max(from, valueStart - 60);
            // quotes and spaces between the separator and the value
            while (p > limit && isQuoteOrSpace(text.charAt(p - 1))) {
                p--;
            }
            if (p <= limit) {
                return CUE_NONE;
            }
            char sepChar = text.charAt(p - 1);
            if ((sepChar == '-' || sepChar == '–') && p - 2 > limit && text.charAt(p - 2) == ' ' && valueStart - p <= 2) {
                sepChar = ':'; // "Requester - Jack Bennett"
            }
            if (sepChar == '>') {
                return elementKey(p - 1, limit); // <FirstName>Maureen, <ns2:holderName>Kenji Watanabe
            }
            if (sepChar != ':' && sepChar != '=') {
                return CUE_NONE;
            }
            p--;
            while (p > limit && isQuoteOrSpace(text.charAt(p - 1))) {
                p--;
            }
            int keyEnd = p;
            // the key: letters, digits, underscores, hyphens, one or two spaces between words ("Contact Name")
            int spaces = 0;
            while (p > limit) {
                char c = text.charAt(p - 1);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' && p - 1 > limit && Character.isLetter(text.charAt(p - 2))) {
                    p--; // Account_Holder__c, e-mail, Empleado/a, Mitarbeiter/in
                } else if (c == ' ' && spaces < 2 && p - 1 > limit && Character.isLetter(text.charAt(p - 2))) {
                    spaces++;
                    p--;
                } else {
                    break;
                }
            }
            if (keyEnd - p < 2) {
                return CUE_NONE;
            }
            return Keywords.keyKind(text, p, keyEnd);
        }

        private int elementKey(int gt, int limit) {
            int lt = gt - 1;
            while (lt > limit && text.charAt(lt) != '<' && text.charAt(lt) != '>') {
                lt--;
            }
            if (lt <= limit - 1 || text.charAt(lt) != '<' || lt + 1 >= gt || text.charAt(lt + 1) == '/') {
                return CUE_NONE;
            }
            int s = lt + 1;
            int e = s;
            while (e < gt && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '_' || text.charAt(e) == '-'
                    || text.charAt(e) == ':' || text.charAt(e) == '.')) {
                e++;
            }
            int colon = text.lastIndexOf(':', e - 1);
            if (colon >= s) {
                s = colon + 1; // namespace prefix
            }
            return e - s >= 2 ? Keywords.keyKind(text, s, e) : CUE_NONE;
        }

        private static boolean isQuoteOrSpace(char c) {
            return c == '"' || c == '\'' || c == '\\' || c == ' ' || c == '\t';
        }

        /** "[09:42] Patricia Edwards: ...", "Thomas : Merci", "James (support): ..." at the start of a line. */
        private boolean isSpeaker(Candidate c) {
            int ls = lineStart(c.start);
            int p = ls;
            while (p < c.start && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            if (p < c.start && text.charAt(p) == '[') {
                int close = text.indexOf(']', p);
                if (close < 0 || close >= c.start) {
                    return false;
                }
                p = close + 1;
                while (p < c.start && text.charAt(p) == ' ') {
                    p++;
                }
            }
            if (p != c.start) {
                return false;
            }
            int q = c.end;
            while (q < to && text.charAt(q) == ' ') {
                q++;
            }
            if (q < to && text.charAt(q) == '(') {
                int close = text.indexOf(')', q);
                if (close < 0 || close - q > 20) {
                    return false;
                }
                q = close + 1;
            }
            return q < to && text.charAt(q) == ':' && (q + 1 >= to || text.charAt(q + 1) == ' ');
        }

        /** Alone on its line (a trailing comma allowed) with a closing word on one of the three lines before. */
        private boolean isSignature(Candidate c) {
            int ls = lineStart(c.start);
            for (int p = ls; p < c.start; p++) {
                char ch = text.charAt(p);
                if (ch != ' ' && ch != '\t' && ch != '-') {
                    return false;
                }
            }
            int le = lineEnd(c.end);
            for (int p = c.end; p < le; p++) {
                char ch = text.charAt(p);
                if (ch != ' ' && ch != ',' && ch != '.' && ch != '\r') {
                    return false;
                }
            }
            int limit = ls;
            for (int lines = 0; lines < 3 && limit > from; lines++) {
                limit = lineStart(limit - 1 - (limit - 2 >= from && text.charAt(limit - 1) == 'n' && text.charAt(limit - 2) == '\\' ? 1 : 0));
            }
            if (ls > from && text.startsWith("--", lineStart(Math.max(from, ls - 1)))) {
                return true;
            }
            for (int k = c.ws - 1; k >= 0 && start[k] >= limit; k--) {
                if (has(k, CLOSING)) {
                    return true;
                }
            }
            return false;
        }

        /** The run is the whole text read (a field value such as "Jane Doe"), surrounding spaces and quotes aside. */
        private boolean isWholeValue(Candidate c) {
            for (int p = from; p < c.start; p++) {
                if (!isQuoteOrSpace(text.charAt(p))) {
                    return false;
                }
            }
            for (int p = c.end; p < to; p++) {
                char ch = text.charAt(p);
                if (!isQuoteOrSpace(ch) && ch != '.' && ch != '\r' && ch != '\n') {
                    return false;
                }
            }
            return true;
        }

        private int lineStart(int pos) {
            int p = pos;
            while (p > from && text.charAt(p - 1) != '\n' && !(p - 2 >= from && text.charAt(p - 2) == '\\' && text.charAt(p - 1) == 'n')) {
                p--;
            }
            return p;
        }

        private int lineEnd(int pos) {
            int p = pos;
            while (p < to && text.charAt(p) != '\n' && !(text.charAt(p) == '\\' && p + 1 < to && text.charAt(p + 1) == 'n')) {
                p++;
            }
            return p;
        }

        /** A short window around a candidate for the models: its segment of the line, about 8 words either side. */
        int[] window(Candidate c) {
            int s = c.start;
            int limit = Math.max(from, c.start - 40);
            while (s > limit && !isHardStop(text.charAt(s - 1))) {
                s--;
            }
            int e = c.end;
            int elimit = Math.min(to, c.end + 30);
            while (e < elimit && !isHardStop(text.charAt(e))) {
                e++;
            }
            // whole words at the edges
            while (s > from && s < c.start && Character.isLetterOrDigit(text.charAt(s - 1))) {
                s++;
            }
            while (e < to && e > c.end && Character.isLetterOrDigit(text.charAt(e))) {
                e--;
            }
            return new int[] {s, e};
        }

        private static boolean isHardStop(char c) {
            return c == '\n' || c == '\t' || c == '|' || c == ';' || c == '"' || c == '{' || c == '}';
        }
    }

    /** Flags of cue and stop words, looked up by the case-insensitive hash of a word (no strings built). */
    static final class Keywords {
        private static final long[] KEYS;
        private static final int[] VALUES;
        private static final int MASK;

        static {
            java.util.Map<String, Integer> m = new java.util.HashMap<>();
            put(m, Words.HONORIFIC, "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "madame", "monsieur", "mme", "mlle",
                    "herr", "frau", "sr", "sra", "srta", "señor", "señora", "senor", "senora", "signor", "signora", "sig", "dott",
                    "mister", "dame", "lady", "lord", "rev", "capt", "captain", "doña", "don");
            put(m, Words.GREETING, "dear", "hi", "hello", "hey", "hallo", "bonjour", "hola", "estimado", "estimada", "gentile",
                    "beste", "liebe", "lieber", "salut", "ciao", "morning", "afternoon", "evening", "welcome");
            put(m, Words.ROLE, "customer", "client", "cliente", "clienta", "kunde", "kundin", "patient", "patientin", "caller",
                    "contact", "holder", "cardholder", "kontoinhaber", "kontoinhaberin", "ansprechpartner", "ansprechpartnerin",
                    "titulaire", "titular", "beneficiary", "requester", "applicant", "employee", "mitarbeiter", "mitarbeiterin",
                    "salarié", "salariée", "empleado", "empleada", "tenant", "guest", "member", "passenger", "recipient",
                    "signatory", "spoke", "called", "per", "anruf", "appel", "llamada", "rückruf", "rappel", "identified",
                    "attn", "attention", "owner", "assigned", "behalf", "intestatario", "intestataria", "name", "named", "this",
                    "signed", "approved", "reviewed", "contacted", "emailed", "phoned", "cc", "escalated", "transferred", "reassigned",
                    "née", "né", "geb", "geborene", "sehr", "geehrte", "geehrter", "call", "ask", "email", "remind", "meet", "meeting",
                    "visit", "notify", "inform", "thank", "text", "message", "ping", "forward", "invite", "invited", "m'appelle",
                    "m’appelle", "llamo", "heiße", "heisse", "chiamo", "its", "it's", "it’s", "i'm", "i’m", "here's", "here’s",
                    "c'est", "c’est", "soy", "sono", "ich", "antragsteller", "antragstellerin", "anrufer", "anruferin", "absender",
                    "empfänger", "empfängerin", "bewerber", "bewerberin", "mieter", "mieterin", "requester", "reporter", "assignee",
                    "submitter", "demandeur", "demandeuse", "solicitante", "interesado", "interesada", "empleado", "empleada",
                    "kollege", "kollegin", "hire", "onboarding", "raised", "submitted", "opened", "created", "logged", "filed",
                    "reported", "habla", "auftrag", "namens", "payee", "debtor", "insured", "versicherte", "versicherter",
                    "assuré", "assurée", "asegurado", "asegurada", "candidate", "employé", "employée", "dipendente", "werknemer", "llamar", "rappeler", "anrufen", "zurückrufen", "richiamare");
            put(m, Words.CLOSING, "regards", "thanks", "thank", "cheers", "best", "sincerely", "grüße", "gruesse", "gruß", "cordialement",
                    "saludos", "atentamente", "merci", "gracias", "danke", "yours", "respectfully", "salutations", "distingués",
                    "saluti", "cordiali", "groeten", "grüßen", "grüssen", "gruessen", "saludo", "vous", "lg", "vg", "mfg", "bg",
                    "love", "xoxo", "warmly", "kindly", "amicalement", "bises", "abrazos", "ciao", "rgds", "brgds", "thx", "tks", "ty",
                    "greetings", "grüsse", "gruss", "salu2", "atte");
            put(m, Words.PARTICLE, "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "des", "bin", "binti",
                    "binte", "ibn", "al", "el", "y", "e", "dos", "das", "do", "zu", "ter", "ten", "af", "ap", "bint", "dei", "degli",
                    "mac", "lo");
            put(m, Words.ORG, "inc", "llc", "ltd", "gmbh", "ag", "kg", "plc", "corp", "corporation", "co", "company", "group", "grupo",
                    "holdings", "holding", "partners", "logistics", "consulting", "industries", "technologies", "technology", "systems",
                    "foods", "motors", "pharma", "bank", "insurance", "solutions", "studios", "studio", "labs", "lab", "health",
                    "healthcare", "dental", "clinic", "hospital", "analytics", "capital", "energie", "energy", "freight", "atelier",
                    "services", "service", "team", "support", "kundenservice", "department", "office", "store", "shop", "university",
                    "school", "college", "hotel", "airport", "foundation", "trust", "media", "digital", "software", "network",
                    "ventures", "associates", "law", "legal", "realty", "properties", "finance", "financial", "investments",
                    "pharmacy", "medical", "care", "fitness", "design", "marketing", "global", "international", "enterprises",
                    "manufacturing", "electric", "construction", "retail", "express", "airlines", "telecom", "communications",
                    "abogados", "sarl", "sas", "sa", "sl", "bv", "nv", "srl", "pty", "limited", "gbr",
                    "ohg", "verlag", "werke", "bau", "immobilien", "versicherung", "apotheke", "praxis", "kanzlei",
                    "restaurant", "cafe", "café", "bakery", "garage", "salon", "agency", "agentur", "institute", "institut",
                    "association", "club", "council", "ministry", "committee", "board", "desk", "operations", "accounts",
                    "payable", "receivable", "procurement", "purchasing", "sales", "billing", "buchhaltung", "einkauf", "vertrieb",
                    "comptabilité", "compras", "ventas", "facturation", "helpdesk", "hotline", "kundendienst", "servicio",
                    "brothers", "bros", "sons", "solar", "auto", "cars", "homes", "builders", "outfitters", "supply", "supplies",
                    "trading", "imports", "exports", "wholesale", "vini", "foods", "coffee", "brewing", "wines", "mutual", "mutuelle",
                    "talleres", "taller", "ferretería", "almacenes", "construcciones", "transportes", "seguros", "asesoría",
                    "consultores", "inmobiliaria", "distribuciones", "comercial", "industrial", "hermanos", "cía", "compañía",
                    "sociedad", "stadtwerke", "werkstatt", "autohaus", "établissements", "ets", "transports", "boulangerie",
                    "cabinet", "agence", "assurances", "credit", "federal", "union", "cooperative", "partnership", "contractor",
                    "contractors", "freelancer", "intern", "hr", "payroll", "recruiting", "recruitment", "logística", "logistik",
                    "spedition", "versand", "handel", "technik", "elektro", "consult", "beratung", "gruppe", "groupe", "grup",
                    "fabrik", "manufaktur", "verwaltung", "hausverwaltung", "apotheke", "reisen", "travel", "tours", "events",
                    "ops", "devops", "secops", "itops", "people", "crew", "squad", "staff", "desk", "queue", "workspace",
                    "management", "wealth", "living", "garden", "gardens", "airlines", "airways", "records", "pictures",
                    "entertainment", "publishing", "broadcasting", "news", "newswires", "magazine",
                    "herald", "tribune", "gazette");
            put(m, Words.THING,
                    // streets and places
                    "street", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "boulevard", "blvd", "way", "court",
                    "place", "close", "gardens", "square", "plaza", "straße", "strasse", "weg", "allee", "platz", "rue",
                    "calle", "city", "county", "river", "lake", "valley", "beach", "bay", "island", "center", "centre", "station",
                    "terminal", "mall", "building", "tower", "bridge", "harbour", "harbor", "airport", "hotel", "warehouse", "depot",
                    // products
                    "pro", "max", "mini", "plus", "air", "ultra", "lite", "edition", "series", "collection", "model", "version",
                    "phone", "watch", "laptop", "tablet", "camera", "bundle", "sneakers", "jacket", "sofa", "chair", "lamp", "desk",
                    "speaker", "headphones", "router", "mattress", "bike", "kettle", "blender", "stroller", "backpack", "drill",
                    "vacuum", "toaster", "sale", "deal", "gift", "voucher", "coupon", "jeans", "shoes", "perfume", "fragrance",
                    "handbag", "dress", "shirt", "boots", "bag", "mug", "cup", "set", "kit", "pack", "box", "case", "cover",
                    "charger", "cable", "adapter", "day", "days", "award", "prize", "fund", "scholarship", "memorial", "stadium",
                    "arena", "hall", "library", "museum", "gallery", "theatre", "theater", "church", "cathedral", "chapel",
                    "terrace", "crescent", "grove", "mews", "row", "walk", "path", "trail", "circle", "parkway", "highway",
                    "heights", "hills", "wharf", "quay", "yard", "embankment", "commons", "crossing", "expressway", "freeway",
                    "turnpike", "alley", "parade", "pike", "causeway", "gdns", "cres", "pkwy", "hwy", "ter", "cir", "ct", "pl",
                    "sq", "trl");
            put(m, Words.NONNAME,
                    // record and form words
                    "note", "notes", "order", "orders", "account", "accounts", "lead", "opportunity", "status", "priority",
                    "type", "origin", "source", "subject", "re", "fw", "fwd", "aw", "wg", "tr", "description", "details", "detail",
                    "full", "first", "last", "middle", "surname", "given", "family", "id", "billing", "shipping", "mailing", "address",
                    "email", "mail", "phone", "mobile", "cell", "tel", "fax", "date", "birth", "dob", "ssn", "iban", "card",
                    "number", "no", "nr", "payment", "invoice", "refund", "sync", "api", "user", "users", "admin", "integration",
                    "system", "bot", "error", "warn", "warning", "info", "debug", "trace", "fatal", "true", "false", "null", "none",
                    "total", "amount", "task", "ticket", "follow", "up", "update", "updated", "request", "requested", "closed",
                    "open", "pending", "new", "old", "high", "low", "medium", "urgent", "escalation", "escalated", "summary",
                    "agent", "visitor", "chat", "transcript", "web", "form", "portal", "app", "online", "state", "st",
                    "password", "passport", "license", "licence", "key", "token", "secret", "tax", "vat", "pan", "aadhaar",
                    "nric", "fin", "tfn", "sin", "nino", "nhs", "bsn", "nir", "nif", "nie", "dni", "cpf", "pesel", "cf", "ein",
                    "itin", "usd", "eur", "gbp", "inr", "aud", "cad", "sgd", "brl", "chf", "pln", "ok", "hr", "it", "qa", "ceo", "cfo",
                    // function words and frequent sentence starters
                    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "my", "your",
                    "our", "his", "her", "their", "this", "that", "these", "those", "its", "we", "you", "he", "she", "they",
                    "i", "me", "us", "them", "yes", "okay", "please", "pls", "sorry", "hope", "see", "call", "called",
                    "sent", "get", "got", "let", "know", "if", "as", "is", "are", "was", "were", "be", "been", "will", "would",
                    "can", "could", "should", "may", "might", "must", "shall", "do", "does", "did", "done", "not", "all", "any",
                    "some", "each", "every", "also", "just", "only", "still", "again", "here", "there", "when", "where", "why",
                    "how", "what", "which", "who", "whom", "today", "tomorrow", "yesterday", "now", "then", "after", "before",
                    "since", "until", "about", "above", "below", "under", "over", "into", "onto", "off", "out", "per", "via",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                    "july", "september", "october", "november", "december", "feb", "sept", "oct", "nov",
                    "north", "south", "east", "west", "central", "upper", "lower", "great", "little", "mount",
                    "outlook", "iphone", "android", "gmail", "google", "microsoft", "apple", "amazon", "paypal", "visa",
                    "mastercard", "amex", "stripe", "salesforce", "slack", "teams", "zoom", "excel", "word", "hi", "hello",
                    // German, French, Spanish sentence words
                    "gesendet", "von", "mein", "meine", "ihr", "ihre", "unser", "unsere", "vielen", "dank", "bitte", "danke",
                    "hier", "der", "die", "das", "und", "oder", "mit", "für", "bei", "nach", "zum", "zur", "neue", "neuer",
                    "neues", "alte", "bestellung", "rechnung", "adresse", "anschrift", "lieferadresse", "telefon", "handy",
                    "geburtsdatum", "steuer", "frist", "aufgabe", "wiedervorlage", "beschwerde", "priorität", "betreff",
                    "envoyé", "envoye", "objet", "merci", "le", "la", "les", "mon", "ma", "mes", "votre", "vos", "notre",
                    "commande", "facture", "numéro", "téléphone", "interne", "dossier", "réclamation",
                    "enviado", "desde", "mi", "su", "sus", "nuestro", "el", "los", "las", "pedido", "factura", "dirección",
                    "teléfono", "móvil", "tarea", "caso", "asunto", "gracias", "hola", "buenos", "días", "saludos");
            put(m, Words.VERB, "asked", "asks", "called", "calls", "said", "says", "reported", "reports", "wrote", "writes",
                    "replied", "replies", "confirmed", "confirms", "agreed", "agrees", "requested", "requests", "reached", "phoned",
                    "emailed", "mentioned", "complained", "complains", "explained", "wants", "wanted", "needs", "needed", "disputes",
                    "disputed", "prefers", "preferred", "signed", "approved", "cancelled", "canceled", "ordered", "paid", "returned",
                    "noted", "stated", "claims", "claimed", "informed", "advised", "contacted", "visited", "attended", "authorized",
                    "authorised", "would", "will", "says:", "meldet", "meldete", "möchte", "bittet", "bat", "rief", "fragt", "fragte",
                    "schreibt", "schrieb", "beschwert", "angerufen", "gemeldet", "geschrieben", "gebeten", "bestätigt", "appelé",
                    "appelée", "écrit", "signalé", "signalée", "demandé", "demandée", "souhaite", "demande", "confirme", "réclame",
                    "rappelé", "rappelée", "llamó", "pidió", "solicita", "solicitó", "quiere", "escribió", "confirmó", "llamado",
                    "escrito", "reclama", "desea", "speaking", "here", "calling", "writing", "starts", "started", "joins", "joined",
                    "leaves", "quits", "resigned", "retires", "fängt", "beginnt", "kündigt", "verlässt", "incorpora", "incorporó",
                    "comunicó", "puso", "rejoint", "quitte", "commence", "arrive", "inizia", "begint", "spricht", "parle", "habla");
            put(m, Words.AUX, "se", "s'", "sich");
            put(m, Words.AUX, "a", "hat", "ha", "has", "had", "is", "was", "ist", "est", "hatte", "habe");
            put(m, Words.NONNAME, "senior", "junior", "head", "manager", "director", "buyer", "officer", "assistant", "specialist",
                    "analyst", "engineer", "consultant", "coordinator", "representative", "executive", "president", "vp", "chief",
                    "accountant", "administrator", "advisor", "associate", "founder", "clerk", "supervisor", "geschäftsführer",
                    "geschäftsführerin", "leiter", "leiterin", "directeur", "directrice", "responsable", "jefe", "jefa", "gerente",
                    "comptable", "chargé", "chargée", "kein", "keine", "gerne", "gern", "alles", "klar", "ja", "nein", "leider",
                    "natürlich", "sicher", "genau", "super", "prima", "perfekt", "vielen", "herzlichen", "guten", "tag", "morgen",
                    "abend", "bonne", "journée", "bien", "parfait", "oui", "non", "claro", "vale", "perfecto", "sí", "si", "quick",
                    "following", "regarding", "attached", "anbei", "sure", "great", "perfect", "thank", "noted", "done", "fine",
                    "good", "right", "correct", "understood", "anliegen", "anruf", "rückruf", "kunde", "kundin", "waiting", "pending",
                    "codice", "fiscale", "steuernummer", "steueridentifikationsnummer", "personalausweis", "reisepass", "ausweis",
                    "führerschein", "sozialversicherungsnummer", "rentenversicherungsnummer", "krankenversicherung", "sécurité",
                    "sociale", "carte", "identité", "permis", "documento", "identidad", "pasaporte", "licencia", "seguro", "social",
                    "national", "insurance", "security", "driver", "drivers", "routing", "checking", "savings", "burgerservicenummer",
                    "identification", "identity", "residence", "permit", "visa", "health", "medicare", "medicaid", "pension");
            put(m, Words.FROM, "from", "by", "von", "de", "par", "por", "da");
            put(m, Words.ORG_INTRO, "from", "at", "of", "chez");
            put(m, Words.STRONG_PARTICLE, "bin", "binti", "binte", "bint", "ibn", "ben", "ter", "ten", "af", "ap");
            put(m, Words.NONNAME, "objet", "asunto", "betreff", "subject", "envoyé", "gesendet", "enviado", "sent", "fecha", "datum",
                    "cc", "bcc", "forwarded", "transféré", "reenviado", "weitergeleitet", "original", "message", "nachricht", "mensaje");
            put(m, Words.NONNAME, "san", "santa", "saint", "sankt", "são", "sainte", "st");
            put(m, Words.PREP, "with", "to", "from", "by", "for", "of", "von", "mit", "an", "für", "de", "du", "des", "del", "con",
                    "avec", "par", "por", "para", "a", "au", "is", "ist", "es", "est", "as", "back", "up", "me", "is:", "was",
                    "am", "et", "and", "und", "y", "e", "the", "le", "la", "el", "die", "der", "bei", "cuenta", "compte", "conto",
                    "kontos", "account", "as", "in", "called", "spoke", "with", "by", "via", "du", "den", "dem");
            put(m, Words.FUNC, "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "my",
                    "your", "our", "his", "her", "their", "its", "i", "me", "us", "it", "we", "you", "he", "she", "they", "is", "are",
                    "le", "la", "les", "el", "los", "las", "der", "die", "das", "und", "y", "e", "et", "van", "von", "de", "du");
            put(m, Words.THING_AFTER, "edition", "series", "collection", "sneakers", "jacket", "jeans", "shoes", "perfume",
                    "fragrance", "handbag", "dress", "boots", "bag", "model", "bundle", "street", "road", "avenue", "lane", "drive",
                    "boulevard", "park", "square", "plaza", "gardens", "building", "tower", "bridge", "hall", "memorial", "award",
                    "prize", "fund", "scholarship", "stadium", "arena", "library", "museum", "gallery", "theatre", "theater",
                    "church", "hotel", "airport", "station", "university", "college", "school", "hospital", "clinic", "foundation",
                    "institute", "trophy", "cup", "phone", "laptop", "watch", "speaker", "headphones", "camera", "tablet",
                    "controls", "industries", "motors", "foods", "pharma", "labs", "logistics", "consulting", "insurance", "bank",
                    // merchandise and business nouns after a brand named after its founder: "Calvin Klein boxers"
                    "jackets", "boxers", "polo", "polos", "sandals", "sneaker", "trainers", "suits", "suit", "shirts", "watches",
                    "bags", "handbags", "wallet", "wallets", "heels", "perfumes", "cosmetics", "store", "stores", "shop", "shops",
                    "boutique", "outlet", "outlets", "archives", "archive", "magazine", "brand", "brands", "products", "product",
                    "franchise", "restaurant", "restaurants", "catalogue", "catalog", "range", "line", "label", "collections",
                    "vouchers", "voucher", "gift", "cards", "promotion", "recall", "parts", "spare", "glasses", "sunglasses",
                    "eyewear", "furniture", "kitchen", "appliances", "cereal", "soup", "chocolate", "pralines", "whisky", "whiskey",
                    "wine", "beer", "coffee", "tea", "jeans", "dresses", "coat", "coats", "scarf", "shoe", "boot", "order", "orders",
                    "cap", "caps", "belt", "belts", "tie", "ties", "socks", "underwear", "swimwear", "sportswear");
            put(m, Words.AMBIGUOUS, "park", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "dec", "march", "grace", "chase", "rose", "mark", "bill", "will", "may", "june", "april", "august", "hope",
                    "joy", "faith", "summer", "winter", "autumn", "spring", "king", "young", "long", "love", "page", "price", "cash",
                    "gold", "star", "sky", "sun", "moon", "hill", "wood", "stone", "field", "major", "post", "best", "west", "north",
                    "south", "east", "new", "love", "golden", "green", "white", "black", "brown", "gray", "grey", "rich", "noble",
                    "sterling", "precious", "honey", "candy", "sunny", "happy", "lucky", "angel", "baby", "dawn", "eve", "ivy",
                    "holly", "lily", "daisy", "iris", "ruby", "pearl", "jade", "amber", "crystal", "diamond", "jewel", "storm",
                    "rain", "river", "forest", "ocean", "miracle", "blessing", "unique", "precious", "harmony", "melody", "liberty",
                    "justice", "trinity", "destiny", "sage", "meadow", "brook", "dale", "glen", "cliff", "ford", "lincoln",
                    "jordan", "austin", "paris", "london", "sydney", "victoria", "georgia", "virginia", "carolina", "dakota",
                    "florence", "madison", "phoenix", "dallas", "houston", "denver", "troy", "orlando", "berlin", "china",
                    "india", "kenya", "asia", "america", "mercedes", "porsche", "tesla", "dell", "jaguar", "lexus", "chevy",
                    "dodge", "ram", "sprite", "fanta", "alexa", "siri", "cortana", "echo", "ring", "nest", "apple", "amazon",
                    "prime", "general", "major", "private", "colonel", "judge", "bishop", "pope", "guy", "man", "person",
                    "status", "sir", "said", "told", "asked", "via", "com", "net", "org");
            put(m, Words.SPEAKER_ROLE, "agent", "agente", "visitor", "support", "conseiller", "conseillère", "advisor", "adviser",
                    "operator", "bot", "system", "you", "me", "customer", "client", "cliente", "kunde", "kundin", "asesor", "asesora");
            int size = Integer.highestOneBit(m.size() * 4) * 2;
            long[] keys = new long[size];
            int[] values = new int[size];
            for (java.util.Map.Entry<String, Integer> en : m.entrySet()) {
                long h = NameLexicon.hash(en.getKey(), 0, en.getKey().length());
                int i = (int) (mix(h) & (size - 1));
                while (values[i] != 0 && keys[i] != h) {
                    i = (i + 1) & (size - 1);
                }
                keys[i] = h;
                values[i] |= en.getValue();
            }
            KEYS = keys;
            VALUES = values;
            MASK = size - 1;
        }

        private static void put(java.util.Map<String, Integer> m, int flag, String... words) {
            for (String w : words) {
                m.merge(w, flag, (a, b) -> a | b);
            }
        }

        private static long mix(long v) {
            v ^= v >>> 33;
            v *= 0xff51afd7ed558ccdL;
            v ^= v >>> 33;
            return v;
        }

        static int flags(long hash) {
            int i = (int) (mix(hash) & MASK);
            while (VALUES[i] != 0) {
                if (KEYS[i] == hash) {
                    return VALUES[i];
                }
                i = (i + 1) & MASK;
            }
            return 0;
        }

        /** Person-name keys: holder, fullname, personname, cardholder, name (not user, file, company names). */
        private static final String[] STRONG = {"name", "holder", "fullname", "nombre", "nom", "vorname", "nachname", "apellido",
                "apellidos", "prenom", "prénom", "cognome", "naam"};
        private static final String[] WEAK = {"contact", "customer", "client", "cliente", "kunde", "kundin", "owner", "caller",
                "patient", "requester", "signatory", "beneficiary", "titulaire", "titular", "recipient", "employee", "attn",
                "ansprechpartner", "kontoinhaber", "contacto", "contatto", "spoke", "agent", "from", "de", "von", "para", "to", "an",
                "cc", "sender", "absender", "expéditeur", "remitente", "destinataire", "destinatario", "empfänger", "requester",
                "reporter", "assignee", "submitter", "applicant", "antragsteller", "antragstellerin", "demandeur", "solicitante",
                "empleado", "empleada", "mitarbeiter", "mitarbeiterin", "kollege", "kollegin", "salarié", "salariée", "dipendente",
                "werknemer", "staff", "worker", "anrufer", "anruferin", "caller", "guest", "tenant", "mieter", "mieterin",
                "bewerber", "bewerberin", "candidate", "candidat", "candidata", "interesado", "interesada", "payee", "payer",
                "debtor", "creditor", "insured", "versicherte", "versicherter", "assuré", "assurée", "asegurado", "asegurada"};
        private static final String[] NOT_A_PERSON = {"user", "username", "file", "filename", "host", "hostname", "company",
                "account", "accountname", "product", "org", "organization", "organisation", "domain", "app", "bank", "street",
                "city", "brand", "queue", "device", "server", "table", "field", "sheet", "project", "event", "campaign", "type",
                "status", "display", "object", "class", "method", "service", "job", "step", "role", "group", "team", "store",
                "shop", "vendor", "supplier", "merchant", "site", "region", "country", "plan", "tier", "source", "channel",
                "template", "list", "tag", "category", "key", "id", "email", "mail", "phone", "number", "address", "firma",
                "entreprise", "empresa", "societe", "société", "unternehmen", "doc", "document", "path", "url", "db", "schema",
                "bucket", "topic", "logger", "thread", "env", "profile", "pipeline", "branch", "repo", "module", "package"};

        /** {@link PersonNameFinder#CUE_KEY}, {@link PersonNameFinder#CUE_WEAK_KEY} or {@link PersonNameFinder#CUE_NONE}. */
        static int keyKind(String text, int s, int e) {
            // split camelCase, snake_case, spaces and hyphens into lower-case parts; "__c" suffixes are dropped
            List<String> parts = new ArrayList<>(4);
            StringBuilder cur = new StringBuilder();
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                boolean boundary = c == '_' || c == ' ' || c == '-' || c == '/' || Character.isDigit(c)
                        || Character.isUpperCase(c) && i > s && Character.isLowerCase(text.charAt(i - 1));
                if (boundary && cur.length() > 0) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
                if (Character.isLetter(c)) {
                    cur.append(Character.toLowerCase(c));
                }
            }
            if (cur.length() > 0) {
                parts.add(cur.toString());
            }
            boolean strong = false;
            boolean weak = false;
            for (String p : parts) {
                if (p.equals("holder") || p.endsWith("holder") || p.equals("fullname") || p.equals("personname")) {
                    return CUE_KEY; // account_holder, Account_Holder__c, cardholder_name
                }
            }
            for (String p : parts) {
                for (String x : NOT_A_PERSON) {
                    if (p.equals(x)) {
                        return CUE_NONE;
                    }
                }
                for (String x : STRONG) {
                    strong |= p.equals(x) || p.endsWith(x) && p.length() > x.length() + 2 && (x.equals("name") || x.equals("holder"));
                }
                for (String x : WEAK) {
                    weak |= p.equals(x);
                }
            }
            return strong ? CUE_KEY : weak ? CUE_WEAK_KEY : CUE_NONE;
        }
    }
}
