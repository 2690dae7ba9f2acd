package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ContainerKind;

import java.util.Locale;
import java.util.Set;

/** Decides a file's kind from its name, and whether a sample of its bytes is binary. */
public final class FileFormats {

    private static final Set<String> BINARY_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "ico", "pdf",
            "exe", "dll", "so", "class", "jar", "war", "bin", "dat", "mp3", "mp4", "avi", "mov", "woff", "woff2",
            "ttf", "7z", "rar", "bz2", "xz", "tar", "tgz", "docx", "pptx", "doc", "ppt", "odt", "ods", "parquet",
            "avro", "orc", "sqlite", "db");

    private FileFormats() {
    }

    public static boolean isZip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The kind from the (gz-stripped, lower-case) name; UNKNOWN means "sniff the content". */
    public static ContainerKind kindOf(String formatName) {
        String ext = formatName.contains(".") ? formatName.substring(formatName.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "csv", "tsv", "psv" -> ContainerKind.CSV;
            case "json" -> ContainerKind.JSON;
            case "jsonl", "ndjson" -> ContainerKind.JSONL;
            case "xlsx", "xlsm" -> ContainerKind.XLSX;
            case "xls" -> ContainerKind.XLS;
            case "txt", "log", "out", "err", "md", "text", "sql", "xml", "html", "htm", "yaml", "yml", "properties",
                 "conf", "ini", "eml", "msg" -> ContainerKind.TEXT;
            default -> ContainerKind.UNKNOWN;
        };
    }

    /** A file skipped by name alone: a format with no text to scan here. Null when it should be read. */
    public static String binaryReason(String formatName) {
        String ext = formatName.contains(".") ? formatName.substring(formatName.lastIndexOf('.') + 1) : "";
        return BINARY_EXTENSIONS.contains(ext) ? "binary file (." + ext + "): no text extractor for this format" : null;
    }

    /**
     * True when a sample looks binary: a NUL byte (text in UTF-8 or a single-byte charset never has one;
     * UTF-16 is recognised by its byte-order mark before this test), or more than 10% control characters.
     */
    public static boolean looksBinary(byte[] sample, int length) {
        if (length >= 2 && ((sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE) || (sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF))) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return length > 0 && control * 10 > length;
    }
}
