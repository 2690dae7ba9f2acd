package io.piiscanner.testdata.text;

import io.piiscanner.testdata.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The phrasing of one "author": mention clauses per entity, language and voice, field names for
 * structured output, frames per genre and language, and filler pools. Loaded from
 * {@code <dir>/mentions.txt}, {@code <dir>/frames.txt} and {@code <dir>/pools.txt}.
 */
public final class TemplateSet {
    public static final int NEUTRAL = 0;
    public static final int FIRST_PERSON = 1;
    public static final int THIRD_PERSON = 3;

    private final String name;
    private final Sections mentions;
    private final Sections frames;
    private final Sections pools;

    private TemplateSet(String name, Sections mentions, Sections frames, Sections pools) {
        this.name = name;
        this.mentions = mentions;
        this.frames = frames;
        this.pools = pools;
    }

    public static TemplateSet load(String dir) {
        String base = "/io/piiscanner/testdata/" + dir + "/";
        return new TemplateSet(dir, Sections.load(base + "mentions.txt"), Sections.load(base + "frames.txt"),
            Sections.load(base + "pools.txt"));
    }

    public String name() {
        return name;
    }

    /** Clauses for an entity: neutral ones plus those of the voice; English when the language has none. */
    public List<String> clauses(Entity e, Lang lang, int voice) {
        List<String> out = collect(e, lang, voice);
        return out.isEmpty() ? collect(e, Lang.EN, voice) : out;
    }

    private List<String> collect(Entity e, Lang lang, int voice) {
        List<String> out = new ArrayList<>(mentions.getOrEmpty(e.name() + "." + lang.code()));
        if (voice != NEUTRAL) {
            out.addAll(mentions.getOrEmpty(e.name() + "." + lang.code() + "." + voice));
        }
        return out;
    }

    /** Field names of a kind ("field" snake_case, "sfield" CRM API names, "label" human column titles). */
    public List<String> fields(Entity e, String kind) {
        return mentions.get(e.name() + "." + kind);
    }

    public List<String> frames(String genre, Lang lang, boolean noPii) {
        String key = genre + "." + lang.code() + (noPii ? ".none" : "");
        if (frames.has(key)) {
            return frames.get(key);
        }
        return frames.get(genre + ".en" + (noPii ? ".none" : ""));
    }

    public boolean hasFrames(String genre, Lang lang, boolean noPii) {
        return frames.has(genre + "." + lang.code() + (noPii ? ".none" : ""));
    }

    public String pool(String pool, Lang lang, Random rnd) {
        String key = pool + "." + lang.code();
        if (pools.has(key)) {
            return Rnd.pick(rnd, pools.get(key));
        }
        if (pools.has(pool)) {
            return Rnd.pick(rnd, pools.get(pool));
        }
        return Rnd.pick(rnd, pools.get(pool + ".en"));
    }

    public Sections mentionSections() {
        return mentions;
    }

    public Sections frameSections() {
        return frames;
    }

    public Sections poolSections() {
        return pools;
    }
}
