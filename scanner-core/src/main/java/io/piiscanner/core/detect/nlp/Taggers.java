package io.piiscanner.core.detect.nlp;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * OpenNLP's {@code *ME} classes keep per-call state and are not thread-safe: each thread gets its own set,
 * built on the shared {@link NlpModels}.
 */
final class Taggers {

    private static final ThreadLocal<Taggers> LOCAL = ThreadLocal.withInitial(() -> new Taggers(NlpModels.get()));

    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final POSTaggerME pos;
    final NameFinderME names;

    Taggers(NlpModels m) {
        this.sentences = new SentenceDetectorME(m.sentenceModel());
        this.tokenizer = new TokenizerME(m.tokenizerModel());
        this.pos = new POSTaggerME(m.posModel());
        this.names = new NameFinderME(m.nameModel());
    }

    static Taggers get() {
        return LOCAL.get();
    }
}
