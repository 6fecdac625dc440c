package org.partnerdashboard.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Buffers rows for one INSERT and sends them to the database in JDBC batches. */
final class BatchWriter implements AutoCloseable {

    private static final int BATCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final int[] sqlTypes;
    private final List<Object[]> rows = new ArrayList<>(BATCH_SIZE);
    private final List<BatchWriter> parents = new ArrayList<>();
    private long written;

    /** @param sqlTypes the java.sql.Types of the columns, so nulls need no metadata round trip */
    BatchWriter(JdbcTemplate jdbc, String sql, int... sqlTypes) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.sqlTypes = sqlTypes;
    }

    /** Rows here reference rows written by the parents: their pending batches go to the database first. */
    BatchWriter after(BatchWriter... writers) {
        parents.addAll(List.of(writers));
        return this;
    }

    void add(Object... values) {
        if (values.length != sqlTypes.length) {
            throw new IllegalArgumentException("Expected " + sqlTypes.length + " values for: " + sql);
        }
        rows.add(values);
        if (rows.size() == BATCH_SIZE) {
            flush();
        }
    }

    long written() {
        return written + rows.size();
    }

    private void flush() {
        parents.forEach(BatchWriter::flush);
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, sqlTypes);
            written += rows.size();
            rows.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
