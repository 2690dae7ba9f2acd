-- Findings store. Raw values are never stored: masked previews and keyed fingerprints only.
-- Counts and findings are kept per chunk (keyed by partition and the chunk's first record ordinal), so a
-- replayed chunk overwrites, never adds. scan_chunk_findings.data holds all findings of a chunk (record id,
-- jurisdiction, field, entity, span, confidence, detector, masked preview, fingerprint; format in
-- ChunkFindings.java): one row a chunk, because an embedded database writing one row a finding is slower
-- than the detection. scan_field_entity is each run's per-field summary, written by the report step.
CREATE TABLE IF NOT EXISTS scan_run (
  run_id VARCHAR(64) PRIMARY KEY, profile VARCHAR(200) NOT NULL, operator VARCHAR(200), settings TEXT,
  started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status VARCHAR(20) NOT NULL, run_folder VARCHAR(2000));
CREATE TABLE IF NOT EXISTS scan_container (
  run_id VARCHAR(64) NOT NULL, container_id INT NOT NULL, source VARCHAR(500) NOT NULL, container VARCHAR(2000) NOT NULL,
  kind VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, reason VARCHAR(4000), rows_present BIGINT NOT NULL,
  partitions INT NOT NULL, ranges VARCHAR(4000), watermark VARCHAR(64), PRIMARY KEY (run_id, container_id));
CREATE TABLE IF NOT EXISTS scan_partition (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, container_id INT NOT NULL, status VARCHAR(20) NOT NULL,
  reason VARCHAR(4000), PRIMARY KEY (run_id, partition_id));
CREATE TABLE IF NOT EXISTS scan_chunk (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, chunk_no BIGINT NOT NULL, container_id INT NOT NULL,
  records BIGINT NOT NULL, records_with_findings BIGINT NOT NULL, PRIMARY KEY (run_id, partition_id, chunk_no));
CREATE TABLE IF NOT EXISTS scan_chunk_field (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, chunk_no BIGINT NOT NULL, field VARCHAR(1000) NOT NULL,
  container_id INT NOT NULL, rows_present BIGINT NOT NULL, rows_scanned BIGINT NOT NULL, rows_with_findings BIGINT NOT NULL,
  PRIMARY KEY (run_id, partition_id, chunk_no, field));
CREATE TABLE IF NOT EXISTS scan_chunk_jurisdiction (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, chunk_no BIGINT NOT NULL, code VARCHAR(16) NOT NULL,
  records BIGINT NOT NULL, records_with_findings BIGINT NOT NULL, PRIMARY KEY (run_id, partition_id, chunk_no, code));
CREATE TABLE IF NOT EXISTS scan_chunk_findings (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, chunk_no BIGINT NOT NULL, container_id INT NOT NULL,
  records INT NOT NULL, findings INT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (run_id, partition_id, chunk_no));
CREATE TABLE IF NOT EXISTS scan_field_entity (
  run_id VARCHAR(64) NOT NULL, container_id INT NOT NULL, field VARCHAR(1000) NOT NULL, entity VARCHAR(64) NOT NULL,
  records BIGINT NOT NULL, findings BIGINT NOT NULL, distinct_values BIGINT NOT NULL, max_confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (run_id, container_id, field, entity));
CREATE TABLE IF NOT EXISTS scan_watermark (
  profile VARCHAR(200) NOT NULL, source VARCHAR(500) NOT NULL, container VARCHAR(2000) NOT NULL, watermark VARCHAR(64) NOT NULL,
  run_id VARCHAR(64) NOT NULL, PRIMARY KEY (profile, source, container));
-- Per record with personal data: its own jurisdiction (code, resolver status, confidence, candidates), the statutory
-- elements it exposes ("*" = only encrypted/masked) and truncated keyed fingerprints of its strong identifiers, for
-- the breach-notification aggregate (distinct people across sources). No values. One row a chunk (format in
-- ChunkExposures.java), keyed like the chunk's findings: a row a record cost more to write and read than the rest
-- of the store. (Stores written before kept them a row a record in scan_record_exposure, no longer read.)
CREATE TABLE IF NOT EXISTS scan_chunk_exposure (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, chunk_no BIGINT NOT NULL, container_id INT NOT NULL,
  records INT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (run_id, partition_id, chunk_no));
-- What a source records beside the counts (Salesforce: each object's field plan and metadata, who may read
-- which field, API calls by operation). Metadata and counts only, never a value.
CREATE TABLE IF NOT EXISTS scan_source_data (
  run_id VARCHAR(64) NOT NULL, source VARCHAR(500) NOT NULL, kind VARCHAR(100) NOT NULL, item VARCHAR(1000) NOT NULL,
  payload TEXT, PRIMARY KEY (run_id, source, kind, item));
CREATE TABLE IF NOT EXISTS scan_source_counter (
  run_id VARCHAR(64) NOT NULL, source VARCHAR(500) NOT NULL, counter VARCHAR(200) NOT NULL, counter_value BIGINT NOT NULL,
  PRIMARY KEY (run_id, source, counter));
-- Remote workers (docs/scaling.md): the workers' liveness and progress, which worker runs which partition, and
-- each source's daily API-call budget shared by all workers. Ids, counts and times only (times with their zone:
-- workers on several machines compare them).
CREATE TABLE IF NOT EXISTS scan_worker (
  worker_id VARCHAR(200) PRIMARY KEY, host VARCHAR(200) NOT NULL, pid BIGINT NOT NULL, threads INT NOT NULL,
  lock_id INT NOT NULL, started_at TIMESTAMP WITH TIME ZONE NOT NULL, heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL, status VARCHAR(20) NOT NULL);
CREATE TABLE IF NOT EXISTS scan_worker_run (
  run_id VARCHAR(64) NOT NULL, worker_id VARCHAR(200) NOT NULL, partitions_running INT NOT NULL, partitions_done INT NOT NULL,
  rows_done BIGINT NOT NULL, first_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (run_id, worker_id));
CREATE TABLE IF NOT EXISTS scan_partition_lease (
  run_id VARCHAR(64) NOT NULL, partition_id VARCHAR(100) NOT NULL, step_execution_id BIGINT NOT NULL,
  worker_id VARCHAR(200) NOT NULL, state VARCHAR(20) NOT NULL, claimed_at TIMESTAMP WITH TIME ZONE NOT NULL, finished_at TIMESTAMP WITH TIME ZONE,
  takeovers INT NOT NULL, PRIMARY KEY (run_id, partition_id));
CREATE TABLE IF NOT EXISTS scan_api_budget (
  limit_key VARCHAR(500) NOT NULL, usage_day DATE NOT NULL, calls BIGINT NOT NULL, PRIMARY KEY (limit_key, usage_day));
