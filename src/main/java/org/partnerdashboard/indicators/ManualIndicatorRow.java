package org.partnerdashboard.indicators;

import java.time.Instant;

/** An entered figure as lists show it. */
public record ManualIndicatorRow(long id, long version, ManualIndicatorDraft data, String enteredBy,
        Instant enteredAt) {
}
