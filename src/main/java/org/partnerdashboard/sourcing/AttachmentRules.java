package org.partnerdashboard.sourcing;

import java.util.List;
import java.util.Optional;
import org.partnerdashboard.base.InvalidInputException;

/**
 * What a supplier may attach to its interest: at most {@value #MAX_FILES} files of at most 5 MB, each a PDF, PNG or
 * JPEG by its content (its first bytes), whatever its name says. Pure.
 */
final class AttachmentRules {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_NAME = 200;

    private AttachmentRules() {
    }

    /** @return each file's content type, in order */
    static List<String> check(List<InterestFile> files) {
        if (files.size() > MAX_FILES) {
            throw new InvalidInputException("opportunities.error.too-many-files", MAX_FILES);
        }
        return files.stream().map(AttachmentRules::contentType).toList();
    }

    private static String contentType(InterestFile file) {
        if (file.content().length == 0 || file.content().length > MAX_BYTES) {
            throw new InvalidInputException("opportunities.error.file-size", file.name(), MAX_BYTES / (1024 * 1024));
        }
        if (file.name() == null || file.name().isBlank() || file.name().length() > MAX_NAME) {
            throw new InvalidInputException("opportunities.error.file-name", MAX_NAME);
        }
        return detect(file.content()).orElseThrow(
                () -> new InvalidInputException("opportunities.error.file-type", file.name()));
    }

    /** PDF, PNG or JPEG by the file's signature. */
    static Optional<String> detect(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
