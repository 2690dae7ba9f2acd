package io.piiscanner.testdata.corpus;

import static io.piiscanner.testdata.Entity.*;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.identity.PersonaFactory;
import io.piiscanner.testdata.text.Rnd;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses which entities one line holds (stateful: keeps counts to balance the mix; one
 * instance per corpus stream) and the persona's country. The first entity is drawn by
 * weight; further ones mostly come from a scenario it belongs to (contact details, identity
 * check, banking, payment, credentials), so that lines combine values the way real records do.
 */
public final class EntityMix {
    private static final Map<Entity, Double> WEIGHTS = new EnumMap<>(Entity.class);
    private static final Map<Entity, Country> COUNTRY_OF = new EnumMap<>(Entity.class);
    private static final Map<Country, List<Entity>> NATIONAL = new EnumMap<>(Country.class);
    private static final List<List<Entity>> SCENARIOS = List.of(
        List.of(PERSON_NAME, EMAIL, PHONE, POSTAL_ADDRESS),
        List.of(PERSON_NAME, DATE_OF_BIRTH, POSTAL_ADDRESS, US_SSN, PHONE),
        List.of(PERSON_NAME, IBAN, US_BANK_ACCOUNT, ABA_ROUTING, CREDIT_CARD, EMAIL),
        List.of(CREDIT_CARD, PERSON_NAME, POSTAL_ADDRESS, EMAIL, PHONE, CRYPTO_WALLET),
        List.of(IP_ADDRESS, EMAIL, PASSWORD, AWS_ACCESS_KEY, SALESFORCE_SESSION_ID, PRIVATE_KEY, CRYPTO_WALLET),
        List.of(US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE, DATE_OF_BIRTH, PERSON_NAME, US_BANK_ACCOUNT, ABA_ROUTING));
    /** Stands for "the national id of the persona's country" inside scenarios. */
    private static final Entity NATIONAL_SLOT = US_SSN;

    static {
        // PERSON_NAME .. PASSWORD in Entity order; national ids of less common countries weigh a little more
        double[] w = {7, 5, 7, 7, 5, 4, 5, 5, 3, 3.2, 3.5, 3, 3, 3.5, 3, 3.2, 4.4, 3, 3, 3.5, 4.2, 3.8, 3.8, 3.8, 3.2, 3.4,
            4.4, 4.6, 3, 3, 3, 3, 4};
        Entity[] all = Entity.values();
        for (int i = 0; i < all.length; i++) {
            WEIGHTS.put(all[i], w[i]);
        }
        for (Entity e : List.of(US_BANK_ACCOUNT, ABA_ROUTING, US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE)) {
            COUNTRY_OF.put(e, Country.US);
        }
        COUNTRY_OF.put(UK_NINO, Country.GB);
        COUNTRY_OF.put(UK_NHS, Country.GB);
        COUNTRY_OF.put(CA_SIN, Country.CA);
        COUNTRY_OF.put(DE_TAX_ID, Country.DE);
        COUNTRY_OF.put(FR_NIR, Country.FR);
        COUNTRY_OF.put(ES_NIF, Country.ES);
        COUNTRY_OF.put(IT_FISCAL_CODE, Country.IT);
        COUNTRY_OF.put(NL_BSN, Country.NL);
        COUNTRY_OF.put(PL_PESEL, Country.PL);
        COUNTRY_OF.put(BR_CPF, Country.BR);
        COUNTRY_OF.put(IN_AADHAAR, Country.IN);
        COUNTRY_OF.put(IN_PAN, Country.IN);
        COUNTRY_OF.put(AU_TFN, Country.AU);
        COUNTRY_OF.put(SG_NRIC, Country.SG);
        COUNTRY_OF.forEach((e, c) -> {
            if (e != US_BANK_ACCOUNT && e != ABA_ROUTING) {
                NATIONAL.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
            }
        });
    }

