package org.partnerdashboard.base;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which spreadsheet column (by index) holds each of an import's fields; unmapped fields are absent. */
public record ColumnMapping<F extends Enum<F> & ImportColumn>(Class<F> fields, Map<F, Integer> columns) {

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** Maps fields to columns whose headers name them ("Start Date", "start_date", "Hire date" …). */
    public static <F extends Enum<F> & ImportColumn> ColumnMapping<F> guess(Class<F> fields, List<String> headers) {
        Map<F, Integer> columns = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            for (int i = 0; i < headers.size(); i++) {
                if (field.matches(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping<>(fields, columns);
    }

    public List<F> missingRequired() {
        return Arrays.stream(fields.getEnumConstants()).filter(f -> f.required() && !columns.containsKey(f)).toList();
    }

    public Integer column(F field) {
        return columns.get(field);
    }
}
