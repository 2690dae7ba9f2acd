package io.piiscanner.core.rules;

import java.util.List;

/**
 * Field names (matched as word sequences in the normalised field name or label: {@code ssn} matches
 * {@code customer_ssn}, {@code SSN__c}; {@code date of birth} matches {@code DateOfBirth}) and metadata
 * types (a Salesforce {@code email} or {@code phone} field) that raise a finding's score by {@code boost}.
 */
public record FieldHintSpec(List<List<String>> names, List<String> types, double boost) {

    public static final FieldHintSpec NONE = new FieldHintSpec(List.of(), List.of(), 0);

    public FieldHintSpec {
        names = names.stream().map(List::copyOf).toList();
        types = List.copyOf(types);
    }

    public boolean isEmpty() {
        return names.isEmpty() && types.isEmpty();
    }
}
