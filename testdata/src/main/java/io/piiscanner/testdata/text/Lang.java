package io.piiscanner.testdata.text;

import java.util.Locale;

/** Languages of the generated text. */
public enum Lang {
    EN, DE, FR, ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
