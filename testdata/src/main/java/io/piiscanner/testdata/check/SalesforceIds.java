package io.piiscanner.testdata.check;

/** The 3-character case-safe suffix that turns a 15-character Salesforce id into 18 characters. */
public final class SalesforceIds {
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {
    }

    public static String to18(String id15) {
        StringBuilder b = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int j = 0; j < 5; j++) {
                char c = id15.charAt(chunk * 5 + j);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << j;
                }
            }
            b.append(SUFFIX.charAt(flags));
        }
        return b.toString();
    }
}
