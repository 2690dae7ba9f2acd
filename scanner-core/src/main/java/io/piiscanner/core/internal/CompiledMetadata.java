package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * libphonenumber's metadata, compiled region by region on first use ({@link CompiledRegion}; a region takes a few
 * milliseconds, so building a scanner does not wait for the 250 of them) and kept for the life of the JVM. Read
 * through libphonenumber's public metadata source, the one {@code PhoneNumberUtil.getInstance()} loads its own
 * copy from (the same files of the same jar). Thread-safe.
 */
final class CompiledMetadata {

    private static final Logger LOG = Logger.getLogger(CompiledMetadata.class.getName());
    static final String NON_GEO = "001";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource SOURCE = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    private static final Set<String> SUPPORTED = Set.copyOf(UTIL.getSupportedRegions());
    /** Per calling code (1-999), its regions in libphonenumber's order (main region first); null when unknown. */
    private static final CallingCode[] CODES = new CallingCode[1000];
    /** Compiled regions by id ("US"), and non-geographical entities by "001+" and code; FAILED when not compiled. */
    private static final ConcurrentHashMap<String, Object> COMPILED = new ConcurrentHashMap<>();
    private static final Object FAILED = new Object();

    static {
        for (int cc : UTIL.getSupportedCallingCodes()) {
            if (cc > 0 && cc < CODES.length) {
                CODES[cc] = new CallingCode(cc, List.copyOf(UTIL.getRegionCodesForCountryCode(cc)).toArray(String[]::new));
            }
        }
    }

    private CompiledMetadata() {
    }

    /** The regions of one calling code, compiled as they are first asked for. */
    static final class CallingCode {
        final int code;
        final String[] regions;
        /** Filled on first use; a racing thread at worst looks the region up again (the object is immutable). */
        private final CompiledRegion[] compiled;

        CallingCode(int code, String[] regions) {
            this.code = code;
            this.regions = regions;
            this.compiled = new CompiledRegion[regions.length];
        }

        /** The i-th region's (or the non-geographical entity's) compiled metadata, or null when it did not compile. */
        CompiledRegion region(int i) {
            CompiledRegion r = compiled[i];
            if (r == null) {
                r = regionOrCallingCode(code, regions[i]);
                compiled[i] = r;
            }
            return r;
        }

        String mainRegion() {
            return regions[0];
        }
    }

    /** The regions of a calling code, or null when libphonenumber does not know it. */
    static CallingCode callingCode(int cc) {
        return cc > 0 && cc < CODES.length ? CODES[cc] : null;
    }

    static boolean isSupportedRegion(String region) {
        return region != null && SUPPORTED.contains(region);
    }

    /** getMetadataForRegion, compiled; null for an unsupported region or one that did not compile or load. */
    static CompiledRegion region(String region) {
        if (!isSupportedRegion(region)) {
            return null;
        }
        return compiled(region, region, () -> SOURCE.getMetadataForRegion(region));
    }

    /** getMetadataForRegionOrCallingCode, compiled; null when there is none or it did not compile or load. */
    static CompiledRegion regionOrCallingCode(int cc, String region) {
        if (!NON_GEO.equals(region)) {
            return region(region);
        }
        return compiled(NON_GEO + "+" + cc, NON_GEO, () -> SOURCE.getMetadataForNonGeographicalRegion(cc));
    }

    private static CompiledRegion compiled(String key, String id, Loader loader) {
        Object r = COMPILED.get(key);
        if (r == null) {
            try {
                r = COMPILED.computeIfAbsent(key, k -> compile(id, loader));
            } catch (RuntimeException e) {
                return null; // the metadata did not load (this time): the library answers
            }
        }
        return r == FAILED ? null : (CompiledRegion) r;
    }

    private interface Loader {
        PhoneMetadata load();
    }

    /**
     * The compiled metadata, or FAILED when a pattern uses syntax {@link DigitDfa} does not read (for good: Phones
     * then asks libphonenumber itself for numbers of this region). A failure to load the metadata is not kept: the
     * next number tries again.
     */
    private static Object compile(String id, Loader loader) {
        PhoneMetadata md = loader.load();
        if (md == null) {
            return FAILED;
        }
        try {
            return CompiledRegion.compile(id, md);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "phone metadata of " + id + " not compiled, libphonenumber answers for it: " + e.getMessage());
            return FAILED;
        }
    }
}
