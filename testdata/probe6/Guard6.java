import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.regex.*;
import com.google.i18n.phonenumbers.*;

/**
 * probe6 guard (copy of probe5's Guard.java, plus F).
 *   F \t REGION \t base64(value)              -> "type|nsn|ndcLen|NATIONAL|INTERNATIONAL" or "" if not a valid number
 * probe5 guard (from probe3, plus libphonenumber).
 *   P \t REGION \t base64(value)              -> "1" | "0"   (libphonenumber isValidNumber, parsed with REGION)
 *   S ... \t REGIONS (comma list)           also reports PHONE hits of findNumbers(Leniency.VALID) per region
 * probe3 guard. Line protocol on stdin/stdout:
 *   V \t ENTITY \t base64(value)              -> "1" | "0"   (testdata Validators.isValid)
 *   S \t base64(text) \t s-e,s-e,...           -> hits "ENTITY|start|end|base64(value)" joined by ";" (may be empty)
 * S reports every checksum/format-valid candidate that does not overlap a listed span.
 */
public class Guard6 {
    static final Pattern DIGIT_RUN = Pattern.compile("(?<![A-Za-z0-9])\\d+(?:[ .\\-/]\\d+)*(?![A-Za-z0-9])");
    static final Pattern GROUP = Pattern.compile("\\d+");
    static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,30}");
    static final Pattern NIF = Pattern.compile("(?<![A-Za-z0-9])(?:[XYZ]-?\\d{7}-?[A-Z]|\\d{8}-?[A-Z]|\\d{2}\\.\\d{3}\\.\\d{3}-?[A-Z])(?![A-Za-z0-9])");
    static final Pattern NRIC = Pattern.compile("(?<![A-Za-z0-9])[STFG]\\d{7}[A-Z](?![A-Za-z0-9])");
    static final Pattern CF = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{6}\\d{2}[A-Za-z]\\d{2}[A-Za-z]\\d{3}[A-Za-z](?![A-Za-z0-9])");
    static final Pattern PAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{5}\\d{4}[A-Z](?![A-Za-z0-9])");
    static final Pattern NINO = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![A-Za-z0-9])");
    static final Pattern AWS = Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])");
    static final Pattern SF = Pattern.compile("00D[A-Za-z0-9]{12}![A-Za-z0-9._]{20,200}");
    static final Pattern ETH = Pattern.compile("(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])");
    static final Pattern B58 = Pattern.compile("(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])");
    static final Pattern BECH = Pattern.compile("(?<![A-Za-z0-9])bc1[0-9a-z]{20,90}(?![A-Za-z0-9])");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");
    static final Pattern IPV4 = Pattern.compile("(?<![0-9.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![0-9.])");
    static final Pattern IPV6 = Pattern.compile("(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Za-z:])");
    static final Pattern PEM = Pattern.compile("-----BEGIN ((?:RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----");
    static final Pattern SSNF = Pattern.compile("(?<![0-9])\\d{3}([- ])\\d{2}\\1\\d{4}(?![0-9])");

    static final PhoneNumberUtil PU = PhoneNumberUtil.getInstance();
    record Hit(Entity e, int s, int t, String v) {}

    public static void main(String[] a) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Base64.Decoder dec = Base64.getDecoder();
        Base64.Encoder enc = Base64.getEncoder();
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("F")) {
                String v = new String(dec.decode(f[2]), StandardCharsets.UTF_8);
                String r = "";
                try {
                    Phonenumber.PhoneNumber pn = PU.parse(v, f[1]);
                    if (PU.isValidNumberForRegion(pn, f[1]))
                        r = PU.getNumberType(pn) + "|" + PU.getNationalSignificantNumber(pn) + "|" + PU.getLengthOfNationalDestinationCode(pn)
                            + "|" + PU.format(pn, PhoneNumberUtil.PhoneNumberFormat.NATIONAL) + "|" + PU.format(pn, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
                } catch (Exception e) { r = ""; }
                out.println(r);
            } else if (f[0].equals("P")) {
                String v = new String(dec.decode(f[2]), StandardCharsets.UTF_8);
                boolean ok;
                try { ok = PU.isValidNumber(PU.parse(v, f[1])); } catch (Exception e) { ok = false; }
                out.println(ok ? "1" : "0");
            } else if (f[0].equals("V")) {
                String v = new String(dec.decode(f[2]), StandardCharsets.UTF_8);
                boolean ok;
                try { ok = Validators.isValid(Entity.valueOf(f[1]), v); } catch (Exception e) { ok = false; }
                out.println(ok ? "1" : "0");
            } else {
                String text = new String(dec.decode(f[1]), StandardCharsets.UTF_8);
                List<int[]> spans = new ArrayList<>();
                if (f.length > 2 && !f[2].isEmpty()) for (String s : f[2].split(",")) {
                    String[] p = s.split("-");
                    spans.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
                }
                StringBuilder b = new StringBuilder();
                List<Hit> all = scan(text);
                if (f.length > 3 && !f[3].isEmpty()) for (String region : f[3].split(",")) {
                    for (PhoneNumberMatch pm : PU.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE))
                        all.add(new Hit(Entity.PHONE, pm.start(), pm.end(), pm.rawString()));
                }
                for (Hit h : all) {
                    boolean covered = false;
                    for (int[] sp : spans) if (h.s < sp[1] && sp[0] < h.t) { covered = true; break; }
                    if (covered) continue;
                    if (b.length() > 0) b.append(";");
                    b.append(h.e).append("|").append(h.s).append("|").append(h.t).append("|")
                        .append(enc.encodeToString(h.v.getBytes(StandardCharsets.UTF_8)));
                }
                out.println(b);
            }
        }
    }

    static void add(List<Hit> hits, Entity e, String text, int s, int t) {
        String v = text.substring(s, t);
        boolean ok;
        try { ok = Validators.isValid(e, v); } catch (Exception ex) { ok = false; }
        if (ok) hits.add(new Hit(e, s, t, v));
    }

    static List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            List<int[]> groups = new ArrayList<>();
            Matcher g = GROUP.matcher(run);
            while (g.find()) groups.add(new int[] {m.start() + g.start(), m.start() + g.end()});
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i; j < groups.size(); j++) {
                    int s = groups.get(i)[0], t = groups.get(j)[1];
                    String d = Digits.strip(text.substring(s, t));
                    if (d.length() > 19) break;
                    String v = text.substring(s, t);
                    switch (d.length()) {
                        case 8 -> add(hits, Entity.AU_TFN, text, s, t);
                        case 9 -> { add(hits, Entity.ABA_ROUTING, text, s, t); add(hits, Entity.CA_SIN, text, s, t);
                            add(hits, Entity.NL_BSN, text, s, t); add(hits, Entity.AU_TFN, text, s, t); }
                        case 10 -> add(hits, Entity.UK_NHS, text, s, t);
                        case 11 -> { add(hits, Entity.DE_TAX_ID, text, s, t); add(hits, Entity.PL_PESEL, text, s, t);
                            add(hits, Entity.BR_CPF, text, s, t); }
                        case 12 -> add(hits, Entity.IN_AADHAAR, text, s, t);
                        case 15 -> add(hits, Entity.FR_NIR, text, s, t);
                        default -> {}
                    }
                    if (d.length() >= 13) add(hits, Entity.CREDIT_CARD, text, s, t);
                }
            }
        }
        m = SSNF.matcher(text);
        while (m.find()) { add(hits, Entity.US_SSN, text, m.start(), m.end()); add(hits, Entity.US_ITIN, text, m.start(), m.end()); }
        m = IBAN.matcher(text);
        while (m.find()) {
            // try every prefix of the candidate (compact length 15..34)
            String c = m.group();
            for (int k = c.length(); k >= 15; k--) {
                String sub = c.substring(0, k);
                if (sub.endsWith(" ") || sub.endsWith("-")) continue;
                String comp = sub.replaceAll("[ -]", "");
                if (comp.length() >= 15 && Validators.isIban(comp)) { hits.add(new Hit(Entity.IBAN, m.start(), m.start() + k, sub)); break; }
            }
        }
        m = NIF.matcher(text); while (m.find()) add(hits, Entity.ES_NIF, text, m.start(), m.end());
        m = NRIC.matcher(text); while (m.find()) add(hits, Entity.SG_NRIC, text, m.start(), m.end());
        m = CF.matcher(text); while (m.find()) add(hits, Entity.IT_FISCAL_CODE, text, m.start(), m.end());
        m = PAN.matcher(text); while (m.find()) add(hits, Entity.IN_PAN, text, m.start(), m.end());
        m = NINO.matcher(text); while (m.find()) add(hits, Entity.UK_NINO, text, m.start(), m.end());
        m = AWS.matcher(text); while (m.find()) add(hits, Entity.AWS_ACCESS_KEY, text, m.start(), m.end());
        m = SF.matcher(text); while (m.find()) hits.add(new Hit(Entity.SALESFORCE_SESSION_ID, m.start(), m.end(), m.group()));
        m = ETH.matcher(text); while (m.find()) add(hits, Entity.CRYPTO_WALLET, text, m.start(), m.end());
        m = B58.matcher(text); while (m.find()) add(hits, Entity.CRYPTO_WALLET, text, m.start(), m.end());
        m = BECH.matcher(text); while (m.find()) add(hits, Entity.CRYPTO_WALLET, text, m.start(), m.end());
        m = EMAIL.matcher(text); while (m.find()) hits.add(new Hit(Entity.EMAIL, m.start(), m.end(), m.group()));
        m = IPV4.matcher(text); while (m.find()) add(hits, Entity.IP_ADDRESS, text, m.start(), m.end());
        m = IPV6.matcher(text); while (m.find()) {
            String v = m.group();
            if (v.replace(":", "").length() >= 1 && IpParser.isIpv6(v)) hits.add(new Hit(Entity.IP_ADDRESS, m.start(), m.end(), v));
        }
        m = PEM.matcher(text); while (m.find()) hits.add(new Hit(Entity.PRIVATE_KEY, m.start(), m.end(), m.group()));
        return hits;
    }
}
