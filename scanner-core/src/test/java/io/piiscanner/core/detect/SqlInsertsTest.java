package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL INSERT statements in text: each value is read as a field named by its column, so the column says what the
 * value is where the nearest word would say otherwise.
 */
class SqlInsertsTest {

    private static final Scanner SCANNER = Scanner.builder().build();

    private static List<String> described(String text) {
        return SqlInserts.cells(text).stream().map(c -> c.column() + "=" + text.substring(c.start(), c.end())).toList();
    }

    private static List<String> found(String text) {
        return SCANNER.scan(text).stream().map(f -> f.entity() + "=" + text.substring(f.start(), f.end())).toList();
    }

    @Test
    void eachValueOfEachRowGetsItsColumn() {
        String text = "INSERT INTO `crm`.`contacts` (`id`, \"email\", [dob], note) VALUES (1, 'ana@example.com', "
                + "DATE '1961-10-28', 'it''s, (fine)'), (2, NULL, '1980-01-02', 'x');";
        assertThat(described(text)).containsExactly(
                "id=1", "email=ana@example.com", "dob=1961-10-28", "note=it''s, (fine)",
                "id=2", "dob=1980-01-02", "note=x");
    }

    @Test
    void aPgDumpCopyBlockGivesEachTabSeparatedFieldItsColumn() {
        String text = "COPY public.payroll (employee_id, full_name, ssn, date_of_birth, routing_number) FROM stdin;\n"
                + "93850\tYesenia P\u00e9rez\t549-07-4736\t1973-01-11\t089557888\n"
                + "95501\tKyle Barnes\t\\N\t1959-07-24\t297302676\r\n"
                + "1\ttoo few fields\n"
                + "\\.\n"
                + "after\tthe\tblock\tno\tcolumns";
        assertThat(described(text)).containsExactly(
                "employee_id=93850", "full_name=Yesenia P\u00e9rez", "ssn=549-07-4736", "date_of_birth=1973-01-11",
                "routing_number=089557888",
                "employee_id=95501", "full_name=Kyle Barnes", "date_of_birth=1959-07-24", "routing_number=297302676");
        // the columns say what bare values are: a birth date without a birth word, a routing number without "routing"
        assertThat(found(text)).contains("US_SSN=549-07-4736", "DATE_OF_BIRTH=1973-01-11", "ABA_ROUTING=089557888");
        assertThat(described("COPY t (a, b) TO stdout;\n1\t2\n\\.")).isEmpty();
        assertThat(described("Please copy the values (a, b) from stdin\n1\t2")).isEmpty();
    }

    private static final String MYSQLDUMP_TABLE = "DROP TABLE IF EXISTS `customers`;\n"
            + "CREATE TABLE IF NOT EXISTS `shop`.`customers` (\n"
            + "  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
            + "  `email` varchar(255) DEFAULT NULL,\n"
            + "  mobile varchar(32) DEFAULT NULL COMMENT 'format: +33 ...',\n"
            + "  `birth_date` date DEFAULT NULL,\n"
            + "  `balance` decimal(10,2) DEFAULT NULL,\n"
            + "  PRIMARY KEY (`id`),\n"
            + "  UNIQUE KEY `email` (`email`),\n"
            + "  KEY `idx_mobile` (`mobile`),\n"
            + "  CONSTRAINT `fk_x` FOREIGN KEY (`id`) REFERENCES `accounts` (`id`)\n"
            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
            + "LOCK TABLES `customers` WRITE;\n";

    @Test
    void aMysqldumpInsertWithoutColumnsTakesThemFromTheTablesDefinitionBeforeIt() {
        String text = MYSQLDUMP_TABLE + "INSERT INTO `customers` VALUES (1,'ana@example.com','+33 6 12 34 56 78',"
                + "'1985-03-12',10.50),(2,NULL,'+49 171 2345678','1990-07-01',0.00);\nUNLOCK TABLES;";
        assertThat(described(text)).containsExactly(
                "id=1", "email=ana@example.com", "mobile=+33 6 12 34 56 78", "birth_date=1985-03-12", "balance=10.50",
                "id=2", "mobile=+49 171 2345678", "birth_date=1990-07-01", "balance=0.00");
        // the column says a bare ISO date is a birth date
        assertThat(found(text)).contains("DATE_OF_BIRTH=1985-03-12", "DATE_OF_BIRTH=1990-07-01");
    }

    @Test
    void anInsertWithoutColumnsIsNotReadWithAnotherTablesDefinitionOrOneAfterIt() {
        String insert = "INSERT INTO `customers` VALUES (1,'ana@example.com','+33 6 12 34 56 78','1985-03-12',10.50);\n";
        assertThat(described(MYSQLDUMP_TABLE.replace("`shop`.`customers` (", "`suppliers` (") + insert)).isEmpty();
        assertThat(described(insert + MYSQLDUMP_TABLE)).isEmpty();
        // a row of another width than the definition's columns
        assertThat(described(MYSQLDUMP_TABLE + "INSERT INTO customers VALUES (1,'ana@example.com');")).isEmpty();
    }

    @Test
    void aStatementWithoutAColumnListOrWithRowsOfAnotherWidthGivesNoCells() {
        assertThat(described("INSERT INTO contacts VALUES (1, 'ana@example.com')")).isEmpty();
        assertThat(described("insert into t (a, b) values (1, 2, 3)")).isEmpty();
        assertThat(described("Please insert into the form the values (a, b) you got")).isEmpty();
        assertThat(described("INSERT INTO t (a, b) VALUES ('unterminated, 2")).isEmpty();
        assertThat(SqlInserts.mayHold("no statement here at all, just prose")).isFalse();
    }

    @Test
    void columnNamesThatAreNotIdentifiersStopTheStatementSoNoValueReachesAnExplanation() {
        // the column names go into the findings' explanations; a quoted "name" can hold a value
        assertThat(described("INSERT INTO t (\"ana@example.com\", note) VALUES ('123-45-6789', 'x')")).isEmpty();
        assertThat(described("INSERT INTO t (\"+49 30 901820\") VALUES ('x')")).isEmpty();
        assertThat(SqlInserts.isIdentifier("Date_of_Birth__c")).isTrue();
        assertThat(SqlInserts.isIdentifier("first name")).isTrue();
    }

    @Test
    void theColumnDecidesWhereTheNearestWordWouldMislead() {
        // "account" is the word nearest the routing number, "phone" the one nearest the SIN
        assertThat(found("INSERT INTO ach_accounts (routing, account) VALUES ('072264010', '819112928792');"))
                .contains("ABA_ROUTING=072264010").doesNotContain("US_BANK_ACCOUNT=072264010");
        assertThat(found("INSERT INTO ca_payroll (sin, phone) VALUES ('764 012 761', '306.342.6974');"))
                .containsExactly("CA_SIN=764 012 761", "PHONE=306.342.6974");
        assertThat(found("insert into kyc(id, ssn, dob) values (991, '124-55-1662', DATE '1961-10-28');"))
                .containsExactly("US_SSN=124-55-1662", "DATE_OF_BIRTH=1961-10-28");
    }

    @Test
    void orderRowsStayQuiet() {
        assertThat(found("INSERT INTO orders (order_no, total) VALUES (4471823, 129.90), (4471824, 15.00);")).isEmpty();
    }
}
