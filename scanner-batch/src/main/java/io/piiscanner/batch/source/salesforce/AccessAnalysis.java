package io.piiscanner.batch.source.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sforce.soap.partner.sobject.SObject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who can read what in the org: per field, the profiles and permission sets whose FieldPermissions grant read
 * (a profile's rights live in the permission set it owns, so one FieldPermissions query covers both), and the
 * number of active users who hold View All Data, Modify All Data, API Enabled or Export Reports through any
 * permission set assigned to them (profiles included). Names and counts only: no user name leaves this class.
 */
public record AccessAnalysis(Map<String, Readers> readers, Map<String, Long> privilegedUsers, String unavailable) {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final List<String> PRIVILEGES = List.of("ViewAllData", "ModifyAllData", "ApiEnabled", "ExportReport");

    /** Profiles and permission sets (by API name) granting read on one {@code Object.Field}. */
    public record Readers(Set<String> profiles, Set<String> permissionSets) {
    }

    public static AccessAnalysis unavailable(String why) {
        return new AccessAnalysis(Map.of(), Map.of(), why);
    }

    /** Builds the analysis from the setup objects' rows. */
    static AccessAnalysis of(List<SObject> profiles, List<SObject> permissionSets, List<SObject> fieldPermissions,
                             List<SObject> assignments, List<SObject> activeUsers) {
        Map<String, String> profileName = new HashMap<>();
        profiles.forEach(p -> profileName.put(id15(p.getId()), str(p, "Name")));
        Map<String, String[]> ps = new HashMap<>(); // id -> {display name, "profile"|"set"}
        Map<String, Set<String>> privilegesOf = new HashMap<>();
        for (SObject s : permissionSets) {
            boolean owned = "true".equals(str(s, "IsOwnedByProfile"));
            String profileId = str(s, "ProfileId");
            String name = owned ? profileName.getOrDefault(profileId == null ? "" : id15(profileId), str(s, "Label")) : str(s, "Name");
            ps.put(id15(s.getId()), new String[] {name, owned ? "profile" : "set"});
            Set<String> privs = new HashSet<>();
            for (String p : PRIVILEGES) {
                if ("true".equals(str(s, "Permissions" + p))) {
                    privs.add(p);
                }
            }
            privilegesOf.put(id15(s.getId()), privs);
        }
        Map<String, Readers> readers = new TreeMap<>();
        for (SObject fp : fieldPermissions) {
            String[] who = ps.get(id15(str(fp, "ParentId")));
            String field = str(fp, "Field");
            if (who == null || field == null) {
                continue;
            }
            Readers r = readers.computeIfAbsent(field, k -> new Readers(new TreeSet<>(), new TreeSet<>()));
            (who[1].equals("profile") ? r.profiles() : r.permissionSets()).add(who[0]);
        }
        Set<String> active = new HashSet<>();
        activeUsers.forEach(u -> active.add(id15(u.getId())));
        Map<String, Set<String>> usersWith = new TreeMap<>();
        PRIVILEGES.forEach(p -> usersWith.put(p, new HashSet<>()));
        for (SObject a : assignments) {
            String user = id15(str(a, "AssigneeId"));
            if (!active.contains(user)) {
                continue;
            }
            for (String p : privilegesOf.getOrDefault(id15(str(a, "PermissionSetId")), Set.of())) {
                usersWith.get(p).add(user);
            }
        }
        Map<String, Long> privileged = new TreeMap<>();
        usersWith.forEach((p, u) -> privileged.put(p, (long) u.size()));
        return new AccessAnalysis(readers, privileged, null);
    }

    private static String id15(String id) {
        return id == null ? "" : id.length() >= 15 ? id.substring(0, 15) : id;
    }

    private static String str(SObject s, String field) {
        Object v = s.getField(field);
        return v == null ? null : String.valueOf(v);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the access analysis", e);
        }
    }

    public static AccessAnalysis fromJson(String json) {
        try {
            return JSON.readValue(json, AccessAnalysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored access analysis: " + e.getOriginalMessage(), e);
        }
    }
}
