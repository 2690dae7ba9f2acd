package io.piiscanner.testdata.salesforce;

import io.piiscanner.testdata.check.SalesforceIds;
import io.piiscanner.testdata.identity.Addresses;
import io.piiscanner.testdata.identity.BirthDates;
import io.piiscanner.testdata.identity.CardNumbers;
import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.identity.Emails;
import io.piiscanner.testdata.identity.Ibans;
import io.piiscanner.testdata.identity.Persona;
import io.piiscanner.testdata.identity.PersonaFactory;
import io.piiscanner.testdata.identity.Phones;
import io.piiscanner.testdata.identity.UsIdentifiers;
import io.piiscanner.testdata.salesforce.EmulatedOrg.FieldDef;
import io.piiscanner.testdata.salesforce.EmulatedOrg.ObjectDef;
import io.piiscanner.testdata.salesforce.EmulatedOrg.SObjectTable;
import io.piiscanner.testdata.text.Lang;
import io.piiscanner.testdata.text.LookAlikes;
import io.piiscanner.testdata.text.Rnd;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds a seeded synthetic org: Contacts, Leads, business and Person Accounts, Users, Cases with free-text
 * descriptions, CaseComments, EmailMessages, Tasks, Orders, Events, Individuals with their ContactPointEmail,
 * ContactPointPhone, ContactPointAddress and ContactPointTypeConsent rows, Opportunities, Notes (free text with
 * PII in some rows and look-alike order, invoice, tracking and record numbers in others), a custom object whose PII sits in misleadingly
 * named fields ({@code Legacy_Ref__c} full of SSNs, {@code Notes2__c} with card numbers and IBANs, an
 * e-mail-typed field that is always empty), and the setup objects that say who may read what (Profile,
 * PermissionSet, FieldPermissions, PermissionSetAssignment, FieldDefinition). Every planted value is
 * recorded in the {@link GroundTruth}. The same seed and sizes always give the same org.
 */
public final class OrgGenerator {

    /**
     * How many rows of each object; {@link #small()} forces several queryMore pages on Contact. The activity,
     * consent and sales objects (Event, Individual, ContactPointEmail/Phone/Address, ContactPointTypeConsent,
     * Opportunity, Note) are generated after all the others, so their counts never change the rows of the others.
     */
    public record Size(int contacts, int deletedContacts, int leads, int businessAccounts, int personAccounts,
                       int users, int cases, int caseComments, int emailMessages, int tasks, int orders,
                       int legacyImports, int events, int individuals, int contactPointEmails, int contactPointPhones,
                       int contactPointAddresses, int contactPointTypeConsents, int opportunities, int notes) {

        /** The sizes of the objects the org had before Event, Individual, ContactPoint*, Opportunity and Note: none of those. */
        public Size(int contacts, int deletedContacts, int leads, int businessAccounts, int personAccounts, int users,
                    int cases, int caseComments, int emailMessages, int tasks, int orders, int legacyImports) {
            this(contacts, deletedContacts, leads, businessAccounts, personAccounts, users, cases, caseComments,
                    emailMessages, tasks, orders, legacyImports, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        /** The same sizes with the given counts for Event, Individual, ContactPointEmail/Phone/Address, ContactPointTypeConsent, Opportunity, Note. */
        public Size withMore(int events, int individuals, int contactPointEmails, int contactPointPhones,
                             int contactPointAddresses, int contactPointTypeConsents, int opportunities, int notes) {
            return new Size(contacts, deletedContacts, leads, businessAccounts, personAccounts, users, cases, caseComments,
                    emailMessages, tasks, orders, legacyImports, events, individuals, contactPointEmails,
                    contactPointPhones, contactPointAddresses, contactPointTypeConsents, opportunities, notes);
        }

        public static Size small() {
            return new Size(2_500, 40, 300, 120, 60, 24, 400, 300, 200, 300, 150, 250)
                    .withMore(300, 200, 250, 250, 150, 150, 200, 250);
        }

        /** Only Contacts in bulk (plus the setup objects): the benchmark's org. */
        public static Size contactsOnly(int n) {
            return new Size(n, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0);
        }

        public static Size tiny() {
            return new Size(120, 5, 20, 10, 10, 8, 30, 20, 20, 20, 10, 20).withMore(20, 15, 20, 20, 10, 10, 15, 20);
        }
    }

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    private static final Instant BASE = Instant.parse("2025-01-06T08:00:00Z");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Random rnd;
    private final Size size;
    private final EmulatedOrg org;
    private final GroundTruth truth = new GroundTruth();
    private final Map<String, Long> idCounters = new HashMap<>();
    private long clock;

    private OrgGenerator(long seed, Size size) {
        this.rnd = new Random(seed);
        this.size = size;
        this.org = new EmulatedOrg("00D5g000004" + base62(seed & 0xffff, 4), truth);
    }

    public static EmulatedOrg generate(long seed, Size size) {
        return new OrgGenerator(seed, size).build();
    }

    /**
     * An org holding exactly the given records and no generated data: {@code records} maps an object's API name
     * (Contact, Lead, Account, Case ... or Legacy_Import__c) to its rows, each a map of field API name to value.
     * The objects are described as in {@link #generate}; every one of them is empty but for the rows given, and the
     * org has no users (so nothing else holds personal data), only the setup objects' profiles, permission sets and
     * field permissions. Each row gets an Id (ascending, in the order given), {@code IsDeleted=false} unless it
     * says {@code IsDeleted=true} (then only queryAll returns it), and CreatedDate/SystemModstamp. A row may not
     * set its Id; an unknown object or field is refused. The org's {@link EmulatedOrg#truth()} plants nothing: the
     * caller knows what it loaded. The same seed and records always give the same org.
     */
    public static EmulatedOrg withRecords(long seed, Map<String, List<Map<String, String>>> records) {
        OrgGenerator g = new OrgGenerator(seed, new Size(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        EmulatedOrg org = g.build();
        List<ObjectDef> loadable = new ArrayList<>(List.of(accountDef(), contactDef(), leadDef(), caseDef(), caseCommentDef(),
                emailMessageDef(), taskDef(), orderDef(), legacyImportDef()));
        loadable.addAll(laterDefs());
        for (String object : records.keySet()) {
            if (loadable.stream().noneMatch(d -> d.name().equalsIgnoreCase(object))) {
                throw new IllegalArgumentException("cannot load records into " + object + "; objects: "
                        + loadable.stream().map(ObjectDef::name).toList());
            }
        }
        // objects in a fixed order, whatever the map's: the same records always get the same Ids and stamps
        for (ObjectDef d : loadable) {
            SObjectTable table = org.table(d.name());
            for (Map.Entry<String, List<Map<String, String>>> e : records.entrySet()) {
                if (!e.getKey().equalsIgnoreCase(d.name())) {
                    continue;
                }
                for (Map<String, String> given : e.getValue()) {
                    if (given.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("Id"))) {
                        throw new IllegalArgumentException("a loaded " + d.name() + " row may not set its Id");
                    }
                    Map<String, String> row = g.base(d.keyPrefix(), null);
                    // a given IsDeleted/CreatedDate/SystemModstamp replaces the default, whatever its case
                    given.keySet().forEach(k -> row.keySet().removeIf(f -> f.equalsIgnoreCase(k)));
                    row.putAll(given);
                    if (row.entrySet().stream().anyMatch(f -> f.getKey().equalsIgnoreCase("IsDeleted") && "true".equals(f.getValue()))) {
                        g.truth.markDeleted(row.get("Id"));
                    }
                    table.add(row);
                }
            }
        }
        return org;
    }

    // ---- ids and time

    String newId(String prefix) {
        long n = idCounters.merge(prefix, 1L, Long::sum) + 4096;
        return SalesforceIds.to18(prefix + "5g0" + base62(n, 9));
    }

    static String base62(long n, int width) {
        char[] c = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            c[i] = BASE62.charAt((int) (n % 62));
            n /= 62;
        }
        return new String(c);
    }

    private String stamp() {
        clock += 1 + rnd.nextInt(90);
        return STAMP.format(BASE.plus(clock, ChronoUnit.SECONDS));
    }

    // ---- describe

    private static List<FieldDef> system(String... more) {
        List<FieldDef> f = new ArrayList<>();
        f.add(FieldDef.of("Id", "Record ID", "id"));
        f.add(FieldDef.of("IsDeleted", "Deleted", "boolean"));
        f.add(FieldDef.of("OwnerId", "Owner ID", "reference").reference("User", "Owner"));
        f.add(FieldDef.of("CreatedDate", "Created Date", "datetime"));
        f.add(FieldDef.of("SystemModstamp", "System Modstamp", "datetime"));
        return f;
    }

    private static void address(List<FieldDef> f, String compound, String prefix, String label) {
        f.add(FieldDef.of(prefix + "Street", label + " Street", "textarea").length(255).compound(compound));
        f.add(FieldDef.of(prefix + "City", label + " City", "string").length(40).compound(compound));
        f.add(FieldDef.of(prefix + "State", label + " State/Province", "string").length(80).compound(compound));
        f.add(FieldDef.of(prefix + "PostalCode", label + " Zip/Postal Code", "string").length(20).compound(compound));
        f.add(FieldDef.of(prefix + "Country", label + " Country", "string").length(80).compound(compound));
        f.add(FieldDef.of(compound, label + " Address", "address"));
    }

    static ObjectDef contactDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("AccountId", "Account ID", "reference").reference("Account", "Account"));
        f.add(FieldDef.of("Salutation", "Salutation", "picklist").values("Mr.", "Ms.", "Mrs.", "Dr."));
        f.add(FieldDef.of("FirstName", "First Name", "string").length(40));
        f.add(FieldDef.of("LastName", "Last Name", "string").length(80));
        address(f, "MailingAddress", "Mailing", "Mailing");
        f.add(FieldDef.of("Phone", "Business Phone", "phone").classified("Confidential", "PII"));
        f.add(FieldDef.of("MobilePhone", "Mobile Phone", "phone").classified("Confidential", "PII;GDPR"));
        f.add(FieldDef.of("HomePhone", "Home Phone", "phone"));
        f.add(FieldDef.of("Email", "Email", "email").classified("Confidential", "PII;GDPR;CCPA"));
        f.add(FieldDef.of("Title", "Title", "string").length(128));
        f.add(FieldDef.of("Department", "Department", "string").length(80));
        f.add(FieldDef.of("Birthdate", "Birthdate", "date").classified("Restricted", "PII"));
        f.add(FieldDef.of("Description", "Contact Description", "textarea"));
        f.add(FieldDef.of("HasOptedOutOfEmail", "Email Opt Out", "boolean"));
        f.add(FieldDef.of("National_Id__c", "National ID", "string").length(20).shieldEncrypted()
                .classified("Restricted", "PII;GDPR"));
        f.add(FieldDef.of("Secondary_Email__c", "Secondary Email", "email"));
        f.add(FieldDef.of("Photo__c", "Photo", "base64"));
        f.add(FieldDef.of("Loyalty_Score__c", "Loyalty Score", "percent"));
        return new ObjectDef("Contact", "Contact", "Contacts", "003", false, f);
    }

