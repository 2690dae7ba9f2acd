package io.piiscanner.testdata.salesforce;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the org generator planted, so a test can compare a scan's report with it exactly: per object,
 * field and entity, which records hold a value of that entity (and whether the record is soft-deleted,
 * visible to {@code queryAll} only) and the distinct values, normalised as the scanner's fingerprints
 * normalise them. Also who may read each field (profiles and permission sets whose FieldPermissions grant
 * read) and how many active users hold each system permission.
 */
public final class GroundTruth {

    /** An (object, field, entity) cell of the report. */
    public record Key(String object, String field, String entity) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return object + "." + field + ":" + entity;
        }
    }

    private final Map<Key, Map<String, Set<String>>> planted = new HashMap<>();
    private final Set<String> deletedIds = new HashSet<>();
    private final Map<String, Set<String>> readers = new TreeMap<>();
    private final Map<String, Long> privilegedUsers = new TreeMap<>();

    synchronized void plant(String object, String field, String entity, String recordId, String value) {
        planted.computeIfAbsent(new Key(object, field, entity), k -> new HashMap<>())
                .computeIfAbsent(recordId, k -> new HashSet<>()).add(normalise(entity, value));
    }

    synchronized void markDeleted(String recordId) {
        deletedIds.add(recordId);
    }

    synchronized void readableBy(String objectDotField, String permissionSetOrProfile) {
        readers.computeIfAbsent(objectDotField, k -> new TreeSet<>()).add(permissionSetOrProfile);
    }

    synchronized void privilegedUsers(String permission, long activeUsers) {
        privilegedUsers.put(permission, activeUsers);
    }

    /** Every planted (object, field, entity), sorted. */
    public synchronized Set<Key> keys() {
        return new TreeSet<>(planted.keySet());
    }

    /** Records holding the entity in the field; soft-deleted records count only with {@code includeDeleted}. */
    public synchronized long rows(Key k, boolean includeDeleted) {
        return planted.getOrDefault(k, Map.of()).keySet().stream()
                .filter(id -> includeDeleted || !deletedIds.contains(id)).count();
    }

    /** Distinct values of the entity in the field, normalised (e-mail lower-cased, numbers as digits). */
    public synchronized long distinct(Key k, boolean includeDeleted) {
        Set<String> values = new HashSet<>();
        planted.getOrDefault(k, Map.of()).forEach((id, v) -> {
            if (includeDeleted || !deletedIds.contains(id)) {
                values.addAll(v);
            }
        });
        return values.size();
    }

    /** All planted cells with their record counts. */
    public synchronized Map<Key, Long> rowCounts(boolean includeDeleted) {
        Map<Key, Long> out = new TreeMap<>();
        for (Key k : planted.keySet()) {
            long n = rows(k, includeDeleted);
            if (n > 0) {
                out.put(k, n);
            }
        }
        return out;
    }

    public synchronized int deletedRecords() {
        return deletedIds.size();
    }

    /** Names of the profiles and permission sets whose FieldPermissions grant read on {@code Object.Field}. */
    public synchronized Set<String> readers(String objectDotField) {
        return Set.copyOf(readers.getOrDefault(objectDotField, Set.of()));
    }

    /** Active users holding a system permission (ViewAllData, ModifyAllData, ApiEnabled, ExportReport). */
    public synchronized Map<String, Long> privilegedUsers() {
        return Map.copyOf(privilegedUsers);
    }

    static String normalise(String entity, String value) {
        return switch (entity) {
            case "EMAIL" -> value.toLowerCase(Locale.ROOT);
            case "IBAN" -> value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            default -> value.replaceAll("[^0-9]", "");
        };
    }

    public static List<String> privilegeNames() {
        return List.of("ViewAllData", "ModifyAllData", "ApiEnabled", "ExportReport");
    }
}
