package io.piiscanner.testdata.salesforce;

import com.sforce.async.AsyncApiException;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.CSVReader;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.DescribeGlobalResult;
import com.sforce.soap.partner.DescribeGlobalSObjectResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.GetUserInfoResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulator speaks the wire format closely enough that the real force-wsc client (PartnerConnection and
 * BulkConnection, version 64.0.0, gzip on) works against it unchanged, and its faults arrive as the
 * ApiFault codes Salesforce sends.
 */
class EmulatorForceWscTest {

    static EmulatedOrg org;
    static SalesforceEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        org = OrgGenerator.generate(7, OrgGenerator.Size.small());
        emulator = SalesforceEmulator.start(org);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        // fault triggers count calls (and queryMores) from here, whichever test ran before
        emulator.resetCallCounts();
    }

    static ConnectorConfig config() {
        ConnectorConfig c = new ConnectorConfig();
        c.setUsername(emulator.login().username());
        c.setPassword(emulator.login().password() + emulator.login().securityToken());
        c.setAuthEndpoint(emulator.loginUrl());
        c.setReadTimeout(10_000);
        return c;
    }

    @Test
    void loginPointsBackAtTheEmulatorAndDescribesTheOrg() throws Exception {
        ConnectorConfig c = config();
        PartnerConnection p = new PartnerConnection(c);
        assertThat(c.getServiceEndpoint()).startsWith(emulator.baseUrl() + "/services/Soap/u/64.0/00D");
        assertThat(c.getSessionId()).startsWith(org.orgId() + "!");
        GetUserInfoResult info = p.getUserInfo();
        assertThat(info.getOrgHasPersonAccounts()).isTrue();
        assertThat(info.getUserName()).isEqualTo(emulator.login().username());

        DescribeGlobalResult g = p.describeGlobal();
        Set<String> names = new HashSet<>();
        for (DescribeGlobalSObjectResult s : g.getSobjects()) {
            names.add(s.getName());
            if (s.getName().equals("Legacy_Import__c")) {
                assertThat(s.isCustom()).isTrue();
                assertThat(s.getKeyPrefix()).isEqualTo("a0B");
            }
        }
        assertThat(names).contains("Contact", "Lead", "Account", "User", "Case", "CaseComment", "EmailMessage", "Task",
                "Order", "Legacy_Import__c", "PermissionSet", "FieldPermissions", "PermissionSetAssignment", "Profile");

        DescribeSObjectResult d = p.describeSObject("Contact");
        Map<String, Field> fields = new java.util.HashMap<>();
        for (Field f : d.getFields()) {
            fields.put(f.getName(), f);
        }
        assertThat(fields.get("Email").getType()).isEqualTo(FieldType.email);
        assertThat(fields.get("Email").getLabel()).isEqualTo("Email");
        assertThat(fields.get("Phone").getType()).isEqualTo(FieldType.phone);
        assertThat(fields.get("Id").getType()).isEqualTo(FieldType.id);
        assertThat(fields.get("AccountId").getReferenceTo()).containsExactly("Account");
        assertThat(fields.get("HasOptedOutOfEmail").getType()).isEqualTo(FieldType._boolean);
        assertThat(fields.get("Birthdate").getType()).isEqualTo(FieldType.date);
        assertThat(fields.get("MailingAddress").getType()).isEqualTo(FieldType.address);
        assertThat(fields.get("MailingCity").getCompoundFieldName()).isEqualTo("MailingAddress");
        assertThat(fields.get("National_Id__c").isEncrypted()).isTrue();
        assertThat(fields.get("Description").getType()).isEqualTo(FieldType.textarea);
        assertThat(fields.get("Description").getLength()).isEqualTo(32_000);
        assertThat(fields.get("Salutation").getPicklistValues()).hasSize(4);
        assertThat(fields.get("Photo__c").getType()).isEqualTo(FieldType.base64);
        assertThat(p.describeSObjects(new String[] {"Lead", "Case"})).hasSize(2);
    }

    @Test
    void queryAndQueryMorePageThroughEveryContactInIdOrder() throws Exception {
        PartnerConnection p = new PartnerConnection(config());
        p.setQueryOptions(2000);
        QueryResult r = p.query("SELECT Id, Email, Phone, MailingCity FROM Contact ORDER BY Id");
        int live = org.table("Contact").size() - org.truth().deletedRecords();
        assertThat(r.getSize()).isEqualTo(live);
        assertThat(r.isDone()).isFalse();
        List<SObject> all = new ArrayList<>(Arrays.asList(r.getRecords()));
        assertThat(r.getRecords()).hasSize(2000);
        while (!r.isDone()) {
            r = p.queryMore(r.getQueryLocator());
            all.addAll(Arrays.asList(r.getRecords()));
        }
        assertThat(all).hasSize(live);
        SObject first = all.get(0);
        assertThat(first.getType()).isEqualTo("Contact");
        assertThat(first.getId()).startsWith("003").hasSize(18);
        assertThat((String) first.getField("Email")).contains("@");
        List<String> ids = all.stream().map(SObject::getId).toList();
        assertThat(ids).isSorted();

        QueryResult withDeleted = p.queryAll("SELECT Id FROM Contact");
        assertThat(withDeleted.getSize()).isEqualTo(org.table("Contact").size());
        QueryResult count = p.query("SELECT COUNT() FROM Contact");
        assertThat(count.getSize()).isEqualTo(live);
        assertThat(count.getRecords()).isEmpty();

        String lastOfFirstPage = ids.get(1999);
        QueryResult after = p.query("SELECT Id FROM Contact WHERE Id > '" + lastOfFirstPage + "' ORDER BY Id LIMIT 10");
        assertThat(after.getRecords()[0].getId()).isEqualTo(ids.get(2000));
        assertThat(after.getRecords()).hasSize(10);
        QueryResult newest = p.query("SELECT Id FROM Contact ORDER BY Id DESC LIMIT 1");
        assertThat(newest.getRecords()[0].getId()).isEqualTo(ids.get(ids.size() - 1));
        assertThat(p.getLimitInfoHeader().getLimitInfo()[0].getType()).isEqualTo("API REQUESTS");
        assertThat(p.getLimitInfoHeader().getLimitInfo()[0].getCurrent()).isPositive();

        QueryResult addr = p.query("SELECT Id, MailingAddress FROM Contact LIMIT 1");
        assertThat((String) addr.getRecords()[0].getChild("MailingAddress").getField("city")).isNotBlank();
    }

    @Test
    void incrementalFilterOnSystemModstamp() throws Exception {
        PartnerConnection p = new PartnerConnection(config());
        QueryResult all = p.query("SELECT COUNT() FROM Lead");
        QueryResult later = p.query("SELECT COUNT() FROM Lead WHERE SystemModstamp > 2100-01-01T00:00:00Z");
        assertThat(all.getSize()).isEqualTo(300);
        assertThat(later.getSize()).isZero();
    }

    @Test
    void faultsArriveAsApiFaultCodes() throws Exception {
        ConnectorConfig bad = config();
        bad.setPassword("wrong");
        assertThatThrownBy(() -> new PartnerConnection(bad)).isInstanceOfSatisfying(LoginFault.class,
                f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_LOGIN));

        PartnerConnection p = new PartnerConnection(config());
        assertThatThrownBy(() -> p.query("SELECT Nope__c FROM Contact")).isInstanceOfSatisfying(ApiFault.class,
                f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_FIELD));

        emulator.faults().invalidSessionAfter(emulator.totalCalls());
        assertThatThrownBy(() -> p.query("SELECT Id FROM Lead")).isInstanceOfSatisfying(ApiFault.class, f -> {
            assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
            assertThat(f.getMessage()).as("force-wsc leaves getMessage() null on SOAP faults").isNull();
            assertThat(f.getExceptionMessage()).contains("Invalid Session ID");
        });
        PartnerConnection again = new PartnerConnection(config());
        assertThat(again.query("SELECT COUNT() FROM Lead").getSize()).isEqualTo(300);

        emulator.faults().requestLimitAfter(emulator.totalCalls());
        assertThatThrownBy(() -> again.query("SELECT Id FROM Lead")).isInstanceOfSatisfying(ApiFault.class, f -> {
            assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
            assertThat(f.getExceptionMessage()).isEqualTo("TotalRequests Limit exceeded.");
        });
        emulator.faults().clearRequestLimit();

        again.setQueryOptions(200);
        QueryResult first = again.query("SELECT Id FROM Lead");
        emulator.faults().invalidLocatorOnQueryMore(1);
        assertThatThrownBy(() -> again.queryMore(first.getQueryLocator())).isInstanceOfSatisfying(ApiFault.class,
                f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_QUERY_LOCATOR));

        emulator.faults().httpErrorOnCall(emulator.totalCalls() + 1, 503);
        assertThatThrownBy(() -> again.query("SELECT Id FROM Lead")).isInstanceOf(ConnectionException.class)
                .isNotInstanceOf(ApiFault.class);
        assertThat(emulator.faults().fired("HTTP_503")).isEqualTo(1);

        ConnectorConfig impatient = config();
        impatient.setReadTimeout(300);
        PartnerConnection slow = new PartnerConnection(impatient);
        emulator.faults().slowOnCall(emulator.totalCalls() + 1, 1_000);
        assertThatThrownBy(() -> slow.query("SELECT Id FROM Lead")).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void bulkQueryWithPkChunkingReturnsEveryRowOnceAsCsv() throws Exception {
        PartnerConnection p = new PartnerConnection(config());
        ConnectorConfig bc = new ConnectorConfig();
        bc.setSessionId(p.getConfig().getSessionId());
        bc.setRestEndpoint(emulator.baseUrl() + "/services/async/64.0");
        BulkConnection bulk = new BulkConnection(bc);
        bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=1000");
        JobInfo job = new JobInfo();
        job.setObject("Contact");
        job.setOperation(OperationEnum.query);
        job.setContentType(ContentType.CSV);
        JobInfo created = bulk.createJob(job);
        String jobId = created.getId();
        assertThat(jobId).startsWith("750");
        BatchInfo original = bulk.createBatchFromStream(created, new ByteArrayInputStream(
                "SELECT Id, Email FROM Contact".getBytes(StandardCharsets.UTF_8)));
        assertThat(original.getState()).isEqualTo(BatchStateEnum.NotProcessed);
        BatchInfo[] batches = bulk.getBatchInfoList(jobId).getBatchInfo();
        assertThat(batches).hasSize(1 + 3);
        Set<String> ids = new HashSet<>();
        int rows = 0;
        for (BatchInfo b : batches) {
            if (b.getState() != BatchStateEnum.Completed) {
                continue;
            }
            for (String result : bulk.getQueryResultList(jobId, b.getId()).getResult()) {
                CSVReader csv = new CSVReader(bulk.getQueryResultStream(jobId, b.getId(), result));
                assertThat(csv.nextRecord()).containsExactly("Id", "Email");
                List<String> rec;
                while ((rec = csv.nextRecord()) != null) {
                    ids.add(rec.get(0));
                    rows++;
                }
            }
        }
        int live = org.table("Contact").size() - org.truth().deletedRecords();
        assertThat(rows).isEqualTo(live);
        assertThat(ids).hasSize(live);
        bulk.closeJob(jobId);
        assertThat(bulk.getJobStatus(jobId).getState().name()).isEqualTo("Closed");

        ConnectorConfig stale = new ConnectorConfig();
        stale.setSessionId("00D000000000000!nope");
        stale.setRestEndpoint(bc.getRestEndpoint());
        assertThatThrownBy(() -> new BulkConnection(stale).getJobStatus(jobId))
                .isInstanceOfSatisfying(AsyncApiException.class,
                        e -> assertThat(e.getExceptionCode().name()).isEqualTo("InvalidSessionId"));
    }

    static final String[] ADDED = {"Event", "Individual", "ContactPointEmail", "ContactPointPhone", "ContactPointAddress",
        "ContactPointTypeConsent", "Opportunity", "Note"};

    @Test
    void activityConsentAndSalesObjectsAreDescribedLikeSalesforce() throws Exception {
        PartnerConnection p = new PartnerConnection(config());
        Map<String, DescribeGlobalSObjectResult> global = new java.util.HashMap<>();
        for (DescribeGlobalSObjectResult s : p.describeGlobal().getSobjects()) {
            global.put(s.getName(), s);
        }
        assertThat(global).containsKeys(ADDED);
        assertThat(global.get("Event").getKeyPrefix()).isEqualTo("00U");
        assertThat(global.get("Opportunity").getKeyPrefix()).isEqualTo("006");
        assertThat(global.get("Note").getKeyPrefix()).isEqualTo("002");
        assertThat(global.get("Individual").getKeyPrefix()).isEqualTo("0PK");
        assertThat(Arrays.stream(ADDED).map(global::get)).allSatisfy(g -> {
            assertThat(g.isQueryable()).isTrue();
            assertThat(g.isCustom()).isFalse();
        });

        DescribeSObjectResult[] described = p.describeSObjects(ADDED);
        assertThat(described).extracting(DescribeSObjectResult::getName).containsExactly(ADDED);
        Map<String, Map<String, Field>> f = new java.util.HashMap<>();
        for (DescribeSObjectResult d : described) {
            Map<String, Field> byName = new java.util.HashMap<>();
            for (Field x : d.getFields()) {
                byName.put(x.getName(), x);
            }
            f.put(d.getName(), byName);
            assertThat(byName).containsKeys("Id", "OwnerId", "SystemModstamp");
        }
        Map<String, Field> event = f.get("Event");
        assertThat(event.get("Subject").getType()).isEqualTo(FieldType.combobox);
        assertThat(event.get("Subject").getPicklistValues()).isNotEmpty();
        assertThat(event.get("Location").getType()).isEqualTo(FieldType.string);
        assertThat(event.get("Description").getType()).isEqualTo(FieldType.textarea);
        assertThat(event.get("StartDateTime").getType()).isEqualTo(FieldType.datetime);
        assertThat(event.get("DurationInMinutes").getType()).isEqualTo(FieldType._int);
        assertThat(event.get("WhoId").getReferenceTo()).containsExactly("Contact");
        assertThat(event.get("WhatId").getType()).isEqualTo(FieldType.reference);
        Map<String, Field> individual = f.get("Individual");
        assertThat(individual.get("BirthDate").getType()).isEqualTo(FieldType.date);
        assertThat(individual.get("Name").getExtraTypeInfo()).isEqualTo("personname");
        assertThat(individual.get("IndividualsAge").getType()).isEqualTo(FieldType.picklist);
        assertThat(individual.get("ShouldForget").getType()).isEqualTo(FieldType._boolean);
        Map<String, Field> email = f.get("ContactPointEmail");
        assertThat(email.get("EmailAddress").getType()).isEqualTo(FieldType.email);
        assertThat(email.get("ParentId").getReferenceTo()).containsExactly("Individual");
        assertThat(email.get("IsPrimary").getType()).isEqualTo(FieldType._boolean);
        assertThat(email.get("BestTimeToContactStartTime").getType()).isEqualTo(FieldType.time);
        Map<String, Field> phone = f.get("ContactPointPhone");
        assertThat(phone.get("TelephoneNumber").getType()).isEqualTo(FieldType.phone);
        assertThat(phone.get("PhoneType").getType()).isEqualTo(FieldType.picklist);
        Map<String, Field> address = f.get("ContactPointAddress");
        assertThat(address.get("Address").getType()).isEqualTo(FieldType.address);
        assertThat(address.get("Street").getType()).isEqualTo(FieldType.textarea);
        for (String c : List.of("Street", "City", "State", "PostalCode", "Country")) {
            assertThat(address.get(c).getCompoundFieldName()).as(c).isEqualTo("Address");
        }
        assertThat(f.get("ContactPointTypeConsent").get("PartyId").getReferenceTo()).containsExactly("Individual");
        assertThat(f.get("ContactPointTypeConsent").get("PrivacyConsentStatus").getType()).isEqualTo(FieldType.picklist);
        Map<String, Field> opportunity = f.get("Opportunity");
        assertThat(opportunity.get("Amount").getType()).isEqualTo(FieldType.currency);
        assertThat(opportunity.get("CloseDate").getType()).isEqualTo(FieldType.date);
        assertThat(opportunity.get("Probability").getType()).isEqualTo(FieldType.percent);
        assertThat(opportunity.get("StageName").getType()).isEqualTo(FieldType.picklist);
        assertThat(opportunity.get("NextStep").getType()).isEqualTo(FieldType.string);
        assertThat(opportunity.get("Description").getType()).isEqualTo(FieldType.textarea);
        assertThat(opportunity.get("AccountId").getReferenceTo()).containsExactly("Account");
        Map<String, Field> note = f.get("Note");
        assertThat(note.get("Title").getType()).isEqualTo(FieldType.string);
        assertThat(note.get("Title").getLength()).isEqualTo(80);
        assertThat(note.get("Body").getType()).isEqualTo(FieldType.textarea);
        assertThat(note.get("IsPrivate").getType()).isEqualTo(FieldType._boolean);
    }

    @Test
    void activityConsentAndSalesObjectsAreQueriedFieldByField() throws Exception {
        PartnerConnection p = new PartnerConnection(config());
        p.setQueryOptions(200);
        for (String object : ADDED) {
            EmulatedOrg.SObjectTable table = org.table(object);
            List<String> fields = table.def().fields().stream().map(EmulatedOrg.FieldDef::name).toList();
            QueryResult r = p.query("SELECT " + String.join(", ", fields) + " FROM " + object + " ORDER BY Id");
            assertThat(r.getSize()).as(object).isEqualTo(table.size()).isGreaterThan(100);
            List<SObject> all = new ArrayList<>(Arrays.asList(r.getRecords()));
            while (!r.isDone()) {
                r = p.queryMore(r.getQueryLocator());
                all.addAll(Arrays.asList(r.getRecords()));
            }
            assertThat(all).as(object).hasSize(table.size());
            for (int i = 0; i < all.size(); i++) {
                SObject s = all.get(i);
                String[] row = table.rows().get(i);
                assertThat(s.getType()).isEqualTo(object);
                assertThat(s.getId()).isEqualTo(table.id(row)).startsWith(table.def().keyPrefix()).hasSize(18);
                for (EmulatedOrg.FieldDef fd : table.def().fields()) {
                    Object v = s.getField(fd.name());
                    if (fd.type().equals("address")) {
                        // the compound comes back as xsi:type="address" built from its components
                        String city = table.value(row, "City");
                        assertThat(v == null ? null : (String) s.getChild(fd.name()).getField("city"))
                                .as(object + "." + fd.name()).isEqualTo(city);
                    } else {
                        assertThat(v).as(object + "." + fd.name()).isEqualTo(table.value(row, fd.name()));
                    }
                }
            }
        }
        // free text: PII in some rows, look-alike order/invoice/tracking/record numbers in others
        QueryResult notes = p.query("SELECT Id, Body FROM Note");
        assertThat(Arrays.stream(notes.getRecords()).map(s -> (String) s.getField("Body")))
                .anyMatch(b -> b.contains("@")).anyMatch(b -> b.startsWith("Tracking number 1Z") || b.startsWith("Re-shipped order"));
        assertThat(p.query("SELECT COUNT() FROM ContactPointEmail WHERE IsPrimary = true").getSize()).isPositive();
    }

    @Test
    void groundTruthRecordsWhatWasPlanted() {
        GroundTruth t = org.truth();
        long live = org.table("Contact").size() - t.deletedRecords();
        assertThat(t.rows(new GroundTruth.Key("Contact", "Email", "EMAIL"), false)).isEqualTo(live);
        assertThat(t.rows(new GroundTruth.Key("Contact", "Email", "EMAIL"), true)).isEqualTo(org.table("Contact").size());
        assertThat(t.rows(new GroundTruth.Key("Legacy_Import__c", "Legacy_Ref__c", "US_SSN"), false)).isEqualTo(250);
        assertThat(t.keys()).contains(new GroundTruth.Key("Case", "Description", "CREDIT_CARD"),
                new GroundTruth.Key("Legacy_Import__c", "Notes2__c", "IBAN"), new GroundTruth.Key("Account", "PersonEmail", "EMAIL"));
        assertThat(t.readers("Contact.National_Id__c")).containsExactlyInAnyOrder("System Administrator", "Integration_User");
        assertThat(t.privilegedUsers().get("ViewAllData")).isPositive();
        assertThat(OrgGenerator.generate(7, OrgGenerator.Size.small()).truth().rowCounts(false)).isEqualTo(t.rowCounts(false));
    }
}
