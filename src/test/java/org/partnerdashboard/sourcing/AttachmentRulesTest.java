package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;

class AttachmentRulesTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    private static String key(Runnable check) {
        try {
            check.run();
            return null;
        } catch (InvalidInputException invalid) {
            return invalid.messageKey();
        }
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        assertThat(AttachmentRules.check(List.of(new InterestFile("a.pdf", PDF), new InterestFile("b.png", PNG),
                new InterestFile("photo.JPG", JPEG)))).containsExactly("application/pdf", "image/png", "image/jpeg");
        assertThat(AttachmentRules.check(List.of(new InterestFile("renamed.txt", PDF))))
                .containsExactly("application/pdf");
        assertThat(key(() -> AttachmentRules.check(List.of(new InterestFile("evil.pdf",
                "MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1)))))).isEqualTo("opportunities.error.file-type");
    }

    @Test
    void atMostThreeFilesOfFiveMegabytesNoneEmpty() {
        assertThat(key(() -> AttachmentRules.check(Collections.nCopies(4, new InterestFile("a.pdf", PDF)))))
                .isEqualTo("opportunities.error.too-many-files");
        byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(key(() -> AttachmentRules.check(List.of(new InterestFile("big.pdf", big)))))
                .isEqualTo("opportunities.error.file-size");
        assertThat(key(() -> AttachmentRules.check(List.of(new InterestFile("empty.pdf", new byte[0])))))
                .isEqualTo("opportunities.error.file-size");
        assertThat(key(() -> AttachmentRules.check(List.of(new InterestFile("x".repeat(201), PDF)))))
                .isEqualTo("opportunities.error.file-name");
        assertThat(AttachmentRules.check(List.of())).isEmpty();
    }
}
