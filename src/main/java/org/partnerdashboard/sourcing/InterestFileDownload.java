package org.partnerdashboard.sourcing;

/** An attached file as staff download it. */
public record InterestFileDownload(String fileName, String contentType, byte[] content) {
}
