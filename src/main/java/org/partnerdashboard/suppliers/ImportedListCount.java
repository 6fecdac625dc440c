package org.partnerdashboard.suppliers;

/** How many suppliers came from one imported list, and how many of them staff have verified. */
public record ImportedListCount(String list, long verified, long notYetVerified) {

    public long total() {
        return verified + notYetVerified;
    }
}
