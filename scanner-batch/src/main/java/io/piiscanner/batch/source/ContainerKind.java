package io.piiscanner.batch.source;

/** What a container is; decides which cursor reads it. */
public enum ContainerKind { TABLE, CSV, JSON, JSONL, XLSX, XLS, TEXT, SOBJECT, UNKNOWN }
