package io.piiscanner.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTest {

    @Test
    void overlapAndExactMatchingCountDifferently() {
        Evaluation e = new Evaluation(Set.of());
        e.add(List.of(new Span(0, 11, "US_SSN"), new Span(20, 30, "EMAIL")),
                List.of(new Span(0, 10, "US_SSN"), new Span(40, 45, "EMAIL")));
        EntityScore ssn = e.byEntity().get("US_SSN");
        assertThat(ssn.tp()).isEqualTo(1);
        assertThat(ssn.exactTp()).isZero();
        assertThat(ssn.f1()).isEqualTo(1.0);
        assertThat(ssn.exactF1()).isZero();
        EntityScore email = e.byEntity().get("EMAIL");
        assertThat(email.fp()).isEqualTo(1);
        assertThat(email.fn()).isEqualTo(1);
        assertThat(e.documentsWithFalsePositive()).isEqualTo(1);
    }

    @Test
    void aGoldSpanIsMatchedOnce() {
        Evaluation e = new Evaluation(Set.of());
        e.add(List.of(new Span(0, 20, "PHONE")), List.of(new Span(0, 5, "PHONE"), new Span(6, 20, "PHONE")));
        assertThat(e.byEntity().get("PHONE")).isEqualTo(new EntityScore(1, 1, 0, 0, 2, 1));
    }

    @Test
    void wrongEntityIsBothAFalsePositiveAndAMiss() {
        Evaluation e = new Evaluation(Set.of());
        e.add(List.of(new Span(0, 9, "US_SSN")), List.of(new Span(0, 9, "ABA_ROUTING")));
        assertThat(e.micro().tp()).isZero();
        assertThat(e.micro().fp()).isEqualTo(1);
        assertThat(e.micro().fn()).isEqualTo(1);
    }

    @Test
    void entityFilterIgnoresOtherEntitiesOnBothSides() {
        Evaluation e = new Evaluation(Set.of("EMAIL"));
        e.add(List.of(new Span(0, 9, "PERSON_NAME"), new Span(10, 20, "EMAIL")),
                List.of(new Span(10, 20, "EMAIL"), new Span(30, 35, "PHONE")));
        assertThat(e.byEntity()).containsOnlyKeys("EMAIL");
        assertThat(e.micro().precision()).isEqualTo(1.0);
        assertThat(e.documentsWithFalsePositive()).isZero();
    }
}
