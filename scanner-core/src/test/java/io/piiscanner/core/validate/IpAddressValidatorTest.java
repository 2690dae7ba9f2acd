package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ip-address}: IPv4 dotted quads (0-255, no leading zeros, not 0.0.0.0 or 255.255.255.255) and IPv6
 * text forms (8 groups, or one "::"; optional IPv4 tail).
 */
class IpAddressValidatorTest {

    private final Validator ip = FinancialValidators.all().get("ip-address");

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        "203.0.113.42", "10.0.0.1", "192.168.1.254", "1.1.1.1", "255.255.255.254", "0.1.2.3",
        "2001:0db8:0000:0000:0000:ff00:0042:8329",   // full form
        "2001:db8:85a3::8a2e:370:7334",              // compressed in the middle
        "2001:DB8::1",                               // upper-case hex
        "::1",                                       // loopback
        "fe80::1",
        "2001:db8::",                                // a prefix as commonly written
        "1:2:3:4:5:6:7:8",                           // eight groups need no "::"
        "::ffff:192.0.2.128",                        // IPv4-mapped
        "64:ff9b::192.0.2.33",                       // NAT64
        "1:2:3:4:5:6:1.2.3.4",                       // six groups plus an IPv4 tail
    })
    void hostAddressesPass(String value) {
        assertThat(ip.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "256.1.1.1              | not an IPv4 address",
        "1.2.3.300              | not an IPv4 address",
        "01.2.3.4               | not an IPv4 address",    // leading zero (octal in some parsers)
        "1.2.3.04               | not an IPv4 address",
        "1.2.3                  | not an IPv4 address",
        "1.2.3.4.5              | not an IPv4 address",    // a version number or OID
        "1..2.3                 | not an IPv4 address",
        "1.2.3.4.               | not an IPv4 address",
        "1.2.3.a                | not an IPv4 address",
        "1234.1.1.1             | not an IPv4 address",
        "0.0.0.0                | not a host address",
        "255.255.255.255        | not a host address",
        "::                     | not a host address",
        "12:30:45               | not an IPv6 address",    // a time
        "23:59                  | not an IPv6 address",
        "00:1A:2B:3C:4D:5E      | not an IPv6 address",    // a MAC address
        "1:2:3:4:5:6:7          | not an IPv6 address",    // seven groups without ::
        "1:2:3:4:5:6:7:8:9      | not an IPv6 address",
        "1:2:3:4:5:6:7:8::      | not an IPv6 address",    // :: must stand for at least one group
        "1::2::3                | not an IPv6 address",    // two ::
        ":1:2:3:4:5:6:7         | not an IPv6 address",    // single leading colon
        "1:2:3:4:5:6:7:         | not an IPv6 address",    // single trailing colon
        ":::1                   | not an IPv6 address",
        "12345::1               | not an IPv6 address",    // group of five digits
        "g::1                   | not an IPv6 address",
        "::ffff:256.0.0.1       | not an IPv6 address",
        "1:2:3:4:5:6:7:1.2.3.4  | not an IPv6 address",    // nine groups' worth
        "fe80::1%eth0           | not an IPv6 address",    // zone ids are not part of an address
        "d::                    | letters around '::' without a digit: code, not an address",    // "std::vector"
        "Db::c                  | letters around '::' without a digit: code, not an address",    // "Db::connect()"
        "1::                    | not an IPv6 address",
    })
    void hardNegativesFailWithAFixedReason(String value, String reason) {
        assertThat(ip.validate(value)).isEqualTo(Validation.invalid(reason));
    }
}
