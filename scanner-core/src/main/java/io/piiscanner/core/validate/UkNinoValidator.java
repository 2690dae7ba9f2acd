package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;
import static io.piiscanner.core.validate.NationalIdValidators.upper;

/**
 * UK National Insurance number ({@code uk-nino}): two prefix letters, six digits and a suffix letter A to D,
 * e.g. "AB 12 34 56 C". The suffix may be missing (it is often left out or left blank).
 *
 * <p>Rules from HMRC's National Insurance Manual, NIM39110: the first prefix letter is not D, F, I, Q, U or
 * V; the second is not D, F, I, O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated.
 * There is no check digit. Written either without separators or with single spaces in the groupings
 * AB 12 34 56 C, AB 123456 C or AB123456 C. Letters must be upper case.
 */
public final class UkNinoValidator implements Validator {

    private static final long[] LAYOUTS = {
        layout(2, 2, 2, 2, 1), layout(2, 2, 2, 2), layout(2, 6, 1), layout(2, 6), layout(8, 1)
    };
    private static final String UNUSED_FIRST = "DFIQUV";
    private static final String UNUSED_SECOND = "DFIOQUV";
    private static final String[] UNALLOCATED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};

    private static final Validation BAD_FIRST = Validation.invalid("first prefix letter not used");
    private static final Validation BAD_SECOND = Validation.invalid("second prefix letter not used");
    private static final Validation BAD_PREFIX = Validation.invalid("prefix not allocated");
    private static final Validation BAD_SUFFIX = Validation.invalid("suffix not A to D");

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[9];
        int n = compact(candidate, " ", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 8 && n != 9) {
            return WRONG_LENGTH;
        }
        if (!upper(c[0]) || !upper(c[1]) || !digits(c, 2, 8)) {
            return BAD_CHARACTER;
        }
        if (n == 9 && (c[8] < 'A' || c[8] > 'D')) {
            return BAD_SUFFIX;
        }
        if (UNUSED_FIRST.indexOf(c[0]) >= 0) {
            return BAD_FIRST;
        }
        if (UNUSED_SECOND.indexOf(c[1]) >= 0) {
            return BAD_SECOND;
        }
        for (String p : UNALLOCATED) {
            if (p.charAt(0) == c[0] && p.charAt(1) == c[1]) {
                return BAD_PREFIX;
            }
        }
        return Validation.VALID;
    }
}
