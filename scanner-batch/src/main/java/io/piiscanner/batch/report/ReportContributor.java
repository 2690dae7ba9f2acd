package io.piiscanner.batch.report;

import java.util.List;

/**
 * Adds source-specific tables to a run's report (Salesforce: who may read each PII field, privileged users,
 * API calls, fields whose metadata and content disagree). Called once by the report step with the aggregated
 * model; reads what the source stored during the run. Must not put a raw value in a cell.
 */
public interface ReportContributor {

    List<ReportModel.Section> sections(ReportModel model);
}
