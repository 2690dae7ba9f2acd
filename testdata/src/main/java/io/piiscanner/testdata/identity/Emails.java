package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.text.Rnd;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** E-mail addresses derived from a persona's name, on consumer and (fictional) corporate domains. */
public final class Emails {
    private static final Map<Country, String[]> CONSUMER = Map.ofEntries(
        Map.entry(Country.US, new String[] {"gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
            "icloud.com", "aol.com", "comcast.net", "att.net", "proton.me", "msn.com", "sbcglobal.net"}),
        Map.entry(Country.CA, new String[] {"gmail.com", "hotmail.ca", "yahoo.ca", "rogers.com", "shaw.ca",
            "videotron.ca", "sympatico.ca"}),
        Map.entry(Country.GB, new String[] {"gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com",
            "outlook.com", "live.co.uk", "virginmedia.com", "talktalk.net"}),
        Map.entry(Country.DE, new String[] {"web.de", "gmx.de", "gmx.net", "t-online.de", "gmail.com", "googlemail.com",
            "freenet.de", "posteo.de", "outlook.de", "mailbox.org", "arcor.de"}),
        Map.entry(Country.FR, new String[] {"orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr", "sfr.fr",
            "wanadoo.fr", "yahoo.fr", "outlook.fr", "bbox.fr", "neuf.fr"}),
        Map.entry(Country.ES, new String[] {"yahoo.es", "hotmail.es", "gmail.com", "telefonica.net", "outlook.es",
            "movistar.es", "ono.com"}),
        Map.entry(Country.IT, new String[] {"libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it",
            "hotmail.it"}),
        Map.entry(Country.NL, new String[] {"ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl",
            "live.nl"}),
        Map.entry(Country.PL, new String[] {"wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"}),
        Map.entry(Country.BR, new String[] {"gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br",
            "yahoo.com.br"}),
        Map.entry(Country.IN, new String[] {"gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"}),
        Map.entry(Country.AU, new String[] {"bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au",
            "iinet.net.au", "bigpond.net.au"}),
        Map.entry(Country.SG, new String[] {"singnet.com.sg", "gmail.com", "yahoo.com.sg", "hotmail.com"}));
    private static final String[] CORPORATE = {"brightwell-logistics.com", "nordtal-energie.de", "marchand-fils.fr",
        "grupo-alcazar.es", "halvorsen.io", "kestrel-analytics.com", "bluepeak.co.uk", "vantara-health.com",
        "stadtwerke-lindenau.de", "optique-rivoli.fr", "ferreteria-luna.es", "oakridge-capital.com",
        "meridian-freight.nl", "tessera-labs.ai", "cobaltsoft.eu", "ambrosi-vini.it", "pinecrest-dental.com",
        "hohmann-maschinenbau.de", "atelier-lumiere.fr", "sanvicente-abogados.es", "northgate-insurance.co.uk",
        "summitview.org", "riverbend-clinic.org", "kanzlei-brenner.de", "tierra-verde.com.br",
        "harbourline.com.au", "lakshmi-textiles.in", "lionrock-trading.sg", "mapleleaf-realty.ca"};
    private static final String[] SUBDOMAINS = {"mail.", "eu.", "uk.", "de.", "corp.", "us.", "students.", "alumni."};

    private Emails() {
    }

    public static Pii of(Random rnd, Persona p) {
        String first = ascii(p.given());
        String last = ascii(p.surname());
        String local = switch (Rnd.weighted(rnd, 34, 12, 10, 9, 7, 8, 6, 6, 8)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + last + Rnd.between(rnd, 1, 99);
            case 3 -> first + "_" + last;
            case 4 -> last + "." + first;
            case 5 -> first + "." + last + (p.birthDate().getYear() % 100);
            case 6 -> first + "-" + last;
            case 7 -> first.charAt(0) + "." + last;
            default -> first + p.birthDate().getYear();
        };
        String domain;
        if (Rnd.chance(rnd, 0.3)) {
            domain = Rnd.pick(rnd, CORPORATE);
            if (Rnd.chance(rnd, 0.15)) {
                domain = Rnd.pick(rnd, SUBDOMAINS) + domain;
            }
        } else {
            domain = Rnd.pick(rnd, CONSUMER.get(p.country()));
        }
        if (Rnd.chance(rnd, 0.08)) {
            local = local + "+" + Rnd.pick(rnd, "shop", "news", "amazon", "crm", "billing", "2024", "work", "spam");
        }
        String text = local + "@" + domain;
        if (Rnd.chance(rnd, 0.03)) {
            text = text.toUpperCase(Locale.ROOT);
        } else if (Rnd.chance(rnd, 0.05)) {
            text = capitalize(local) + "@" + domain;
        }
        return Pii.of(Entity.EMAIL, text);
    }

    /** Transliterates a name into what people type in an e-mail local part. */
    static String ascii(String name) {
        String s = name.toLowerCase(Locale.ROOT)
            .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace("ł", "l").replace("ı", "i").replace("'", "").replace(" ", "").replace("-", "");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
