package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.SyntheticIdentities;
import io.piiscanner.testdata.identity.Persona;
import io.piiscanner.testdata.identity.PersonaFactory;
import io.piiscanner.testdata.identity.Pii;
import io.piiscanner.testdata.text.FrameRenderer;
import io.piiscanner.testdata.text.Lang;
import io.piiscanner.testdata.text.LineContext;
import io.piiscanner.testdata.text.Rnd;
import io.piiscanner.testdata.text.TextBuilder;
import io.piiscanner.testdata.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes one labeled line: plan the entities, draw the personas, generate valid values, pick a
 * genre and a frame that can hold them, render. Everything comes from the one seeded Random.
 */
public final class LineFactory {
    private final LineTemplates templates;
    private final EntityMix mix;
    private final Random rnd;

    public LineFactory(LineTemplates templates, EntityMix mix, Random rnd) {
        this.templates = templates;
        this.mix = mix;
        this.rnd = rnd;
    }

    public GeneratedLine next(String idPrefix, int index) {
        EntityMix.Plan plan = mix.plan(rnd);
        Persona main = PersonaFactory.create(rnd, plan.country());
        Persona other = PersonaFactory.create(rnd, plan.country());
        Genre genre = pickGenre(plan.entities());
        boolean none = plan.entities().isEmpty();
        Lang lang = Languages.forCountry(rnd, plan.country());
        if (!templates.set().hasFrames(genre.name(), lang, none)) {
            lang = Lang.EN;
        }
        List<Pii> values = values(plan.entities(), main, other);
        String frame = pickFrame(templates.set().frames(genre.name(), lang, none), values);
        TextBuilder out = new TextBuilder();
        FrameRenderer.render(frame, values, new LineContext(rnd, lang, templates.set(), main), out);
        String id = String.format("%s-%06d-%s-%s", idPrefix, index, lang.code(), genre.name());
        return new GeneratedLine(out.build(id), lang, genre.name());
    }

    private List<Pii> values(List<Entity> entities, Persona main, Persona other) {
        Map<Entity, Integer> seen = new EnumMap<>(Entity.class);
        List<Pii> values = new ArrayList<>();
        for (Entity e : entities) {
            int n = seen.merge(e, 1, Integer::sum);
            values.add(SyntheticIdentities.generate(e, n == 1 ? main : other, rnd));
        }
        return values;
    }

    private Genre pickGenre(List<Entity> entities) {
        List<Genre> ok = templates.genres().stream().filter(g -> g.accepts(entities)).toList();
        if (ok.isEmpty()) {
            throw new IllegalStateException("no genre for " + entities);
        }
        double[] w = ok.stream().mapToDouble(Genre::weight).toArray();
        return ok.get(Rnd.weighted(rnd, w));
    }

    /** A frame whose slots can hold every value (falls back to any frame; leftovers become a sentence). */
    private String pickFrame(List<String> frames, List<Pii> values) {
        List<String> fitting = frames.stream().filter(f -> fits(f, values)).toList();
        return Rnd.pick(rnd, fitting.isEmpty() ? frames : fitting);
    }

    static boolean fits(String frame, List<Pii> values) {
        List<Token> tokens = FrameRenderer.tokens(frame);
        List<Entity> rest = new ArrayList<>(values.stream().map(Pii::entity).toList());
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.ENTITY) {
                rest.remove(Entity.valueOf(t.arg()));
            }
        }
        for (Entity e : rest) {
            boolean held = tokens.stream().anyMatch(t -> t.isList() && FrameRenderer.accepts(t, e));
            if (!held) {
                return false;
            }
        }
        return true;
    }
}