    /** Probabilities of 0, 1, 2, 3, 4 values on a line. */
    private final double[] countWeights;
    private final List<Entity> banned;
    private final Map<Entity, Integer> counts = new EnumMap<>(Entity.class);
    private int planned;

    public EntityMix(double[] countWeights, List<Entity> banned) {
        this.countWeights = countWeights.clone();
        this.banned = List.copyOf(banned);
    }

    public static EntityMix standard() {
        return new EntityMix(new double[] {14, 33, 29, 16, 8}, List.of());
    }

    public record Plan(Country country, List<Entity> entities) {
    }

    public Plan plan(Random rnd) {
        int k = Rnd.weighted(rnd, countWeights);
        if (k == 0) {
            return new Plan(PersonaFactory.randomCountry(rnd), List.of());
        }
        Entity first = weightedPick(rnd);
        Country country = COUNTRY_OF.getOrDefault(first, null);
        if (country == null) {
            country = PersonaFactory.randomCountry(rnd);
        }
        List<Entity> list = new ArrayList<>(List.of(first));
        if (first == ABA_ROUTING && k > 1 && Rnd.chance(rnd, 0.7)) {
            list.add(US_BANK_ACCOUNT);
        }
        int tries = 0;
        while (list.size() < k && tries++ < 40) {
            Entity e = Rnd.chance(rnd, 0.7) ? fromScenario(rnd, first) : weightedPick(rnd);
            e = fitToCountry(rnd, e, country);
            if (e == null || banned.contains(e) || !allowAnother(rnd, list, e)) {
                continue;
            }
            list.add(e);
        }
        if (Rnd.chance(rnd, 0.5)) {
            Collections.shuffle(list, rnd);
        }
        for (Entity e : list) {
            counts.merge(e, 1, Integer::sum);
            planned++;
        }
        return new Plan(country, List.copyOf(list));
    }

    /**
     * Weighted draw, gently self-balancing: an entity that has fallen behind its expected share
     * (by weight) of the values planned so far is boosted, one that is ahead is damped.
     */
    private Entity weightedPick(Random rnd) {
        Entity[] all = Entity.values();
        double sum = 0;
        for (Entity e : all) {
            sum += banned.contains(e) ? 0 : WEIGHTS.get(e);
        }
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            if (banned.contains(all[i])) {
                continue;
            }
            double base = WEIGHTS.get(all[i]);
            double expected = planned * base / sum;
            double boost = Math.max(0.5, Math.min(2.0, (expected + 10) / (counts.getOrDefault(all[i], 0) + 10)));
            w[i] = base * boost;
        }
        return all[Rnd.weighted(rnd, w)];
    }

    private static Entity fromScenario(Random rnd, Entity first) {
        List<List<Entity>> containing = new ArrayList<>();
        for (List<Entity> s : SCENARIOS) {
            if (s.contains(first) || (COUNTRY_OF.containsKey(first) && s.contains(NATIONAL_SLOT))) {
                containing.add(s);
            }
        }
        List<Entity> s = containing.isEmpty() ? Rnd.pick(rnd, SCENARIOS) : Rnd.pick(rnd, containing);
        return Rnd.pick(rnd, s);
    }

    /** Replaces a national id of another country by one of the persona's, or drops a US-only value. */
    private static Entity fitToCountry(Random rnd, Entity e, Country country) {
        Country needed = COUNTRY_OF.get(e);
        if (needed == null || needed == country) {
            return e;
        }
        if (e == US_BANK_ACCOUNT || e == ABA_ROUTING) {
            return null;
        }
        List<Entity> ids = NATIONAL.get(country);
        return ids == null ? null : Rnd.pick(rnd, ids);
    }

    private static boolean allowAnother(Random rnd, List<Entity> list, Entity e) {
        if (!list.contains(e)) {
            return true;
        }
        boolean repeatable = e == PERSON_NAME || e == PHONE || e == EMAIL;
        return repeatable && Collections.frequency(list, e) == 1 && Rnd.chance(rnd, 0.2);
    }
}
