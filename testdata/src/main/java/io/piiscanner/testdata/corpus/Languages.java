package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.text.Lang;
import io.piiscanner.testdata.text.Rnd;
import java.util.Random;

/** The language a line about a persona from a country is written in. */
final class Languages {
    private Languages() {
    }

    static Lang forCountry(Random rnd, Country c) {
        return switch (c) {
            case US -> Rnd.chance(rnd, 0.88) ? Lang.EN : Lang.ES;
            case CA -> Rnd.chance(rnd, 0.7) ? Lang.EN : Lang.FR;
            case GB, AU, IN, SG -> Lang.EN;
            case DE -> Rnd.chance(rnd, 0.86) ? Lang.DE : Lang.EN;
            case FR -> Rnd.chance(rnd, 0.86) ? Lang.FR : Lang.EN;
            case ES -> Rnd.chance(rnd, 0.86) ? Lang.ES : Lang.EN;
            case IT -> Rnd.pick(rnd, Lang.EN, Lang.EN, Lang.DE, Lang.FR, Lang.ES);
            case NL, PL -> Rnd.chance(rnd, 0.6) ? Lang.EN : Lang.DE;
            case BR -> Rnd.chance(rnd, 0.6) ? Lang.EN : Lang.ES;
        };
    }
}
