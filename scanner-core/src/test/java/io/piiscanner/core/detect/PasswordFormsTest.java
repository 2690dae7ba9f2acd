package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where configuration, SQL, shells and URLs put a password, the finding is the value itself, no more: the rules
 * are data (password.yaml), these pin down their spans.
 */
class PasswordFormsTest {

    private static final Scanner SCANNER = Scanner.builder().build();

    private static List<String> passwords(String text) {
        return SCANNER.scan(text).stream().filter(f -> f.entity().equals("PASSWORD"))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aQueryStringValueEndsAtTheNextParameter() {
        assertThat(passwords("GET /api/legacy/login?user=ops&pwd=Mqamiuj7058$&remember=1 HTTP/1.1"))
                .containsExactly("Mqamiuj7058$");
        assertThat(passwords("{\"password\":\"Tr0ub4dor&3\"}")).containsExactly("Tr0ub4dor&3");
        assertThat(passwords("Server=sql01;Database=Shop;User Id=sa;Password=Betis2016+;TrustServerCertificate=True"))
                .containsExactly("Betis2016+");
        assertThat(passwords("Moved it to postgresql://db:5432/crm?user=sync&password=Summer2024!. Updated the phone."))
                .containsExactly("Summer2024!");
        assertThat(passwords("jdbc:postgresql://db:5432/crm?user=sync&password=Passwort2018$, client IP 10.1.2.3"))
                .containsExactly("Passwort2018$");
    }

    @Test
    void appSettingsSqlAndTheMysqlClientGiveTheirValue() {
        assertThat(passwords("<add key=\"SmtpPassword\" value=\"Bienvenue20228\" />")).containsExactly("Bienvenue20228");
        assertThat(passwords("ALTER USER shop_app IDENTIFIED BY 'coffee-ember-52-blue';"))
                .containsExactly("coffee-ember-52-blue");
        assertThat(passwords("CREATE ROLE etl WITH LOGIN PASSWORD 'Kx93!mnq';")).containsExactly("Kx93!mnq");
        assertThat(passwords("mysql -u shop -p'Liverpool~40' -h db-prod-2 shop")).containsExactly("Liverpool~40");
        assertThat(passwords("mysqldump -u root -pHarbour77 shop > dump.sql")).containsExactly("Harbour77");
        assertThat(passwords("mysql -u shop -p -h db-prod-2 shop")).isEmpty();
        assertThat(passwords("$ curl -u admin:Hamburg2020~ https://internal.example.com/api")).containsExactly("Hamburg2020~");
        assertThat(passwords("curl --user 'ops:Kx93!mnq' -X POST https://api.example.com/sync")).containsExactly("Kx93!mnq");
    }

    @Test
    void codeThatSetsOrPassesAPasswordAsALiteralGivesTheLiteral() {
        assertThat(passwords("user.setPassword(\"Winter2024!x\");")).containsExactly("Winter2024!x");
        assertThat(passwords("DataSourceBuilder.create().username(\"shop\").password(\"Vq8#rT2pLm\").build()"))
                .containsExactly("Vq8#rT2pLm");
        assertThat(passwords("conn = DriverManager.getConnection(\"jdbc:postgresql://db:5432/shop\", \"shop_admin\", \"Vq8#rT2!pLm\");"))
                .containsExactly("Vq8#rT2!pLm");
        assertThat(passwords("return new PasswordAuthentication(\"svc-mail\", \"hK9$wq2Lz\".toCharArray());"))
                .containsExactly("hK9$wq2Lz");
        assertThat(passwords("var cred = new NetworkCredential(\"svc_sync\", \"Qm!8vLr2e\");")).containsExactly("Qm!8vLr2e");
        // a variable, a getter, or a method that only names passwords passes no literal password
        assertThat(passwords("user.setPassword(passwordEncoder.encode(raw)); String pw = user.getPassword();")).isEmpty();
        assertThat(passwords("DriverManager.getConnection(url, user, password)")).isEmpty();
        assertThat(passwords("resetPassword(\"jdoe-account-7\")")).isEmpty();
    }

    @Test
    void pgpassLinesUrlsWithoutAUserAndCurlPasswordsWithAnAtSign() {
        assertThat(passwords("# ~/.pgpass on the reporting box\n172.25.131.22:5432:shop:reporting:Jzd49~qd@S5P+wTdep\n"
                + "replica.db.internal:5432:*:replicator:Etqvrak2169^")).containsExactly("Jzd49~qd@S5P+wTdep", "Etqvrak2169^");
        // a timestamp's colons make no pgpass line
        assertThat(passwords("{\"ts\":\"2024-05-03T08:36:25+02:00\",\"level\":\"INFO\",\"msg\":\"login\",\"password\":\"<redacted>\"}"))
                .isEmpty();
        assertThat(passwords("REDIS_URL=redis://:Sommer2017!@172.28.67.130:6379/0")).containsExactly("Sommer2017!");
        assertThat(passwords("Order notes: https://svc_export:P@$$w0rd14_@sftp.partner-portal.net/outbound"))
                .containsExactly("P@$$w0rd14_");
        assertThat(passwords("+ curl -sf -u deploy:B@y3rn691$ https://nexus.internal/repository/releases/"))
                .containsExactly("B@y3rn691$");
    }

    @Test
    void aSecretsReferenceOrFileIsNotThePassword() {
        assertThat(passwords("env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: shop-db\n"
                + "        key: password\n  - name: SFDC_API_VERSION\n    value: \"60.0\"")).isEmpty();
        assertThat(passwords("      - DB_PASSWORD_FILE=/run/secrets/db_password")).isEmpty();
    }

    @Test
    void aPlaceholdersDefaultIsTheValueUsedWhenTheVariableIsUnset() {
        assertThat(passwords("spring.datasource.password=${DB_PASSWORD:Xk29!mQp}")).containsExactly("Xk29!mQp");
        assertThat(passwords("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Lagoon!73}")).containsExactly("Lagoon!73");
        assertThat(passwords("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}")).isEmpty();
    }

    @Test
    void whatThePasswordIsForMayStandBetweenTheWordAndTheValue() {
        assertThat(passwords("fyi temp admin pw for staging is B13nv3nu38373 (expires fri)"))
                .containsExactly("B13nv3nu38373");
        assertThat(passwords("the password for the portal is required.")).isEmpty();
    }

    @Test
    void keysThatOnlyNamePasswordsHoldNoPassword() {
        assertThat(passwords("\"password_changed\": true, \"password_last_set\": \"2024-05-30\"")).isEmpty();
        assertThat(passwords("PASSWORD_RESET_URL=https://shop.example.com/account/reset")).isEmpty();
        assertThat(passwords("password_hash = \"$2b$12$KIXQJfVRrZq5yQm1n2bV7uS0aBcDeFgHiJkLmNoPqRsTuVwXyZ012\"")).isEmpty();
        assertThat(passwords("Access denied for user 'shop'@'10.0.0.5' (using password: YES)")).isEmpty();
    }
}
