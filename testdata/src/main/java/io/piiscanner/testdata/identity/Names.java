package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.text.Rnd;
import io.piiscanner.testdata.text.Sections;
import java.util.List;
import java.util.Random;

/** Given names and surnames per culture, from {@code common/names.txt}. */
public final class Names {
    private static final Sections DATA = Sections.load("/io/piiscanner/testdata/common/names.txt");

    private Names() {
    }

    public static String given(Random rnd, String culture, boolean female) {
        return Rnd.pick(rnd, DATA.get(culture + (female ? ".F" : ".M")));
    }

    public static String surname(Random rnd, String culture) {
        return Rnd.pick(rnd, DATA.get(culture + ".L"));
    }

    public static List<String> cultures() {
        return DATA.all().keySet().stream().filter(k -> k.endsWith(".L"))
            .map(k -> k.substring(0, k.length() - 2)).toList();
    }
}
