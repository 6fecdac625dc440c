package org.partnerdashboard.placements.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.placements.Pace;

/** A pace in words: "12 behind pace; needs 4.2 a month to finish the year on target". */
final class PaceWords {

    private PaceWords() {
    }

    static String of(Pace pace, Translation t, Locale locale) {
        return switch (pace.status()) {
            case NO_TARGET -> t.text("pacing.words.no-target");
            case MET -> t.text("pacing.words.met", Formats.integer(pace.actual(), locale),
                    Formats.integer(pace.target(), locale));
            default -> position(pace, t, locale) + " " + (pace.neededPerMonth() == null
                    ? t.text("pacing.words.year-over", Formats.integer(pace.target() - pace.actual(), locale))
                    : t.text("pacing.words.needs", oneDecimal(pace.neededPerMonth(), locale)));
        };
    }

    private static String position(Pace pace, Translation t, Locale locale) {
        long behind = pace.behindBy();
        if (behind > 0) {
            return t.text("pacing.words.behind", Formats.integer(behind, locale));
        }
        return behind < 0 ? t.text("pacing.words.ahead", Formats.integer(-behind, locale))
                : t.text("pacing.words.on-pace");
    }

    static String oneDecimal(double value, Locale locale) {
        return Formats.decimal(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP), locale);
    }
}