    static ObjectDef leadDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("FirstName", "First Name", "string").length(40));
        f.add(FieldDef.of("LastName", "Last Name", "string").length(80));
        f.add(FieldDef.of("Company", "Company", "string"));
        address(f, "Address", "", "");
        f.add(FieldDef.of("Email", "Email", "email"));
        f.add(FieldDef.of("Phone", "Phone", "phone"));
        f.add(FieldDef.of("Status", "Status", "picklist").values("Open", "Working", "Qualified"));
        f.add(FieldDef.of("Description", "Description", "textarea"));
        f.add(FieldDef.of("AnnualRevenue", "Annual Revenue", "currency"));
        return new ObjectDef("Lead", "Lead", "Leads", "00Q", false, f);
    }

    static ObjectDef accountDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Name", "Account Name", "string"));
        f.add(FieldDef.of("Phone", "Account Phone", "phone"));
        f.add(FieldDef.of("Website", "Website", "url"));
        address(f, "BillingAddress", "Billing", "Billing");
        f.add(FieldDef.of("Description", "Account Description", "textarea"));
        f.add(FieldDef.of("IsPersonAccount", "Is Person Account", "boolean"));
        f.add(FieldDef.of("FirstName", "First Name", "string").length(40));
        f.add(FieldDef.of("LastName", "Last Name", "string").length(80));
        f.add(FieldDef.of("PersonEmail", "Email", "email"));
        f.add(FieldDef.of("PersonMobilePhone", "Mobile", "phone"));
        f.add(FieldDef.of("PersonBirthdate", "Birthdate", "date"));
        f.add(FieldDef.of("NumberOfEmployees", "Employees", "int"));
        return new ObjectDef("Account", "Account", "Accounts", "001", false, f);
    }

    static ObjectDef userDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Username", "Username", "string").length(80));
        f.add(FieldDef.of("FirstName", "First Name", "string").length(40));
        f.add(FieldDef.of("LastName", "Last Name", "string").length(80));
        f.add(FieldDef.of("Email", "Email", "email"));
        f.add(FieldDef.of("MobilePhone", "Mobile", "phone"));
        f.add(FieldDef.of("Alias", "Alias", "string").length(8));
        f.add(FieldDef.of("IsActive", "Active", "boolean"));
        f.add(FieldDef.of("ProfileId", "Profile ID", "reference").reference("Profile", "Profile"));
        return new ObjectDef("User", "User", "Users", "005", false, f);
    }

    static ObjectDef caseDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("CaseNumber", "Case Number", "string").length(30));
        f.add(FieldDef.of("ContactId", "Contact ID", "reference").reference("Contact", "Contact"));
        f.add(FieldDef.of("SuppliedName", "Web Name", "string").length(80));
        f.add(FieldDef.of("SuppliedEmail", "Web Email", "email"));
        f.add(FieldDef.of("SuppliedPhone", "Web Phone", "string").length(40));
        f.add(FieldDef.of("Status", "Status", "picklist").values("New", "Working", "Closed"));
        f.add(FieldDef.of("Subject", "Subject", "string"));
        f.add(FieldDef.of("Description", "Description", "textarea"));
        f.add(FieldDef.of("IsEscalated", "Escalated", "boolean"));
        return new ObjectDef("Case", "Case", "Cases", "500", false, f);
    }

    static ObjectDef caseCommentDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("ParentId", "Parent ID", "reference").reference("Case", "Parent"));
        f.add(FieldDef.of("CommentBody", "Body", "textarea").length(4000));
        f.add(FieldDef.of("IsPublished", "Published", "boolean"));
        return new ObjectDef("CaseComment", "Case Comment", "Case Comments", "00a", false, f);
    }

    static ObjectDef emailMessageDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("ParentId", "Case ID", "reference").reference("Case", "Parent"));
        f.add(FieldDef.of("FromName", "From Name", "string").length(1000));
        f.add(FieldDef.of("FromAddress", "From Address", "email"));
        f.add(FieldDef.of("ToAddress", "To Address", "string").length(4000));
        f.add(FieldDef.of("Subject", "Subject", "string").length(3000));
        f.add(FieldDef.of("TextBody", "Text Body", "textarea"));
        f.add(FieldDef.of("HtmlBody", "HTML Body", "textarea").html());
        f.add(FieldDef.of("Incoming", "Is Incoming", "boolean"));
        return new ObjectDef("EmailMessage", "Email Message", "Email Messages", "02s", false, f);
    }

    static ObjectDef taskDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("WhoId", "Name ID", "reference").reference("Contact", "Who"));
        f.add(FieldDef.of("Subject", "Subject", "string"));
        f.add(FieldDef.of("Description", "Comments", "textarea"));
        f.add(FieldDef.of("ActivityDate", "Due Date Only", "date"));
        f.add(FieldDef.of("Status", "Status", "picklist").values("Not Started", "Completed"));
        return new ObjectDef("Task", "Task", "Tasks", "00T", false, f);
    }

    static ObjectDef orderDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("OrderNumber", "Order Number", "string").length(30));
        f.add(FieldDef.of("AccountId", "Account ID", "reference").reference("Account", "Account"));
        f.add(FieldDef.of("EffectiveDate", "Order Start Date", "date"));
        f.add(FieldDef.of("Status", "Status", "picklist").values("Draft", "Activated"));
        f.add(FieldDef.of("TotalAmount", "Order Amount", "currency"));
        f.add(FieldDef.of("Description", "Description", "textarea"));
        return new ObjectDef("Order", "Order", "Orders", "801", false, f);
    }

    static ObjectDef legacyImportDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Name", "Legacy Import Name", "string").length(80));
        f.add(FieldDef.of("Legacy_Ref__c", "Legacy Reference", "string").length(20));
        f.add(FieldDef.of("Notes2__c", "Notes 2", "textarea"));
        f.add(FieldDef.of("Customer_Email__c", "Customer Email", "email"));
        f.add(FieldDef.of("Batch_Code__c", "Batch Code", "string").length(20));
        f.add(FieldDef.of("Imported__c", "Imported", "boolean"));
        return new ObjectDef("Legacy_Import__c", "Legacy Import", "Legacy Imports", "a0B", true, f);
    }

    static ObjectDef eventDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("WhoId", "Name ID", "reference").reference("Contact", "Who"));
        f.add(FieldDef.of("WhatId", "Related To ID", "reference").reference("Account", "What"));
        f.add(FieldDef.of("Subject", "Subject", "combobox").values("Call", "Email", "Meeting", "Send Letter/Quote", "Other"));
        f.add(FieldDef.of("Location", "Location", "string"));
        f.add(FieldDef.of("StartDateTime", "Start", "datetime"));
        f.add(FieldDef.of("EndDateTime", "End", "datetime"));
        f.add(FieldDef.of("ActivityDate", "Due Date Only", "date"));
        f.add(FieldDef.of("DurationInMinutes", "Duration", "int"));
        f.add(FieldDef.of("IsAllDayEvent", "All-Day Event", "boolean"));
        f.add(FieldDef.of("ShowAs", "Show Time As", "picklist").values("Busy", "OutOfOffice", "Free"));
        f.add(FieldDef.of("IsPrivate", "Private", "boolean"));
        f.add(FieldDef.of("Description", "Description", "textarea"));
        return new ObjectDef("Event", "Event", "Events", "00U", false, f);
    }

    static ObjectDef individualDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Salutation", "Salutation", "picklist").values("Mr.", "Ms.", "Mrs.", "Dr."));
        f.add(FieldDef.of("FirstName", "First Name", "string").length(40));
        f.add(FieldDef.of("LastName", "Last Name", "string").length(80));
        f.add(FieldDef.of("Name", "Name", "string").length(121).typeInfo("personname"));
        f.add(FieldDef.of("BirthDate", "Birth Date", "date").classified("Restricted", "PII;GDPR"));
        f.add(FieldDef.of("IndividualsAge", "Individual's Age", "picklist").values("13 or Older", "16 or Older", "Under 13"));
        f.add(FieldDef.of("HasOptedOutTracking", "Don't Track", "boolean"));
        f.add(FieldDef.of("HasOptedOutProfiling", "Don't Profile", "boolean"));
        f.add(FieldDef.of("HasOptedOutProcessing", "Don't Process", "boolean"));
        f.add(FieldDef.of("HasOptedOutSolicit", "Don't Solicit", "boolean"));
        f.add(FieldDef.of("ShouldForget", "Forget this Individual", "boolean"));
        f.add(FieldDef.of("SendIndividualData", "Export Individual's Data", "boolean"));
        f.add(FieldDef.of("CanStorePiiElsewhere", "OK to Store PII Data Elsewhere", "boolean"));
        return new ObjectDef("Individual", "Individual", "Individuals", "0PK", false, f);
    }

    // The ContactPoint objects' key prefixes below are this emulator's; the scanner takes prefixes from describeGlobal.

    static ObjectDef contactPointEmailDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Name", "Contact Point Email Name", "string"));
        f.add(FieldDef.of("ParentId", "Parent ID", "reference").reference("Individual", "Parent"));
        f.add(FieldDef.of("EmailAddress", "Email Address", "email").classified("Confidential", "PII;GDPR"));
        f.add(FieldDef.of("EmailMailBox", "Email Mail Box", "string"));
        f.add(FieldDef.of("EmailDomain", "Email Domain", "string"));
        f.add(FieldDef.of("IsPrimary", "Primary", "boolean"));
        f.add(FieldDef.of("UsageType", "Usage Type", "picklist").values("Home", "Work", "Temp"));
        f.add(FieldDef.of("ActiveFromDate", "Active from Date", "date"));
        f.add(FieldDef.of("BestTimeToContactStartTime", "Best Time to Contact Start Time", "time"));
        f.add(FieldDef.of("EmailLatestBounceDateTime", "Email Latest Bounce Date", "datetime"));
        f.add(FieldDef.of("EmailLatestBounceReasonText", "Email Latest Bounce Reason", "string"));
        return new ObjectDef("ContactPointEmail", "Contact Point Email", "Contact Point Emails", "9PE", false, f);
    }

    static ObjectDef contactPointPhoneDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Name", "Contact Point Phone Name", "string"));
        f.add(FieldDef.of("ParentId", "Parent ID", "reference").reference("Individual", "Parent"));
        f.add(FieldDef.of("TelephoneNumber", "Phone", "phone").classified("Confidential", "PII;GDPR"));
        f.add(FieldDef.of("AreaCode", "Area Code", "string").length(10));
        f.add(FieldDef.of("ExtensionNumber", "Extension", "string").length(10));
        f.add(FieldDef.of("PhoneType", "Phone Type", "picklist").values("Home", "Mobile", "Work", "Fax"));
        f.add(FieldDef.of("IsPrimary", "Primary", "boolean"));
        f.add(FieldDef.of("IsSmsCapable", "SMS Capable", "boolean"));
        f.add(FieldDef.of("IsPersonalPhone", "Personal Phone", "boolean"));
        f.add(FieldDef.of("ActiveFromDate", "Active from Date", "date"));
        return new ObjectDef("ContactPointPhone", "Contact Point Phone", "Contact Point Phones", "0OW", false, f);
    }

    static ObjectDef contactPointAddressDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Name", "Contact Point Address Name", "string"));
        f.add(FieldDef.of("ParentId", "Parent ID", "reference").reference("Individual", "Parent"));
        f.add(FieldDef.of("AddressType", "Address Type", "picklist").values("Billing", "Shipping", "Mailing"));
        address(f, "Address", "", "");
        f.add(FieldDef.of("IsPrimary", "Primary", "boolean"));
        f.add(FieldDef.of("IsDefault", "Default", "boolean"));
        f.add(FieldDef.of("PreferenceRank", "Preference Rank", "int"));
        f.add(FieldDef.of("ActiveFromDate", "Active from Date", "date"));
        return new ObjectDef("ContactPointAddress", "Contact Point Address", "Contact Point Addresses", "8lW", false, f);
    }

    static ObjectDef contactPointTypeConsentDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("Name", "Name", "string"));
        f.add(FieldDef.of("PartyId", "Party ID", "reference").reference("Individual", "Party"));
        f.add(FieldDef.of("ContactPointType", "Contact Point Type", "picklist").values("Email", "Phone", "MailingAddress", "Web"));
        f.add(FieldDef.of("PrivacyConsentStatus", "Privacy Consent Status", "picklist").values("OptIn", "OptOut", "Seen", "NotSeen"));
        f.add(FieldDef.of("EffectiveFrom", "Effective From", "datetime"));
        f.add(FieldDef.of("CaptureDate", "Capture Date", "datetime"));
        f.add(FieldDef.of("CaptureContactPointType", "Capture Contact Point Type", "picklist").values("Email", "Phone", "Web"));
        f.add(FieldDef.of("CaptureSource", "Capture Source", "string"));
        return new ObjectDef("ContactPointTypeConsent", "Contact Point Type Consent", "Contact Point Type Consents", "0ZY",
                false, f);
    }

    static ObjectDef opportunityDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("AccountId", "Account ID", "reference").reference("Account", "Account"));
        f.add(FieldDef.of("Name", "Name", "string").length(120));
        f.add(FieldDef.of("StageName", "Stage", "picklist").values("Prospecting", "Qualification", "Proposal/Price Quote",
                "Negotiation/Review", "Closed Won", "Closed Lost"));
        f.add(FieldDef.of("Amount", "Amount", "currency"));
        f.add(FieldDef.of("Probability", "Probability (%)", "percent"));
        f.add(FieldDef.of("CloseDate", "Close Date", "date"));
        f.add(FieldDef.of("Type", "Opportunity Type", "picklist").values("New Customer", "Existing Customer - Upgrade",
                "Existing Customer - Renewal"));
        f.add(FieldDef.of("LeadSource", "Lead Source", "picklist").values("Web", "Phone Inquiry", "Partner Referral", "Trade Show"));
        f.add(FieldDef.of("NextStep", "Next Step", "string"));
        f.add(FieldDef.of("Description", "Description", "textarea"));
        f.add(FieldDef.of("IsClosed", "Closed", "boolean"));
        f.add(FieldDef.of("IsWon", "Won", "boolean"));
        return new ObjectDef("Opportunity", "Opportunity", "Opportunities", "006", false, f);
    }

    static ObjectDef noteDef() {
        List<FieldDef> f = system();
        f.add(FieldDef.of("ParentId", "Parent ID", "reference").reference("Contact", "Parent"));
        f.add(FieldDef.of("Title", "Title", "string").length(80));
        f.add(FieldDef.of("Body", "Body", "textarea"));
        f.add(FieldDef.of("IsPrivate", "Private", "boolean"));
        return new ObjectDef("Note", "Note", "Notes", "002", false, f);
    }

    /** The objects generated after the others (see {@link Size}), in the order they are generated. */
    static List<ObjectDef> laterDefs() {
        return List.of(eventDef(), individualDef(), contactPointEmailDef(), contactPointPhoneDef(),
                contactPointAddressDef(), contactPointTypeConsentDef(), opportunityDef(), noteDef());
    }

    static List<ObjectDef> setupDefs() {
        List<ObjectDef> out = new ArrayList<>();
        out.add(new ObjectDef("Profile", "Profile", "Profiles", "00e", false, List.of(
                FieldDef.of("Id", "Profile ID", "id"), FieldDef.of("Name", "Name", "string"))));
        List<FieldDef> ps = new ArrayList<>(List.of(FieldDef.of("Id", "Permission Set ID", "id"),
                FieldDef.of("Name", "Name", "string"), FieldDef.of("Label", "Label", "string"),
                FieldDef.of("IsOwnedByProfile", "Is Owned By Profile", "boolean"),
                FieldDef.of("ProfileId", "Profile ID", "reference").reference("Profile", "Profile")));
        for (String p : GroundTruth.privilegeNames()) {
            ps.add(FieldDef.of("Permissions" + p, p, "boolean"));
        }
        out.add(new ObjectDef("PermissionSet", "Permission Set", "Permission Sets", "0PS", false, ps));
        out.add(new ObjectDef("FieldPermissions", "Field Permissions", "Field Permissions", "01k", false, List.of(
                FieldDef.of("Id", "Field Permissions ID", "id"),
                FieldDef.of("ParentId", "Parent ID", "reference").reference("PermissionSet", "Parent"),
                FieldDef.of("SobjectType", "Sobject Type Name", "picklist"), FieldDef.of("Field", "Field Name", "picklist"),
                FieldDef.of("PermissionsRead", "Read Access", "boolean"),
                FieldDef.of("PermissionsEdit", "Edit Access", "boolean"))));
        out.add(new ObjectDef("PermissionSetAssignment", "Permission Set Assignment", "Permission Set Assignments",
                "0Pa", false, List.of(FieldDef.of("Id", "Permission Set Assignment ID", "id"),
                FieldDef.of("AssigneeId", "Assignee ID", "reference").reference("User", "Assignee"),
                FieldDef.of("PermissionSetId", "Permission Set ID", "reference").reference("PermissionSet", "PermissionSet"))));
        out.add(new ObjectDef("FieldDefinition", "Field Definition", "Field Definitions", "000", false, List.of(
                FieldDef.of("Id", "Field Definition ID", "id"), FieldDef.of("DurableId", "Durable ID", "string"),
                FieldDef.of("QualifiedApiName", "Qualified API Name", "string"),
                FieldDef.of("EntityDefinition.QualifiedApiName", "Entity", "string"),
                FieldDef.of("SecurityClassification", "Data Sensitivity Level", "picklist"),
                FieldDef.of("ComplianceGroup", "Compliance Categorization", "multipicklist"))));
        return out;
    }

    // ---- values

    private Persona persona() {
        return PersonaFactory.create(rnd, PersonaFactory.randomCountry(rnd));
    }

    private String email(Persona p) {
        return Emails.of(rnd, p).text();
    }

    /** A phone number written with its country code, so it is one number whatever country the record is in. */
    private String phone(Country c) {
        String s;
        do {
            s = Phones.of(rnd, c).text();
        } while (!s.startsWith("+") || s.startsWith("+1-") || s.contains("(0)"));
        return s;
    }

    private String ssn() {
        String d = UsIdentifiers.ssn(rnd).text().replaceAll("[^0-9]", "");
        return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
    }

    /**
     * A 16-digit card number in groups of four. Planted values use the forms scanner-core reads reliably (its
     * recall on other forms is measured in docs/accuracy.md), so a scan can be compared with this truth exactly.
     */
    private String card() {
        String pan;
        do {
            pan = CardNumbers.of(rnd).as("plain");
        } while (pan.length() != 16);
        return CardNumbers.format(pan, 1);
    }

    /** An IBAN written compact or in groups of four with spaces (not dashes). */
    private String iban() {
        String s;
        do {
            s = Ibans.of(rnd, Rnd.pick(rnd, "DE", "FR", "ES", "NL", "GB")).text();
        } while (s.contains("-"));
        return s;
    }

    // ---- build

    private EmulatedOrg build() {
        List<String> userIds = users();
        Map<String, SObjectTable> t = new LinkedHashMap<>();
        List<ObjectDef> defs = new ArrayList<>(List.of(accountDef(), contactDef(), leadDef(), caseDef(), caseCommentDef(),
                emailMessageDef(), taskDef(), orderDef(), legacyImportDef()));
        defs.addAll(laterDefs());
        for (ObjectDef d : defs) {
            SObjectTable table = new SObjectTable(d);
            t.put(d.name(), table);
            org.add(table);
        }
        List<String> accountIds = accounts(t.get("Account"), userIds);
        List<String> contactIds = contacts(t.get("Contact"), accountIds, userIds);
        leads(t.get("Lead"), userIds);
        List<String> caseIds = cases(t.get("Case"), contactIds, userIds);
        caseComments(t.get("CaseComment"), caseIds, userIds);
        emailMessages(t.get("EmailMessage"), caseIds, userIds);
        tasks(t.get("Task"), contactIds, userIds);
        orders(t.get("Order"), accountIds, userIds);
        legacyImports(t.get("Legacy_Import__c"), userIds);
        // generated last: their sizes never change the rows above
        events(t.get("Event"), contactIds, accountIds, userIds);
        List<Persona> people = new ArrayList<>();
        List<String> individualIds = individuals(t.get("Individual"), userIds, people);
        contactPointEmails(t.get("ContactPointEmail"), individualIds, people, userIds);
        contactPointPhones(t.get("ContactPointPhone"), individualIds, people, userIds);
        contactPointAddresses(t.get("ContactPointAddress"), individualIds, people, userIds);
        contactPointTypeConsents(t.get("ContactPointTypeConsent"), individualIds, people, userIds);
        opportunities(t.get("Opportunity"), accountIds, userIds);
        notes(t.get("Note"), contactIds, userIds);
        fieldDefinitions();
        return org;
    }

    private Map<String, String> base(String prefix, List<String> owners) {
        Map<String, String> m = new HashMap<>();
        m.put("Id", newId(prefix));
        m.put("IsDeleted", "false");
        if (owners != null && !owners.isEmpty()) {
            m.put("OwnerId", owners.get(rnd.nextInt(owners.size())));
        }
        String s = stamp();
        m.put("CreatedDate", s);
        m.put("SystemModstamp", s);
        return m;
    }

    private void put(Map<String, String> row, String object, String field, String entity, String value) {
        row.put(field, value);
        if (entity != null) {
            truth.plant(object, field, entity, row.get("Id"), value);
        }
    }

    /** Records a value planted inside a longer text (a description) under the text's field. */
    private String plantIn(Map<String, String> row, String object, String field, String entity, String value) {
        truth.plant(object, field, entity, row.get("Id"), value);
        return value;
    }

    private List<String> accounts(SObjectTable table, List<String> owners) {
        List<String> ids = new ArrayList<>();
        int n = size.businessAccounts() + size.personAccounts();
        int persons = 0;
        for (int i = 0; i < n; i++) {
            Map<String, String> r = base("001", owners);
            // person accounts interleaved with business accounts, exactly size.personAccounts() of them
            boolean person = persons < size.personAccounts() && (i % 2 == 0 || n - i <= size.personAccounts() - persons);
            if (person) {
                persons++;
            }
            Persona p = persona();
            r.put("IsPersonAccount", Boolean.toString(person));
            r.put("BillingCity", Rnd.pick(rnd, "Springfield", "Lyon", "Hamburg", "Leeds", "Valencia"));
            r.put("BillingCountry", p.country().englishName());
            if (person) {
                r.put("Name", p.given() + " " + p.surname());
                r.put("FirstName", p.given());
                r.put("LastName", p.surname());
                put(r, "Account", "PersonEmail", "EMAIL", email(p));
                put(r, "Account", "PersonMobilePhone", "PHONE", phone(p.country()));
                r.put("PersonBirthdate", p.birthDate().toString());
            } else {
                r.put("Name", Rnd.pick(rnd, "Brightwell", "Nordtal", "Kestrel", "Oakridge", "Bluepeak") + " "
                        + Rnd.pick(rnd, "Logistics", "Energy", "Analytics", "Capital", "Freight") + " " + (i + 1));
                r.put("Website", "https://www.example-" + (i + 1) + ".com");
                r.put("NumberOfEmployees", Integer.toString(10 + rnd.nextInt(5000)));
                if (rnd.nextInt(3) > 0) {
                    put(r, "Account", "Phone", "PHONE", phone(p.country()));
                }
                r.put("Description", "Key account since " + (2010 + rnd.nextInt(14)) + "; renewal in Q" + (1 + rnd.nextInt(4)) + ".");
            }
            table.add(r);
            ids.add(r.get("Id"));
        }
        return ids;
    }

    private List<String> contacts(SObjectTable table, List<String> accounts, List<String> owners) {
        List<String> ids = new ArrayList<>();
        int deleteEvery = size.deletedContacts() == 0 ? Integer.MAX_VALUE : Math.max(2, size.contacts() / size.deletedContacts());
        int deleted = 0;
        for (int i = 0; i < size.contacts(); i++) {
            Map<String, String> r = base("003", owners);
            Persona p = persona();
            if (!accounts.isEmpty()) {
                r.put("AccountId", accounts.get(rnd.nextInt(accounts.size())));
            }
            r.put("Salutation", p.female() ? "Ms." : "Mr.");
            r.put("FirstName", p.given());
            r.put("LastName", p.surname());
            r.put("MailingStreet", (1 + rnd.nextInt(300)) + " " + Rnd.pick(rnd, "Market Street", "Hauptstrasse", "Rue de la Paix", "Calle Mayor", "High Street"));
            r.put("MailingCity", Rnd.pick(rnd, "Springfield", "Hamburg", "Lyon", "Valencia", "Leeds", "Utrecht"));
            r.put("MailingPostalCode", Integer.toString(10000 + rnd.nextInt(89999)));
            r.put("MailingCountry", p.country().englishName());
            put(r, "Contact", "Email", "EMAIL", email(p));
            put(r, "Contact", "Phone", "PHONE", phone(p.country()));
            if (rnd.nextInt(10) < 4) {
                put(r, "Contact", "MobilePhone", "PHONE", phone(p.country()));
            }
            r.put("Title", Rnd.pick(rnd, "Buyer", "Office Manager", "Head of Procurement", "Engineer", "Consultant"));
            r.put("Department", Rnd.pick(rnd, "Sales", "Finance", "Operations", "IT"));
            r.put("Birthdate", p.birthDate().toString());
            r.put("HasOptedOutOfEmail", Boolean.toString(rnd.nextInt(5) == 0));
            r.put("Loyalty_Score__c", Integer.toString(rnd.nextInt(100)));
            if (rnd.nextInt(10) < 3) {
                put(r, "Contact", "National_Id__c", "US_SSN", ssn());
            }
            if (rnd.nextInt(10) < 2) {
                Persona other = persona();
                r.put("Description", "Met at the trade fair in " + r.get("MailingCity") + "; assistant's address is "
                        + plantIn(r, "Contact", "Description", "EMAIL", email(other)) + ".");
            } else if (rnd.nextInt(10) < 2) {
                r.put("Description", "Prefers calls in the morning.");
            }
            if (rnd.nextInt(20) == 0) {
                r.put("Photo__c", java.util.Base64.getEncoder().encodeToString(("JFIF-thumbnail-" + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            }
            if (i % deleteEvery == deleteEvery - 1 && deleted < size.deletedContacts()) {
                r.put("IsDeleted", "true");
                truth.markDeleted(r.get("Id"));
                deleted++;
            }
            table.add(r);
            ids.add(r.get("Id"));
        }
        return ids;
    }

    private void leads(SObjectTable table, List<String> owners) {
        for (int i = 0; i < size.leads(); i++) {
            Map<String, String> r = base("00Q", owners);
            Persona p = persona();
            r.put("FirstName", p.given());
            r.put("LastName", p.surname());
            r.put("Company", Rnd.pick(rnd, "Acme", "Globex", "Initech", "Umbrella", "Hooli") + " " + (i % 50));
            r.put("City", Rnd.pick(rnd, "Austin", "Denver", "Boston"));
            r.put("Country", p.country().englishName());
            r.put("Status", Rnd.pick(rnd, "Open", "Working", "Qualified"));
            put(r, "Lead", "Email", "EMAIL", email(p));
            if (rnd.nextBoolean()) {
                put(r, "Lead", "Phone", "PHONE", phone(p.country()));
            }
            if (rnd.nextInt(10) < 3) {
                r.put("Description", "Asked for a quote. For the credit check the SSN is "
                        + plantIn(r, "Lead", "Description", "US_SSN", ssn()) + ".");
            } else {
                r.put("Description", "Downloaded the whitepaper " + Rnd.pick(rnd, "A-17", "B-4", "C-9") + ".");
            }
            r.put("AnnualRevenue", Integer.toString(100000 + rnd.nextInt(900000)));
            table.add(r);
        }
    }

    private List<String> cases(SObjectTable table, List<String> contacts, List<String> owners) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size.cases(); i++) {
            Map<String, String> r = base("500", owners);
            Persona p = persona();
            r.put("CaseNumber", String.format(Locale.ROOT, "%08d", 1000 + i));
            r.put("Status", Rnd.pick(rnd, "New", "Working", "Closed"));
            r.put("IsEscalated", Boolean.toString(rnd.nextInt(10) == 0));
            if (!contacts.isEmpty() && rnd.nextBoolean()) {
                r.put("ContactId", contacts.get(rnd.nextInt(contacts.size())));
                r.put("Subject", "Delivery delayed");
                r.put("Description", "Parcel for order " + String.format(Locale.ROOT, "%08d", 20000 + i)
                        + " has not arrived; customer was told to wait until Friday.");
            } else {
                r.put("SuppliedName", p.given() + " " + p.surname());
                put(r, "Case", "SuppliedEmail", "EMAIL", email(p));
                if (rnd.nextBoolean()) {
                    put(r, "Case", "SuppliedPhone", "PHONE", phone(p.country()));
                }
                r.put("Subject", Rnd.pick(rnd, "Refund request", "Cannot log in", "Wrong item"));
                StringBuilder d = new StringBuilder("Web-to-case form.");
                switch (rnd.nextInt(4)) {
                    case 0 -> d.append(" Please reply to ").append(plantIn(r, "Case", "Description", "EMAIL", email(p)))
                            .append(" or call ").append(plantIn(r, "Case", "Description", "PHONE", phone(p.country()))).append('.');
                    case 1 -> d.append(" The card ").append(plantIn(r, "Case", "Description", "CREDIT_CARD", card()))
                            .append(" was charged twice for the same order.");
                    case 2 -> d.append(" Customer cannot reset the password and asked for a call back at ")
                            .append(plantIn(r, "Case", "Description", "PHONE", phone(p.country()))).append('.');
                    default -> d.append(" Item arrived broken, photos attached.");
                }
                r.put("Description", d.toString());
            }
            table.add(r);
            ids.add(r.get("Id"));
        }
        return ids;
    }

    private void caseComments(SObjectTable table, List<String> cases, List<String> owners) {
        for (int i = 0; i < size.caseComments(); i++) {
            Map<String, String> r = base("00a", null);
            if (!cases.isEmpty()) {
                r.put("ParentId", cases.get(rnd.nextInt(cases.size())));
            }
            r.put("IsPublished", Boolean.toString(rnd.nextBoolean()));
            if (rnd.nextInt(3) == 0) {
                Persona p = persona();
                r.put("CommentBody", "Customer called back from " + plantIn(r, "CaseComment", "CommentBody", "PHONE",
                        phone(p.country())) + " and confirmed the address.");
            } else {
                r.put("CommentBody", "Escalated to tier 2, waiting for the warehouse.");
            }
            table.add(r);
        }
    }

    private void emailMessages(SObjectTable table, List<String> cases, List<String> owners) {
        for (int i = 0; i < size.emailMessages(); i++) {
            Map<String, String> r = base("02s", null);
            Persona from = persona();
            if (!cases.isEmpty()) {
                r.put("ParentId", cases.get(rnd.nextInt(cases.size())));
            }
            r.put("Incoming", "true");
            r.put("FromName", from.given() + " " + from.surname());
            put(r, "EmailMessage", "FromAddress", "EMAIL", email(from));
            put(r, "EmailMessage", "ToAddress", "EMAIL", "support@brightwell-logistics.com");
            r.put("Subject", "Re: your case " + String.format(Locale.ROOT, "%08d", 1000 + rnd.nextInt(1000)));
            String phone = phone(from.country());
            r.put("TextBody", "Hello,\nplease call me back on " + plantIn(r, "EmailMessage", "TextBody", "PHONE", phone)
                    + ".\nRegards");
            r.put("HtmlBody", "<p>Hello,</p><p>please write to <a href=\"mailto:x\">"
                    + plantIn(r, "EmailMessage", "HtmlBody", "EMAIL", email(from)) + "</a>.</p>");
            table.add(r);
        }
    }

    private void tasks(SObjectTable table, List<String> contacts, List<String> owners) {
        for (int i = 0; i < size.tasks(); i++) {
            Map<String, String> r = base("00T", owners);
            if (!contacts.isEmpty()) {
                r.put("WhoId", contacts.get(rnd.nextInt(contacts.size())));
            }
            r.put("Subject", "Call");
            r.put("Status", Rnd.pick(rnd, "Not Started", "Completed"));
            r.put("ActivityDate", "2025-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10));
            if (rnd.nextInt(4) == 0) {
                r.put("Description", "Left a voicemail, her phone is "
                        + plantIn(r, "Task", "Description", "PHONE", phone(persona().country())) + ".");
            } else {
                r.put("Description", "Follow up on the renewal next week.");
            }
            table.add(r);
        }
    }

    private void orders(SObjectTable table, List<String> accounts, List<String> owners) {
        for (int i = 0; i < size.orders(); i++) {
            Map<String, String> r = base("801", owners);
            r.put("OrderNumber", String.format(Locale.ROOT, "%08d", 100 + i));
            if (!accounts.isEmpty()) {
                r.put("AccountId", accounts.get(rnd.nextInt(accounts.size())));
            }
            r.put("EffectiveDate", "2025-03-" + (10 + rnd.nextInt(18)));
            r.put("Status", Rnd.pick(rnd, "Draft", "Activated"));
            r.put("TotalAmount", (10 + rnd.nextInt(900)) + ".50");
            if (rnd.nextInt(3) == 0) {
                r.put("Description", "Paid by credit card " + plantIn(r, "Order", "Description", "CREDIT_CARD", card())
                        + ", ship to the billing address.");
            } else {
                r.put("Description", "Standard shipping, 3 parcels.");
            }
            table.add(r);
        }
    }

    private void legacyImports(SObjectTable table, List<String> owners) {
        for (int i = 0; i < size.legacyImports(); i++) {
            Map<String, String> r = base("a0B", owners);
            r.put("Name", "LI-" + String.format(Locale.ROOT, "%05d", i + 1));
            r.put("Imported__c", "true");
            r.put("Batch_Code__c", "B" + (1 + rnd.nextInt(9)) + "-" + (100 + rnd.nextInt(900)));
            // the old system's "id type + id" reference: the field's name and label say nothing of an SSN
            String ssn = ssn();
            r.put("Legacy_Ref__c", "SSN " + ssn);
            truth.plant("Legacy_Import__c", "Legacy_Ref__c", "US_SSN", r.get("Id"), ssn);
            // typed email, but the migration filled it with old customer numbers
            r.put("Customer_Email__c", "CUST-" + String.format(Locale.ROOT, "%05d", 10000 + rnd.nextInt(90000)));
            if (rnd.nextBoolean()) {
                r.put("Notes2__c", "migrated from the old billing system; card on file "
                        + plantIn(r, "Legacy_Import__c", "Notes2__c", "CREDIT_CARD", card()) + ", refunds to IBAN "
                        + plantIn(r, "Legacy_Import__c", "Notes2__c", "IBAN", iban()));
            } else {
                r.put("Notes2__c", "migrated from the old billing system");
            }
            table.add(r);
        }
    }

    // ---- the activity, consent and sales objects, generated after all the others

    /**
     * A sentence holding a benign token that looks like an identifier (order, invoice, ticket, tracking number,
     * Salesforce record id, GUID, time stamp): a hard negative, planted nowhere.
     */
    private String hardNegative() {
        return switch (rnd.nextInt(6)) {
            case 0 -> "Re-shipped order " + LookAlikes.make("ORDER", rnd, Lang.EN) + " after the first parcel was lost.";
            case 1 -> "Invoice " + LookAlikes.make("INVOICE", rnd, Lang.EN) + " is still open, see ticket "
                    + LookAlikes.make("TICKET", rnd, Lang.EN) + ".";
            case 2 -> "Tracking number " + LookAlikes.make("UPS", rnd, Lang.EN) + ", delivery expected on Friday.";
            case 3 -> "Merged the duplicate record " + LookAlikes.make("SFID18", rnd, Lang.EN) + " into this one.";
            case 4 -> "Quote " + LookAlikes.make("QUOTE", rnd, Lang.EN) + " sent; sales order "
                    + LookAlikes.make("SO", rnd, Lang.EN) + " to follow.";
            default -> "Sync job " + LookAlikes.make("UUID", rnd, Lang.EN) + " updated this record at "
                    + LookAlikes.make("TS", rnd, Lang.EN) + ".";
        };
    }

    private String dateTime(Instant t) {
        return STAMP.format(t);
    }

    private void events(SObjectTable table, List<String> contacts, List<String> accounts, List<String> owners) {
        for (int i = 0; i < size.events(); i++) {
            Map<String, String> r = base("00U", owners);
            Persona p = persona();
            if (!contacts.isEmpty()) {
                r.put("WhoId", contacts.get(rnd.nextInt(contacts.size())));
            }
            if (!accounts.isEmpty() && rnd.nextBoolean()) {
                r.put("WhatId", accounts.get(rnd.nextInt(accounts.size())));
            }
            Instant start = BASE.plus(20 + rnd.nextInt(300), ChronoUnit.DAYS).plus(8 + rnd.nextInt(9), ChronoUnit.HOURS);
            int minutes = Rnd.pick(rnd, 15, 30, 45, 60, 90);
            r.put("StartDateTime", dateTime(start));
            r.put("EndDateTime", dateTime(start.plus(minutes, ChronoUnit.MINUTES)));
            r.put("ActivityDate", start.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
            r.put("DurationInMinutes", Integer.toString(minutes));
            r.put("IsAllDayEvent", "false");
            r.put("ShowAs", Rnd.pick(rnd, "Busy", "Busy", "Free"));
            r.put("IsPrivate", Boolean.toString(rnd.nextInt(10) == 0));
            r.put("Subject", rnd.nextBoolean() ? Rnd.pick(rnd, "Meeting", "Call", "Other")
                    : "Meeting with " + p.fullName());
            switch (rnd.nextInt(4)) {
                case 0 -> r.put("Location", "Phone call, customer's mobile "
                        + plantIn(r, "Event", "Location", "PHONE", phone(p.country())));
                case 1 -> r.put("Location", "Room " + (1 + rnd.nextInt(5)) + "." + (10 + rnd.nextInt(30)));
                case 2 -> r.put("Location", Addresses.of(rnd, Addresses.countryFor(rnd, p.country())).text());
                default -> r.put("Location", "Microsoft Teams");
            }
            switch (rnd.nextInt(5)) {
                case 0 -> r.put("Description", "Agenda: renewal terms. Send the minutes to "
                        + plantIn(r, "Event", "Description", "EMAIL", email(p)) + " afterwards.");
                case 1 -> r.put("Description", "If the line drops, call her back on "
                        + plantIn(r, "Event", "Description", "PHONE", phone(p.country())) + ".");
                case 2, 3 -> r.put("Description", hardNegative());
                default -> r.put("Description", "Agenda: renewal terms and the roadmap for next quarter.");
            }
            table.add(r);
        }
    }

    private List<String> individuals(SObjectTable table, List<String> owners, List<Persona> people) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size.individuals(); i++) {
            Map<String, String> r = base("0PK", owners);
            Persona p = persona();
            r.put("Salutation", p.female() ? "Ms." : "Mr.");
            r.put("FirstName", p.given());
            r.put("LastName", p.surname());
            r.put("Name", p.given() + " " + p.surname());
            if (rnd.nextInt(4) > 0) {
                put(r, "Individual", "BirthDate", "DATE_OF_BIRTH", p.birthDate().toString());
            }
            r.put("IndividualsAge", p.birthDate().isAfter(java.time.LocalDate.of(2010, 1, 1)) ? "Under 13" : "16 or Older");
            r.put("HasOptedOutTracking", Boolean.toString(rnd.nextInt(4) == 0));
            r.put("HasOptedOutProfiling", Boolean.toString(rnd.nextInt(4) == 0));
            r.put("HasOptedOutProcessing", Boolean.toString(rnd.nextInt(10) == 0));
            r.put("HasOptedOutSolicit", Boolean.toString(rnd.nextInt(3) == 0));
            r.put("ShouldForget", Boolean.toString(rnd.nextInt(20) == 0));
            r.put("SendIndividualData", Boolean.toString(rnd.nextInt(20) == 0));
            r.put("CanStorePiiElsewhere", Boolean.toString(rnd.nextBoolean()));
            table.add(r);
            ids.add(r.get("Id"));
            people.add(p);
        }
        return ids;
    }

    private void contactPointEmails(SObjectTable table, List<String> individuals, List<Persona> people, List<String> owners) {
        for (int i = 0; i < size.contactPointEmails(); i++) {
            Map<String, String> r = base("9PE", owners);
            int k = individuals.isEmpty() ? -1 : rnd.nextInt(individuals.size());
            Persona p = k < 0 ? persona() : people.get(k);
            if (k >= 0) {
                r.put("ParentId", individuals.get(k));
            }
            String address = email(p);
            // integrations often name the record after the address it holds
            if (rnd.nextBoolean()) {
                put(r, "ContactPointEmail", "Name", "EMAIL", address);
            } else {
                r.put("Name", "CPE-" + String.format(Locale.ROOT, "%06d", i + 1));
            }
            put(r, "ContactPointEmail", "EmailAddress", "EMAIL", address);
            r.put("EmailMailBox", address.substring(0, address.indexOf('@')));
            r.put("EmailDomain", address.substring(address.indexOf('@') + 1));
            r.put("IsPrimary", Boolean.toString(rnd.nextBoolean()));
            r.put("UsageType", Rnd.pick(rnd, "Home", "Work", "Temp"));
            r.put("ActiveFromDate", "2024-" + String.format(Locale.ROOT, "%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            if (rnd.nextInt(3) == 0) {
                r.put("BestTimeToContactStartTime", String.format(Locale.ROOT, "%02d:00:00.000Z", 8 + rnd.nextInt(10)));
            }
            switch (rnd.nextInt(8)) {
                case 0 -> {
                    // a bounce message quotes the address it bounced
                    r.put("EmailLatestBounceDateTime", stamp());
                    r.put("EmailLatestBounceReasonText", "550 5.1.1 <"
                            + plantIn(r, "ContactPointEmail", "EmailLatestBounceReasonText", "EMAIL", address)
                            + ">: Recipient address rejected: User unknown");
                }
                case 1 -> {
                    r.put("EmailLatestBounceDateTime", stamp());
                    r.put("EmailLatestBounceReasonText", "421 4.7.0 Try again later, queue id "
                            + LookAlikes.make("UUID", rnd, Lang.EN));
                }
                default -> { }
            }
            table.add(r);
        }
    }

    private void contactPointPhones(SObjectTable table, List<String> individuals, List<Persona> people, List<String> owners) {
        for (int i = 0; i < size.contactPointPhones(); i++) {
            Map<String, String> r = base("0OW", owners);
            int k = individuals.isEmpty() ? -1 : rnd.nextInt(individuals.size());
            Persona p = k < 0 ? persona() : people.get(k);
            if (k >= 0) {
                r.put("ParentId", individuals.get(k));
            }
            String type = Rnd.pick(rnd, "Home", "Mobile", "Mobile", "Work");
            r.put("Name", type + " phone");
            r.put("PhoneType", type);
            put(r, "ContactPointPhone", "TelephoneNumber", "PHONE", phone(p.country()));
            if (type.equals("Work") && rnd.nextBoolean()) {
                r.put("ExtensionNumber", Integer.toString(100 + rnd.nextInt(900)));
            }
            r.put("IsPrimary", Boolean.toString(rnd.nextBoolean()));
            r.put("IsSmsCapable", Boolean.toString(type.equals("Mobile")));
            r.put("IsPersonalPhone", Boolean.toString(!type.equals("Work")));
            r.put("ActiveFromDate", "2024-" + String.format(Locale.ROOT, "%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            table.add(r);
        }
    }

    private void contactPointAddresses(SObjectTable table, List<String> individuals, List<Persona> people, List<String> owners) {
        for (int i = 0; i < size.contactPointAddresses(); i++) {
            Map<String, String> r = base("8lW", owners);
            int k = individuals.isEmpty() ? -1 : rnd.nextInt(individuals.size());
            Persona p = k < 0 ? persona() : people.get(k);
            if (k >= 0) {
                r.put("ParentId", individuals.get(k));
            }
            String type = Rnd.pick(rnd, "Billing", "Shipping", "Mailing");
            r.put("Name", type + " address");
            r.put("AddressType", type);
            String[] lines = Addresses.of(rnd, Addresses.countryFor(rnd, p.country())).as("multiline").split("\n");
            r.put("Street", lines[0]);
            r.put("City", Rnd.pick(rnd, "Springfield", "Hamburg", "Lyon", "Valencia", "Leeds", "Utrecht"));
            if (p.country() == io.piiscanner.testdata.identity.Country.US) {
                r.put("State", Rnd.pick(rnd, "CA", "NY", "TX", "WA", "IL"));
            }
            r.put("PostalCode", Integer.toString(10000 + rnd.nextInt(89999)));
            r.put("Country", p.country().englishName());
            r.put("IsPrimary", Boolean.toString(rnd.nextBoolean()));
            r.put("IsDefault", Boolean.toString(rnd.nextInt(3) == 0));
            r.put("PreferenceRank", Integer.toString(1 + rnd.nextInt(3)));
            r.put("ActiveFromDate", "2024-" + String.format(Locale.ROOT, "%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            table.add(r);
        }
    }

    private void contactPointTypeConsents(SObjectTable table, List<String> individuals, List<Persona> people,
                                          List<String> owners) {
        for (int i = 0; i < size.contactPointTypeConsents(); i++) {
            Map<String, String> r = base("0ZY", owners);
            int k = individuals.isEmpty() ? -1 : rnd.nextInt(individuals.size());
            Persona p = k < 0 ? persona() : people.get(k);
            if (k >= 0) {
                r.put("PartyId", individuals.get(k));
            }
            String channel = Rnd.pick(rnd, "Email", "Phone", "MailingAddress");
            r.put("Name", channel + " consent");
            r.put("ContactPointType", channel);
            r.put("PrivacyConsentStatus", Rnd.pick(rnd, "OptIn", "OptIn", "OptOut", "Seen"));
            String captured = stamp();
            r.put("CaptureDate", captured);
            r.put("EffectiveFrom", captured);
            r.put("CaptureContactPointType", Rnd.pick(rnd, "Email", "Phone", "Web"));
            switch (rnd.nextInt(6)) {
                case 0 -> r.put("CaptureSource", "Double opt-in confirmed by "
                        + plantIn(r, "ContactPointTypeConsent", "CaptureSource", "EMAIL", email(p)));
                case 1 -> r.put("CaptureSource", "Import batch " + LookAlikes.make("UUID", rnd, Lang.EN));
                default -> r.put("CaptureSource", Rnd.pick(rnd, "Web form", "Preference centre", "Call centre", "Trade show"));
            }
            table.add(r);
        }
    }

    private void opportunities(SObjectTable table, List<String> accounts, List<String> owners) {
        for (int i = 0; i < size.opportunities(); i++) {
            Map<String, String> r = base("006", owners);
            Persona p = persona();
            if (!accounts.isEmpty()) {
                r.put("AccountId", accounts.get(rnd.nextInt(accounts.size())));
            }
            String stage = Rnd.pick(rnd, "Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review",
                    "Closed Won", "Closed Lost");
            r.put("Name", Rnd.pick(rnd, "Brightwell", "Nordtal", "Kestrel", "Oakridge", "Bluepeak") + " - "
                    + Rnd.pick(rnd, "Renewal", "Upgrade", "New fleet contract", "Pilot") + " " + (2025 + rnd.nextInt(2)));
            r.put("StageName", stage);
            r.put("IsClosed", Boolean.toString(stage.startsWith("Closed")));
            r.put("IsWon", Boolean.toString(stage.equals("Closed Won")));
            r.put("Amount", (1000 + rnd.nextInt(90000)) + ".00");
            r.put("Probability", Integer.toString(stage.equals("Closed Won") ? 100 : stage.equals("Closed Lost") ? 0 : 10 + 10 * rnd.nextInt(8)));
            r.put("CloseDate", "2025-" + String.format(Locale.ROOT, "%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            r.put("Type", Rnd.pick(rnd, "New Customer", "Existing Customer - Upgrade", "Existing Customer - Renewal"));
            r.put("LeadSource", Rnd.pick(rnd, "Web", "Phone Inquiry", "Partner Referral", "Trade Show"));
            switch (rnd.nextInt(4)) {
                case 0 -> r.put("NextStep", "Call " + p.given() + " back on "
                        + plantIn(r, "Opportunity", "NextStep", "PHONE", phone(p.country())));
                case 1 -> r.put("NextStep", "Send quote " + LookAlikes.make("QUOTE", rnd, Lang.EN) + " for sign-off");
                default -> r.put("NextStep", Rnd.pick(rnd, "Schedule the demo", "Waiting for the budget", "Legal review"));
            }
            switch (rnd.nextInt(10)) {
                case 0, 1 -> r.put("Description", "Decision maker is " + p.fullName() + ", write to "
                        + plantIn(r, "Opportunity", "Description", "EMAIL", email(p)) + ".");
                case 2 -> r.put("Description", "Deposit paid by card "
                        + plantIn(r, "Opportunity", "Description", "CREDIT_CARD", card()) + ".");
                case 3 -> r.put("Description", "Customer asked for the rebate to go to IBAN "
                        + plantIn(r, "Opportunity", "Description", "IBAN", iban()) + ".");
                case 4, 5, 6 -> r.put("Description", hardNegative());
                default -> r.put("Description", "Competes with the incumbent on price; strong on service.");
            }
            table.add(r);
        }
    }

    private void notes(SObjectTable table, List<String> contacts, List<String> owners) {
        for (int i = 0; i < size.notes(); i++) {
            Map<String, String> r = base("002", owners);
            Persona p = persona();
            if (!contacts.isEmpty()) {
                r.put("ParentId", contacts.get(rnd.nextInt(contacts.size())));
            }
            r.put("IsPrivate", Boolean.toString(rnd.nextInt(5) == 0));
            if (rnd.nextInt(10) == 0) {
                r.put("Title", "Notes for " + plantIn(r, "Note", "Title", "EMAIL", email(p)));
            } else {
                r.put("Title", Rnd.pick(rnd, "Call notes", "Meeting notes", "Follow-up", "Complaint"));
            }
            switch (rnd.nextInt(10)) {
                case 0, 1 -> r.put("Body", "Spoke to " + p.given() + ", best reached on "
                        + plantIn(r, "Note", "Body", "PHONE", phone(p.country())) + " after 5pm.");
                case 2 -> r.put("Body", "Background check requested. SSN " + plantIn(r, "Note", "Body", "US_SSN", ssn())
                        + " confirmed by phone.");
                case 3 -> r.put("Body", "New private address is " + plantIn(r, "Note", "Body", "EMAIL", email(p))
                        + ", do not use the old one.");
                case 4 -> r.put("Body", "Refund approved to IBAN " + plantIn(r, "Note", "Body", "IBAN", iban()) + ".");
                case 5, 6, 7 -> r.put("Body", hardNegative());
                default -> r.put("Body", "Customer happy with the resolution, no further action.");
            }
            table.add(r);
        }
    }

    // ---- users, profiles, permissions

    private record Perms(String name, boolean viewAll, boolean modifyAll, boolean api, boolean export) {
        boolean has(String p) {
            return switch (p) {
                case "ViewAllData" -> viewAll;
                case "ModifyAllData" -> modifyAll;
                case "ApiEnabled" -> api;
                default -> export;
            };
        }
    }

    private List<String> users() {
        List<ObjectDef> setup = setupDefs();
        Map<String, SObjectTable> t = new LinkedHashMap<>();
        for (ObjectDef d : setup) {
            t.put(d.name(), new SObjectTable(d));
        }
        SObjectTable users = new SObjectTable(userDef());
        org.add(users);
        setup.forEach(d -> org.add(t.get(d.name())));
        List<Perms> profiles = List.of(new Perms("System Administrator", true, true, true, true),
                new Perms("Standard User", false, false, true, true), new Perms("Customer Support", false, false, false, false),
                new Perms("Read Only", false, false, false, true));
        List<Perms> sets = List.of(new Perms("Support_Agent_Access", false, false, false, false),
                new Perms("Data_Export", false, false, true, true), new Perms("Integration_User", true, false, true, false));
        Map<String, String> permsetOf = new LinkedHashMap<>();
        Map<String, Perms> permsById = new HashMap<>();
        Map<String, String> displayName = new HashMap<>();
        List<String> profileIds = new ArrayList<>();
        for (Perms p : profiles) {
            String pid = newId("00e");
            profileIds.add(pid);
            t.get("Profile").add(Map.of("Id", pid, "Name", p.name()));
            String psid = newId("0PS");
            Map<String, String> row = new HashMap<>(Map.of("Id", psid, "Name", "X00e" + pid.substring(3, 15),
                    "Label", p.name(), "IsOwnedByProfile", "true", "ProfileId", pid));
            GroundTruth.privilegeNames().forEach(n -> row.put("Permissions" + n, Boolean.toString(p.has(n))));
            t.get("PermissionSet").add(row);
            permsetOf.put(pid, psid);
            permsById.put(psid, p);
            displayName.put(psid, p.name());
        }
        List<String> setIds = new ArrayList<>();
        for (Perms p : sets) {
            String psid = newId("0PS");
            setIds.add(psid);
            Map<String, String> row = new HashMap<>(Map.of("Id", psid, "Name", p.name(), "Label", p.name().replace('_', ' '),
                    "IsOwnedByProfile", "false"));
            GroundTruth.privilegeNames().forEach(n -> row.put("Permissions" + n, Boolean.toString(p.has(n))));
            t.get("PermissionSet").add(row);
            permsById.put(psid, p);
            displayName.put(psid, p.name());
        }
        // field permissions: who may read the fields that hold PII
        Map<String, List<String>> grants = new LinkedHashMap<>();
        String admin = permsetOf.get(profileIds.get(0));
        String standard = permsetOf.get(profileIds.get(1));
        String support = permsetOf.get(profileIds.get(2));
        String readOnly = permsetOf.get(profileIds.get(3));
        List<ObjectDef> granted = new ArrayList<>(List.of(contactDef(), leadDef(), accountDef(), userDef(), caseDef(),
                caseCommentDef(), emailMessageDef(), taskDef(), orderDef(), legacyImportDef()));
        granted.addAll(laterDefs()); // after the others: their FieldPermissions take the next Ids
        for (ObjectDef d : granted) {
            for (FieldDef f : d.fields()) {
                if (f.type().equals("id") || f.type().equals("address")) {
                    continue;
                }
                List<String> g = new ArrayList<>(List.of(admin, setIds.get(2)));
                boolean sensitive = f.name().equals("National_Id__c") || d.name().equals("Legacy_Import__c")
                        || d.name().equals("Individual") && f.name().equals("BirthDate");
                if (!sensitive) {
                    g.add(standard);
                    g.add(readOnly);
                }
                if (d.name().startsWith("Case") || d.name().equals("EmailMessage")
                        || d.name().equals("Contact") && (f.name().equals("Email") || f.name().equals("Phone"))
                        || d.name().equals("ContactPointEmail") || d.name().equals("ContactPointPhone")) {
                    g.add(support);
                    g.add(setIds.get(0));
                }
                if (d.name().equals("Legacy_Import__c")) {
                    g.add(setIds.get(0));
                }
                grants.put(d.name() + "." + f.name(), g);
            }
        }
        grants.forEach((field, g) -> {
            for (String ps : g) {
                t.get("FieldPermissions").add(Map.of("Id", newId("01k"), "ParentId", ps,
                        "SobjectType", field.substring(0, field.indexOf('.')), "Field", field,
                        "PermissionsRead", "true", "PermissionsEdit", Boolean.toString(ps.equals(admin))));
                truth.readableBy(field, displayName.get(ps));
            }
        });
        // users: the first is the integration user the scanner logs in as
        List<String> ids = new ArrayList<>();
        Map<String, Long> privileged = new HashMap<>();
        for (int i = 0; i < size.users(); i++) {
            Persona p = persona();
            String uid = newId("005");
            String profile = profileIds.get(i == 0 ? 0 : i % 7 == 0 ? 0 : 1 + rnd.nextInt(3));
            boolean active = i == 0 || rnd.nextInt(8) != 0;
            Map<String, String> r = new HashMap<>(Map.of("Id", uid, "IsDeleted", "false", "IsActive", Boolean.toString(active),
                    "ProfileId", profile, "FirstName", p.given(), "LastName", p.surname(),
                    "Alias", (p.given().charAt(0) + p.surname()).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT)
                            .substring(0, Math.min(6, (p.given().charAt(0) + p.surname()).replaceAll("[^A-Za-z]", "").length())),
                    "CreatedDate", stamp()));
            r.put("SystemModstamp", r.get("CreatedDate"));
            String address = Emails.of(rnd, p).text().replaceAll("@.*", "").toLowerCase(Locale.ROOT) + "@brightwell-logistics.com";
            put(r, "User", "Username", "EMAIL", address);
            put(r, "User", "Email", "EMAIL", address);
            if (rnd.nextBoolean()) {
                put(r, "User", "MobilePhone", "PHONE", phone(p.country()));
            }
            users.add(r);
            ids.add(uid);
            List<String> assigned = new ArrayList<>();
            assigned.add(permsetOf.get(profile));
            if (i % 3 == 1) {
                assigned.add(setIds.get(0));
            }
            if (i % 5 == 2) {
                assigned.add(setIds.get(1));
            }
            if (i == 0) {
                assigned.add(setIds.get(2));
            }
            for (String ps : assigned) {
                t.get("PermissionSetAssignment").add(Map.of("Id", newId("0Pa"), "AssigneeId", uid, "PermissionSetId", ps));
            }
            if (active) {
                for (String n : GroundTruth.privilegeNames()) {
                    if (assigned.stream().anyMatch(ps -> permsById.get(ps).has(n))) {
                        privileged.merge(n, 1L, Long::sum);
                    }
                }
            }
        }
        GroundTruth.privilegeNames().forEach(n -> truth.privilegedUsers(n, privileged.getOrDefault(n, 0L)));
        return ids;
    }

    private void fieldDefinitions() {
        SObjectTable fd = org.table("FieldDefinition");
        for (SObjectTable t : org.tables()) {
            for (FieldDef f : t.def().fields()) {
                if (f.securityClassification() != null || f.complianceGroup() != null) {
                    Map<String, String> r = new HashMap<>();
                    r.put("Id", newId("000"));
                    r.put("DurableId", t.def().name() + "." + f.name());
                    r.put("QualifiedApiName", f.name());
                    r.put("EntityDefinition.QualifiedApiName", t.def().name());
                    r.put("SecurityClassification", f.securityClassification());
                    r.put("ComplianceGroup", f.complianceGroup());
                    fd.add(r);
                }
            }
        }
    }
}
