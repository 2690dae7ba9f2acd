package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;

import java.util.ArrayList;
import java.util.HashSet;
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
    private static final Set<String> SUPPORTED = new HashSet<>(UTIL.getSupportedRegions());
    /** Per calling code (1-999), its regions in libphonenumber's order (main region first); null when unknown. */
    private static final CallingCode[] CODES = new CallingCode[1000];
    /** Compiled regions by id ("US"), FAILED when not compiled. */
    private static final ConcurrentHashMap<String, Object> COMPILED = new ConcurrentHashMap<>();
    /** Compiled non-geographical entities by calling code, FAILED when not compiled. */
    private static final ConcurrentHashMap<Integer, Object> COMPILED_NON_GEO = new ConcurrentHashMap<>();
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

    /** The regions of one calling code, compiled all together when the first number of the code is judged. */
    static final class CallingCode {
        final int code;
        final String[] regions;
        /** Set on first use; a racing thread at worst compiles it again (it is immutable). */
        private volatile Regions compiled;

        CallingCode(int code, String[] regions) {
            this.code = code;
            this.regions = regions;
        }

        String mainRegion() {
            return regions[0];
        }

        /** The compiled regions (the non-geographical entity for "001"), or null when one did not compile or load. */
        Regions regions() {
            Regions r = compiled;
            if (r == null) {
                CompiledRegion[] all = new CompiledRegion[regions.length];
                List<String> leading = new ArrayList<>();
                for (int i = 0; i < regions.length; i++) {
                    all[i] = regionOrCallingCode(code, regions[i]);
                    if (all[i] == null) {
                        return null;
                    }
                    leading.add(all[i].leadingDigitsPattern());
                }
                r = new Regions(all, regions.length > 1 ? DigitDfa.of(leading) : null);
                compiled = r;
            }
            return r;
        }
    }

    /**
     * A calling code's compiled regions, in libphonenumber's order, and one DFA of all their leading digits
     * (bit i for region i; null for a calling code of one region): one pass over a number tells every region
     * whose leading digits it starts with.
     */
    record Regions(CompiledRegion[] regions, DigitDfa leadingDigits) {

        /** Bit i set: the number starts with region i's leading digits (the leading digits' lookingAt). */
        int startingWithLeadingDigits(CharSequence nsn) {
            return leadingDigits == null ? 0 : leadingDigits.prefixMask(nsn, 0, nsn.length());
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
        Object r = region == null ? null : COMPILED.get(region);
        if (r != null) {
            return r == FAILED ? null : (CompiledRegion) r;
        }
        if (!isSupportedRegion(region)) {
            return null;
        }
        return compiled(COMPILED, region, region, () -> SOURCE.getMetadataForRegion(region));
    }

    /** getMetadataForRegionOrCallingCode, compiled; null when there is none or it did not compile or load. */
    static CompiledRegion regionOrCallingCode(int cc, String region) {
        if (!NON_GEO.equals(region)) {
            return region(region);
        }
        return compiled(COMPILED_NON_GEO, cc, NON_GEO, () -> SOURCE.getMetadataForNonGeographicalRegion(cc));
    }

    private static <K> CompiledRegion compiled(ConcurrentHashMap<K, Object> map, K key, String id, Loader loader) {
        Object r = map.get(key);
        if (r == null) {
            try {
                r = map.computeIfAbsent(key, k -> compile(id, loader));
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
