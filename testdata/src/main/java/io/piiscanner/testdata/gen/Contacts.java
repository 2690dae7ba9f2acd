package io.piiscanner.testdata.gen;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Synthetic people: names from several cultures, their e-mail, phone, birth date and street address. */
final class Contacts {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    static final List<String> FIRST = List.of("Maria", "James", "Sofia", "Lukas", "Chloé", "Javier", "Priya", "Wei",
            "Fatima", "Kwame", "Anna", "Mohammed", "Emily", "Jürgen", "Camille", "Lucía", "Arjun", "Mei", "Olivia",
            "Noah", "Léa", "Mateo", "Hannah", "Omar", "Ingrid", "Tomasz", "Aisha", "Diego", "Yuki", "Grace");
    static final List<String> LAST = List.of("Smith", "Müller", "García", "Dubois", "Rossi", "Kowalski", "Patel",
            "Chen", "Okafor", "Johnson", "Schmidt", "Martínez", "Lefebvre", "Nguyen", "Haddad", "Brown", "Fischer",
            "López", "Moreau", "Singh", "Wang", "Mensah", "Williams", "Becker", "Fernández", "Bernard", "Kumar",
            "Li", "Van der Berg", "O'Connor");
    private static final List<String> FREE_MAIL = List.of("gmail.com", "web.de", "orange.fr", "yahoo.es", "outlook.com",
            "gmx.de", "hotmail.co.uk", "libero.it", "icloud.com", "protonmail.com", "free.fr", "t-online.de");
    private static final List<String> CORPORATE = List.of("acme-retail.com", "nordwind-logistik.de", "maison-bleue.fr",
            "tiendas-sol.es", "brightpath.co.uk", "kite-systems.io", "sales.globex-corp.com");

    private final Pick p;

    Contacts(Pick pick) {
        this.p = pick;
    }

    String first() {
        return p.one(FIRST);
    }

    String last() {
        return p.one(LAST);
    }

    String email(String first, String last) {
        String f = ascii(first).toLowerCase(Locale.ROOT);
        String l = ascii(last).toLowerCase(Locale.ROOT).replace(" ", "").replace("'", "");
        String local = switch (p.between(0, 4)) {
            case 0 -> f + "." + l;
            case 1 -> f.charAt(0) + l;
            case 2 -> f + "_" + l + p.between(1, 99);
            case 3 -> l + "." + f + "+" + p.of("shop", "crm", "orders");
            default -> f + p.between(70, 99);
        };
        return local + "@" + (p.chance(0.7) ? p.one(FREE_MAIL) : p.one(CORPORATE));
    }

    /** A phone number valid for its region, in one of the ways it is commonly written. */
    String phone() {
        while (true) {
            String candidate = switch (p.between(0, 11)) {
                case 0 -> "+1 " + p.of("415", "212", "312", "617", "206", "303", "512", "702") + " " + p.between(200, 989) + " " + p.digits(4);
                case 1 -> "(" + p.of("415", "646", "213", "404", "305") + ") " + p.between(200, 989) + "-" + p.digits(4);
                case 2 -> p.of("415", "718", "312") + "-" + p.between(200, 989) + "-" + p.digits(4);
                case 3 -> "+44 20 7" + p.digits(3) + " " + p.digits(4);
                case 4 -> "+44 7" + p.between(400, 999) + " " + p.digits(6);
                case 5 -> "+49 " + p.of("30", "89", "40", "221") + " " + p.digits(7);
                case 6 -> "+49 15" + p.of("1", "2", "7") + " " + p.digits(8);
                case 7 -> "+33 " + p.of("6", "7", "1") + " " + p.digits(2) + " " + p.digits(2) + " " + p.digits(2) + " " + p.digits(2);
                case 8 -> "+34 6" + p.digits(2) + " " + p.digits(3) + " " + p.digits(3);
                case 9 -> "+61 4" + p.digits(2) + " " + p.digits(3) + " " + p.digits(3);
                case 10 -> "+91 " + p.between(70, 99) + p.digits(3) + " " + p.digits(5);
                default -> "+31 6 " + p.digits(8);
            };
            if (valid(candidate)) {
                return candidate;
            }
        }
    }

    /** A national-format number and the country whose words surround it. */
    String nationalPhone(String country) {
        while (true) {
            String candidate = switch (country) {
                case "DE" -> "0" + p.of("30", "89", "40") + " " + p.digits(7);
                case "FR" -> "0" + p.of("6", "7", "1") + " " + p.digits(2) + " " + p.digits(2) + " " + p.digits(2) + " " + p.digits(2);
                case "GB" -> "0" + p.of("20 7", "7" + p.between(400, 999)) + p.digits(3) + " " + p.digits(4);
                case "ES" -> "6" + p.digits(2) + " " + p.digits(3) + " " + p.digits(3);
                default -> "(" + p.of("415", "646", "213") + ") " + p.between(200, 989) + "-" + p.digits(4);
            };
            if (validIn(candidate, country.equals("US") ? "US" : country)) {
                return candidate;
            }
        }
    }

    /** A birth date, written as people of that language write it. */
    String birthDate(String language) {
        int y = p.between(1940, 2004);
        int m = p.between(1, 12);
        int d = p.between(1, 28);
        String[] en = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
        String[] de = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
        String[] fr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
        String[] es = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
        return switch (language) {
            case "de" -> p.chance(0.7) ? String.format(Locale.ROOT, "%02d.%02d.%d", d, m, y) : d + ". " + de[m - 1] + " " + y;
            case "fr" -> p.chance(0.7) ? String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y) : d + " " + fr[m - 1] + " " + y;
            case "es" -> p.chance(0.7) ? String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y) : d + " de " + es[m - 1] + " de " + y;
            default -> switch (p.between(0, 3)) {
                case 0 -> String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d);
                case 1 -> String.format(Locale.ROOT, "%02d/%02d/%d", m, d, y);
                case 2 -> en[m - 1] + " " + d + ", " + y;
                default -> d + " " + en[m - 1] + " " + y;
            };
        };
    }

    String address(String country) {
        return switch (country) {
            case "DE" -> p.of("Hauptstraße", "Bahnhofstr.", "Lindenweg", "Goethestraße") + " " + p.between(1, 120) + ", "
                    + p.of("10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg");
            case "FR" -> p.between(1, 99) + " " + p.of("rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue des Lilas")
                    + ", " + p.of("75002 Paris", "69003 Lyon", "13001 Marseille", "33000 Bordeaux");
            case "GB" -> p.between(1, 200) + " " + p.of("High Street", "Baker Street", "Church Road", "Station Road") + ", "
                    + p.of("London NW1 6XE", "Manchester M1 1AE", "Leeds LS1 4DY", "Bristol BS1 5TR");
            default -> p.between(10, 9999) + " " + p.of("Main St", "Oak Avenue", "Maple Drive", "Sunset Blvd") + ", "
                    + p.of("Springfield, IL 62704", "Austin, TX 78701", "San Jose, CA 95112", "Portland, OR 97205");
        };
    }

    private static boolean valid(String number) {
        try {
            return PHONES.isValidNumber(PHONES.parse(number, "US"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean validIn(String number, String region) {
        try {
            return PHONES.isValidNumberForRegion(PHONES.parse(number, region), region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
