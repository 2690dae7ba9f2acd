package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Bech32;
import io.piiscanner.testdata.check.CryptoChecks;
import io.piiscanner.testdata.text.Rnd;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

/** Bitcoin P2PKH/P2SH (base58check), bech32 / bech32m segwit, and Ethereum (EIP-55) addresses. */
public final class CryptoWallets {
    private CryptoWallets() {
    }

    /** Variant "coin": BTC or ETH, so phrases can name the right currency. */
    public static Pii of(Random rnd) {
        String coin = "BTC";
        String text = switch (Rnd.weighted(rnd, 33, 14, 20, 4, 5, 24)) {
            case 0 -> CryptoChecks.base58Check(0x00, bytes(rnd, 20));
            case 1 -> CryptoChecks.base58Check(0x05, bytes(rnd, 20));
            case 2 -> Bech32.segwitAddress("bc", 0, bytes(rnd, 20));
            case 3 -> Bech32.segwitAddress("bc", 0, bytes(rnd, 32));
            case 4 -> Bech32.segwitAddress("bc", 1, bytes(rnd, 32));
            default -> {
                coin = "ETH";
                String hex = HexFormat.of().formatHex(bytes(rnd, 20));
                yield "0x" + (Rnd.chance(rnd, 0.7) ? CryptoChecks.eip55(hex) : hex);
            }
        };
        return new Pii(Entity.CRYPTO_WALLET, text, Map.of("coin", coin));
    }

    private static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }
}
