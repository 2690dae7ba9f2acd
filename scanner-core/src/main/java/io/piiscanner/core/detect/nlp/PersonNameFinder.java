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
            "hello", "hey", "thanks", "regards", "name", "customer", "client", "contact", "patient", "by", "from", "to",
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

    private final NameLexicon lexicon;

    public PersonNameFinder() {
        this(NameLexicon.fromClasspath());
    }

    PersonNameFinder(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void find(EntityRule rule, String text, int from, int to, String region, SpanSink out) {
        List<int[]> regions = triggerRegions(text, from, to);
        if (regions.isEmpty()) {
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
        if (!any) {
            wholeValueFallback(text, from, to, out);
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
                boolean trigger = lexicon.isName(text, s, e) && !STOP.contains(lower(text, s, e))
                        || prevWordStart >= 0 && s - prevWordEnd <= 3 && CUES.contains(lower(text, prevWordStart, prevWordEnd));
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
            if (!plausible(tokens, ts, te)) {
                continue;
            }
            boolean cue = ts > 0 && CUES.contains(tokens[ts - 1].toLowerCase(java.util.Locale.ROOT).replace(".", "").replace(":", ""))
                    || ts > 1 && tokens[ts - 1].equals(":") || ts > 1 && tokens[ts - 1].equals(".") && CUES.contains(tokens[ts - 2].toLowerCase(java.util.Locale.ROOT));
            int known = 0;
            int words = 0;
            for (int k = ts; k < te; k++) {
                String w = tokens[k];
                if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                    words++;
                    if (lexicon.isName(w, 0, w.length()) && !STOP.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                        known++;
                    }
                }
            }
            if (words == 1 && !cue) {
                if (known == 0) {
                    continue;
                }
                if (pos == null) {
                    pos = t.pos.tag(tokens);
                }
                if (!pos[ts].equals("PROPN") && !pos[ts].equals("NNP")) {
                    continue;
                }
            }
            double score = 0.35 + 0.3 * probs[n] + (known == words && words > 0 ? 0.1 : 0) + (words >= 2 ? 0.05 : 0);
            int cs = from + tok[ts].getStart();
            int ce = from + tok[te - 1].getEnd();
            out.accept(words >= 2 ? "model" : "model-single", cs, ce, Math.min(0.85, score), null);
            any = true;
        }
        return any;
    }

    /** A name has letters, no digits or code characters, and is not all lower-case. */
    private static boolean plausible(String[] tokens, int ts, int te) {
        boolean upper = false;
        for (int k = ts; k < te; k++) {
            String w = tokens[k];
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || c == '@' || c == '_' || c == '=' || c == '/' || c == '#') {
                    return false;
                }
            }
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                upper = true;
            }
        }
        return upper;
    }

    /** "Jane Doe" as a whole field value: 1 to 4 capitalised words, each in the name lists. */
    private void wholeValueFallback(String text, int from, int to, SpanSink out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        if (e - s < 2 || e - s > 60) {
            return;
        }
        int words = 0;
        int i = s;
        while (i < e) {
            int ws = i;
            while (i < e && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) i++;
            if (i == ws || !Character.isUpperCase(text.charAt(ws)) || !lexicon.isName(text, ws, i)) {
                return;
            }
            words++;
            if (i < e && text.charAt(i) == ',') i++;
            int sp = i;
            while (i < e && text.charAt(i) == ' ') i++;
            if (i < e && i == sp) return;
        }
        if (words >= 1 && words <= 4) {
            out.accept("name-list", s, e, 0.45, null);
        }
    }
}
