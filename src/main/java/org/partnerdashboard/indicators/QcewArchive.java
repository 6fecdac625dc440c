package org.partnerdashboard.indicators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The CSV files of an upload: the file itself, or the CSV files inside a ZIP as BLS distributes them (folders,
 * other files and the archiver's own entries skipped). Each entry is read only up to the file limit, so an archive
 * that inflates without end stops there. Pure.
 */
final class QcewArchive {

    static final int MAX_FILES = 50;

    /** A file to import, or why it cannot be. */
    record Entry(String name, byte[] content, ImportProblem problem) {
    }

    private QcewArchive() {
    }

    static List<Entry> entries(String fileName, byte[] content, int maxBytes) {
        if (!isZip(fileName, content)) {
            return List.of(new Entry(fileName, content, null));
        }
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".")
                        || !base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                String shown = fileName + " › " + base;
                if (entries.size() == MAX_FILES) {
                    entries.add(new Entry(shown, null, ImportProblem.of(0, "qcew.error.too-many-files", MAX_FILES)));
                    break;
                }
                byte[] bytes = zip.readNBytes(maxBytes + 1);
                entries.add(bytes.length > maxBytes
                        ? new Entry(shown, null, ImportProblem.of(0, "qcew.error.too-large", maxBytes / 1024 / 1024))
                        : new Entry(shown, bytes, null));
            }
        } catch (IOException | IllegalArgumentException broken) {
            entries.add(new Entry(fileName, null, ImportProblem.of(0, "qcew.error.zip-unreadable",
                    String.valueOf(broken.getMessage()))));
        }
        if (entries.isEmpty()) {
            entries.add(new Entry(fileName, null, ImportProblem.of(0, "qcew.error.zip-empty")));
        }
        return entries;
    }

    private static boolean isZip(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
                || content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
