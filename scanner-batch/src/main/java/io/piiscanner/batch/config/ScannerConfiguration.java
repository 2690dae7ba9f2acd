package io.piiscanner.batch.config;

import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.source.RecordIds;
import io.piiscanner.batch.source.jdbc.CheckpointCodec;
import io.piiscanner.core.Scanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The scanner (built once per job and shared by all partitions) and the work directory's secret key,
 * which keys fingerprints (so distinct counts and diffs are stable across runs), record-id hashes and the
 * checkpoint encryption. The key comes from {@code SCANNER_FINGERPRINT_KEY} (64 hex) or a 0600 file in
 * the work directory created on first use.
 */
@Configuration(proxyBeanMethods = false)
public class ScannerConfiguration {

    /** The derived secrets. */
    public record Keys(byte[] fingerprint, RecordIds recordIds, CheckpointCodec checkpoints) {
    }

    @Bean
    public Keys keys(RunContext run) throws IOException {
        byte[] key = loadKey(run.settings().workDir());
        return new Keys(key, new RecordIds(key), new CheckpointCodec(key));
    }

    @Bean
    public Scanner scanner(RunContext run, Keys keys) {
        return Scanner.builder().fingerprintKey(keys.fingerprint()).minConfidence(run.settings().minConfidence()).build();
    }

    /**
     * A check value of the key (16 hex digits of HMAC-SHA256(key, a fixed label)), stored with a remote run so a
     * worker with another key refuses to scan for it: its fingerprints would not match the manager's. It tells
     * nothing about the key itself.
     */
    public static String keyCheck(byte[] key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            byte[] d = mac.doFinal("pii-scanner key check v1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key from {@code SCANNER_FINGERPRINT_KEY}, else {@code workDir/fingerprint.key} (created on first use). */
    public static byte[] loadKey(Path workDir) throws IOException {
        String env = System.getenv("SCANNER_FINGERPRINT_KEY");
        if (env != null && env.matches("[0-9a-fA-F]{64}")) {
            return HexFormat.of().parseHex(env);
        }
        Path f = workDir.resolve("fingerprint.key");
        if (Files.exists(f)) {
            return HexFormat.of().parseHex(Files.readString(f).trim());
        }
        Files.createDirectories(workDir);
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        Files.writeString(f, HexFormat.of().formatHex(k));
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return k;
    }
}
