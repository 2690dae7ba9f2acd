package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code crypto-wallet}: Bitcoin/Litecoin base58check, Bitcoin bech32 (BIP-173) and bech32m (BIP-350)
 * segwit addresses, and Ethereum addresses with the EIP-55 checksum when mixed case.
 */
class CryptoWalletValidatorTest {

    private final Validator wallet = FinancialValidators.all().get("crypto-wallet");

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2                              | Bitcoin P2PKH (Bitcoin wiki)",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa                              | Bitcoin P2PKH (genesis block)",
        "1111111111111111111114oLvT2                                     | Bitcoin P2PKH of a zero hash (leading zero bytes)",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy                              | Bitcoin P2SH (version 0x05)",
        "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9                              | Litecoin P2PKH (version 0x30)",
        "LKKHMBjCU89fyFNgSRprDoD8Jb25N8uWvd                              | Litecoin P2PKH (version 0x30)",
        "M8T1B2Z97gVdvmfkQcAtYbEepune1tzGua                              | Litecoin P2SH (version 0x32)",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4                      | P2WPKH, BIP-173 test vector",
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4                      | P2WPKH, all upper case",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3  | P2WSH (32-byte program), BIP-173",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq                      | P2WPKH",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0  | P2TR (witness v1, bech32m), BIP-350",
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297  | P2TR, BIP-86",
        "bc1z40xspjtmew                                                  | witness v2, 2-byte program (shortest)",
        "bc1sqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0jqgfzyvjz2f3888928t | witness v16, 40-byte program (longest)",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed                      | Ethereum, EIP-55 test vector",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359                      | Ethereum, EIP-55 test vector",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB                      | Ethereum, EIP-55 test vector",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb                      | Ethereum, EIP-55 test vector",
        "0x52908400098527886E0F7030069857D2E4169EE7                      | Ethereum, all upper case: no checksum",
        "0xde709f2102306220921060314715629080e2fb77                      | Ethereum, all lower case: no checksum",
    })
    void addressesWithValidChecksumsPass(String address, String what) {
        assertThat(wallet.validate(address)).as(what).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        // base58check
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3               | checksum failed",          // last character changed
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0               | unexpected character",     // 0 is not base58
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVNl               | unexpected character",     // nor is l
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaN                  | wrong length",
        "12D2adLM3UKy4Z4giRbReR6gjWx1w6Dz                 | wrong length",             // 24 bytes, checksum fine
        "3R7wzdD6eYgsd3X3QoqTrXn5sQCTXRdsDn               | unknown address version",  // version 0x06
        "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn               | unexpected character",     // testnet: not accepted
        // bech32 / bech32m
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5       | checksum failed",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh       | checksum failed",          // v0 with a bech32m checksum
        "bc1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sagmhkq | checksum failed", // v1 with a bech32 checksum
        "bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4       | mixed case bech32",
        "bc1qqqqsyqcyq5rqwzqfpg9scrgwpuk7nx3h             | bad witness program",      // v0 needs 20 or 32 bytes
        "bc1p4vjcm322                                     | wrong length",             // 1-byte program
        "bc1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnz3n3dxsx     | bad witness program",      // non-zero padding
        "bc1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnqs799v6      | bad witness program",      // a whole padding group
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb       | unexpected character",     // b is not bech32
        // Ethereum
        "0x5aAeb6053f3E94C9b9A09f33669435E7Ef1BeAed       | EIP-55 checksum failed",   // one letter's case flipped
        "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed       | EIP-55 checksum failed",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe        | wrong length",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd      | wrong length",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg       | unexpected character",
        "0x0000000000000000000000000000000000000000       | placeholder address",
        "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed       | unexpected character",     // prefix is 0x
        // neither
        "ab                                               | wrong length",
        "Xqz9aBcDeFgHiJkLmNoPqRsTuVwXyZ12345              | unexpected character",
    })
    void hardNegativesFailWithAFixedReason(String address, String reason) {
        assertThat(wallet.validate(address)).isEqualTo(Validation.invalid(reason));
    }

    @ParameterizedTest(name = "keccak256(\"{0}\")")
    @CsvSource(delimiter = '|', value = {
        "''                                          | c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        "abc                                         | 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        "The quick brown fox jumps over the lazy dog | 4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
    })
    void keccak256MatchesPublishedDigests(String input, String hex) {
        assertThat(HexFormat.of().formatHex(Keccak256.hash(input.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(hex);
    }

    @Test
    void theKeccakPermutationMatchesTheJdksSha3AcrossBlockBoundaries() throws Exception {
        // SHA3-256 is the same sponge with domain byte 0x06: equal outputs pin down the permutation and the
        // multi-block absorption, including inputs of exactly one rate (136 bytes) and more.
        for (int n : new int[] {0, 1, 135, 136, 137, 271, 272, 273, 1000}) {
            byte[] input = new byte[n];
            for (int i = 0; i < n; i++) {
                input[i] = (byte) (i * 31 + 7);
            }
            byte[] expected = MessageDigest.getInstance("SHA3-256").digest(input);
            assertThat(Keccak256.sponge(input, (byte) 0x06)).as("%d bytes", n).isEqualTo(expected);
        }
    }
}
