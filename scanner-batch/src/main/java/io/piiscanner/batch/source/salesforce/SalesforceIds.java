package io.piiscanner.batch.source.salesforce;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Record Id arithmetic for splitting an object into Id ranges. A 15-character Id is a base-62 number whose
 * digit order (0-9, A-Z, a-z) is also ASCII order, which is how {@code ORDER BY Id} sorts; the 18-character
 * form appends a 3-character case checksum.
 */
final class SalesforceIds {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final BigInteger BASE = BigInteger.valueOf(62);

    private SalesforceIds() {
    }

    static BigInteger value(String id) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < 15; i++) {
            int d = DIGITS.indexOf(id.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("not a Salesforce Id (character " + (i + 1) + ")");
            }
            v = v.multiply(BASE).add(BigInteger.valueOf(d));
        }
        return v;
    }

    static String id15(BigInteger v) {
        char[] c = new char[15];
        for (int i = 14; i >= 0; i--) {
            BigInteger[] qr = v.divideAndRemainder(BASE);
            c[i] = DIGITS.charAt(qr[1].intValue());
            v = qr[0];
        }
        return new String(c);
    }

    static String to18(String id15) {
        StringBuilder b = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int j = 0; j < 5; j++) {
                char ch = id15.charAt(chunk * 5 + j);
                if (ch >= 'A' && ch <= 'Z') {
                    flags |= 1 << j;
                }
            }
            b.append(SUFFIX.charAt(flags));
        }
        return b.toString();
    }

    /**
     * {@code parts - 1} boundaries splitting [first, last] evenly by Id value, each an 18-character Id; a range is
     * {@code boundary[i-1] <= Id < boundary[i]}, open at both ends.
     */
    static List<String> boundaries(String first, String last, int parts) {
        BigInteger lo = value(first);
        BigInteger hi = value(last).add(BigInteger.ONE);
        BigInteger width = hi.subtract(lo);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            BigInteger b = lo.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(parts)));
            String id = to18(id15(b));
            if (out.isEmpty() || !out.get(out.size() - 1).equals(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
