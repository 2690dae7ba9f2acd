package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.text.Rnd;
import java.util.Random;

/** SALESFORCE_SESSION_ID and AWS_ACCESS_KEY. */
public final class Credentials {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String[] INSTANCES = {"5g", "3t", "Ae", "1N", "7Q", "8W", "4x", "2E", "6A", "0b", "Hn",
        "Dp", "09", "1r", "f4"};

    private Credentials() {
    }

    /** "00D" + 12 org-id characters + "!" + a token of [A-Za-z0-9._] around 96 characters long. */
    public static Pii salesforceSession(Random rnd) {
        String org = "00D" + Rnd.pick(rnd, INSTANCES) + "00000" + rnd.nextInt(10) + Rnd.alnum(rnd, 4, ALNUM);
        StringBuilder t = new StringBuilder(Rnd.pick(rnd, "AQ", "AR", "AQ"));
        t.append(Rnd.alnum(rnd, 1, ALNUM)).append("AQ");
        int len = Rnd.between(rnd, 90, 108);
        while (t.length() < len - 1) {
            double r = rnd.nextDouble();
            t.append(r < 0.03 ? '.' : r < 0.05 ? '_' : ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        t.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        return Pii.of(Entity.SALESFORCE_SESSION_ID, org + "!" + t);
    }

    public static Pii awsAccessKey(Random rnd) {
        String key;
        do {
            key = (Rnd.chance(rnd, 0.75) ? "AKIA" : "ASIA") + Rnd.alnum(rnd, 16, BASE32);
        } while (key.equals("AKIAIOSFODNN7EXAMPLE"));
        return Pii.of(Entity.AWS_ACCESS_KEY, key);
    }
}
