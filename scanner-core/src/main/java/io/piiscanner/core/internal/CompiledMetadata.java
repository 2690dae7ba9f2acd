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

    /** The regions of one calling code, each compiled when a number first needs it. */
    static final class CallingCode {
        final int code;
        final String[] regions;
        /** Filled on first use; a racing thread at worst looks the region up again (the object is immutable). */
        private final CompiledRegion[] compiled;
        /** Set on first use: a {@link LeadingDigits}, or FAILED when the metadata did not load or read. */
        private volatile Object leading;

        CallingCode(int code, String[] regions) {
            this.code = code;
            this.regions = regions;
            this.compiled = new CompiledRegion[regions.length];
        }

        String mainRegion() {
            return regions[0];
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

        /** The leading digits of the code's regions, read from their metadata (not compiled); null when unknown. */
        LeadingDigits leadingDigits() {
            Object l = leading;
            if (l == null) {
                l = readLeadingDigits();
                if (l != null) {
                    leading = l;
                }
            }
            return l == FAILED ? null : (LeadingDigits) l;
        }

        private Object readLeadingDigits() {
            List<String> patterns = new ArrayList<>();
            int with = 0;
            try {
                for (int i = 0; i < regions.length; i++) {
                    PhoneMetadata md = NON_GEO.equals(regions[i]) ? SOURCE.getMetadataForNonGeographicalRegion(code)
                            : SOURCE.getMetadataForRegion(regions[i]);
                    if (md == null) {
                        return FAILED;
                    }
                    patterns.add(md.hasLeadingDigits() ? md.getLeadingDigits() : "");
                    with |= md.hasLeadingDigits() ? 1 << i : 0;
                }
            } catch (RuntimeException e) {
                return null; // the metadata did not load (this time): the library answers
            }
            try {
                return new LeadingDigits(with == 0 ? null : DigitDfa.of(patterns), with);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "leading digits of +" + code + " not compiled, libphonenumber answers for it: " + e.getMessage());
                return FAILED;
            }
        }
    }

    /**
     * The leading digits of a calling code's regions: bit i of {@code regions} set when region i has leading
     * digits (getRegionCodeForNumberFromRegionList then decides by them alone), and one DFA of all of them (bit i
     * for region i): one pass over a number tells every region whose leading digits it starts with.
     */
    record LeadingDigits(DigitDfa dfa, int regions) {

        boolean has(int region) {
            return (regions & 1 << region) != 0;
        }

        /** Bit i set: the number starts with region i's leading digits (their lookingAt). */
        int startingWith(CharSequence nsn) {
            return dfa == null ? 0 : dfa.prefixMask(nsn, 0, nsn.length());
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
